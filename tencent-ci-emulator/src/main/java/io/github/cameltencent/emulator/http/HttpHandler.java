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

/** Answers one request. Must not throw for bad input: bad input gets an error response. */
@FunctionalInterface
public interface HttpHandler {

    HttpResponse handle(HttpRequest request);

    /** Called when the request could not even be parsed (bad framing, oversized headers or body). */
    default HttpResponse malformed(int status, String code, String message) {
        return HttpResponse.of(status);
    }

    /**
     * Called with the head alone (an empty body) when the client waits for {@code 100 Continue}: an answer here
     * refuses the request before its body is sent (wrong signature, unknown API, too large); null lets it go on.
     */
    default HttpResponse preflight(HttpRequest head) {
        return null;
    }
}
