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

import org.apache.camel.RuntimeCamelException;

/** The audio of a finished job could not be downloaded or did not match its MD5; the job stays unemitted. */
public class TencentTtsDownloadException extends RuntimeCamelException {

    private final String jobId;
    private final String object;

    public TencentTtsDownloadException(String jobId, String object, String message, Throwable cause) {
        super("job " + jobId + ", object " + object + ": " + message, cause);
        this.jobId = jobId;
        this.object = object;
    }

    public String getJobId() {
        return jobId;
    }

    public String getObject() {
        return object;
    }
}
