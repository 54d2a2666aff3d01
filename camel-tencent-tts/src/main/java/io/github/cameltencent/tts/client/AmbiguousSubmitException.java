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
 * A submit may or may not have created a job (the connection broke after the request was sent), and looking for
 * the job could not settle it. Nothing was submitted again: check the bucket's jobs before retrying by hand.
 */
public class AmbiguousSubmitException extends CiException {

    public AmbiguousSubmitException(String message, Throwable cause) {
        super("submitJob", 0, "AmbiguousSubmit", message, null, null, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
