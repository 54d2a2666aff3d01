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
package io.github.cameltencent.tts.client;

/**
 * The service turned the request away before doing anything (429 SlowDown, 503, a full queue's QueueSaturated):
 * it is retried after a pause, and thrown when the retries are used up. Lower the rate (rateLimit) or the load.
 */
public class CiThrottledException extends CiException {

    public CiThrottledException(String operation, int statusCode, String errorCode, String errorMessage,
                                String requestId, String traceId) {
        super(operation, statusCode, errorCode, errorMessage, requestId, traceId, null);
    }
}
