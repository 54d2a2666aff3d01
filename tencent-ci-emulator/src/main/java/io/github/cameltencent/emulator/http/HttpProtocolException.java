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
package io.github.cameltencent.emulator.http;

/**
 * A request the server refuses before any handler sees it: bad framing or field syntax, an unsupported coding or
 * expectation, a body over the limit. The connection is always closed after the answer, since the server can no
 * longer tell where the next request would start.
 */
final class HttpProtocolException extends Exception {

    private final int status;
    private final String code;

    HttpProtocolException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static HttpProtocolException badRequest(String message) {
        return new HttpProtocolException(400, "InvalidArgument", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
