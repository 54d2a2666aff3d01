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
package io.github.cameltencent.tts.submit;

import java.util.List;

import io.github.cameltencent.tts.model.JobRequest;

/**
 * Everything a submit will send, decided and validated before the first byte goes out: one request; or a long text
 * to upload first and then one request that names it; or a long text split into several requests, in text order.
 *
 * @param requests the job requests, in the order they are sent (several only for a split text)
 * @param upload   the text object to store before the requests are sent, or null
 */
public record SubmitPlan(List<JobRequest> requests, Upload upload) {

    /**
     * A text object the job reads as its Url input.
     *
     * @param keep whether it stays after the job ended; otherwise a submit that waits removes it then
     */
    public record Upload(String region, String bucket, String key, byte[] content, String contentType,
                         boolean keep) {
    }

    public SubmitPlan {
        requests = List.copyOf(requests);
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one request");
        }
    }

    /** Whether the text became several jobs, whose results are delivered together. */
    public boolean isSplit() {
        return requests.size() > 1;
    }
}
