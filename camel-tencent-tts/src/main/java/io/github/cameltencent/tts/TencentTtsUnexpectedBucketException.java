/*
 * Copyright The camel-tencent-tts Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameltencent.tts;

/**
 * A job answer named an output bucket this route never configured: the audio is not fetched and nothing (no
 * signed request, no credentials) goes to that bucket. Add the bucket to allowedOutputBuckets if it is yours.
 */
public class TencentTtsUnexpectedBucketException extends TencentTtsDownloadException {

    private final String bucket;

    public TencentTtsUnexpectedBucketException(String jobId, String object, String bucket) {
        super(jobId, object, "the job names output bucket '" + io.github.cameltencent.tts.client.CiException.bounded(
                bucket, 80) + "', which this route did not configure (bucket, outputBucket or allowedOutputBuckets);"
                + " nothing was sent to it", null);
        this.bucket = bucket;
    }

    /** The bucket the answer named. */
    public String getBucket() {
        return bucket;
    }
}
