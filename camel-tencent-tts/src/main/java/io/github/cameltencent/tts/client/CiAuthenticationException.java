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
 * The service refused the credentials or the signature (401, or COS's 403 codes): wrong or unknown keys, a missing
 * or wrong session token, a policy that does not allow the call. Not retried; fix the credentials.
 */
public class CiAuthenticationException extends CiException {

    public CiAuthenticationException(String operation, int statusCode, String errorCode, String errorMessage,
                                     String requestId, String traceId) {
        super(operation, statusCode, errorCode, errorMessage, requestId, traceId, null);
    }
}
