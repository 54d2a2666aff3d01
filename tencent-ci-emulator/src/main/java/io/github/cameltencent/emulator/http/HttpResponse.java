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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, headers and a body, or an instruction to reset the connection. */
public final class HttpResponse {

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private boolean bodyless;
    private final boolean reset;

    private HttpResponse(int status, byte[] body, boolean reset) {
        this.status = status;
        this.body = body == null ? new byte[0] : body;
        this.reset = reset;
    }

    public static HttpResponse of(int status) {
        return new HttpResponse(status, null, false);
    }

    public static HttpResponse xml(int status, String xml) {
        return new HttpResponse(status, xml.getBytes(StandardCharsets.UTF_8), false)
                .header("Content-Type", "application/xml");
    }

    public static HttpResponse bytes(int status, byte[] body, String contentType) {
        HttpResponse r = new HttpResponse(status, body, false);
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return r;
    }

    /** Close the connection with a TCP reset instead of answering. */
    public static HttpResponse reset() {
        return new HttpResponse(0, null, true);
    }

    /**
     * Sets a header; a null value sets nothing. The name must be a token and the value free of CR, LF and other
     * control characters but tab: whatever a handler echoes can never split a response or inject a header.
     */
    public HttpResponse header(String name, String value) {
        if (!HttpSyntax.isToken(name)) {
            throw new IllegalArgumentException("response header name '" + name + "' is not an HTTP token");
        }
        if (value != null) {
            if (!HttpSyntax.isFieldValue(value)) {
                throw new IllegalArgumentException("the value of response header " + name
                        + " holds CR, LF or another control character");
            }
            headers.put(name, value);
        }
        return this;
    }

    /** For HEAD: keep the headers (and Content-Length) of the full answer but send no body. */
    public HttpResponse withoutBody() {
        this.bodyless = true;
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public byte[] body() {
        return body;
    }

    public boolean isBodyless() {
        return bodyless;
    }

    public boolean isReset() {
        return reset;
    }
}
