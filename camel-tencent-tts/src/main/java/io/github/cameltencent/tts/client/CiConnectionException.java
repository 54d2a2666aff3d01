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
 * No answer was received. {@link #isRequestSent()} tells whether the request may have reached the service: a
 * refused connection proves it did not, a timeout or reset after sending leaves it open.
 */
public class CiConnectionException extends CiException {

    private final boolean requestSent;

    public CiConnectionException(String operation, boolean requestSent, Throwable cause) {
        super(operation, 0, requestSent ? "ConnectionLost" : "ConnectionFailed",
                (requestSent ? "the connection broke after the request was sent (" : "could not connect to the"
                        + " service (") + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")",
                null, null, cause);
        this.requestSent = requestSent;
    }

    public boolean isRequestSent() {
        return requestSent;
    }

    /** A lost or refused connection may come back; a TLS peer that is not trusted will not. */
    @Override
    public boolean isRetryable() {
        return !(getCause() instanceof javax.net.ssl.SSLException);
    }
}
