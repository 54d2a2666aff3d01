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

import java.util.List;

/**
 * How a request's body is delimited (RFC 9112 §6.3): by chunked coding, by Content-Length, or absent. Decided
 * from the head alone, so a body that would be refused is never read.
 */
record Framing(Kind kind, long length, boolean closeAfter) {

    enum Kind {
        NONE, LENGTH, CHUNKED
    }

    static Framing of(RequestHead head, long maxBodyBytes) throws HttpProtocolException {
        String te = head.header("Transfer-Encoding");
        String cl = head.header("Content-Length");
        if (te != null) {
            if (!head.http11()) {
                // an HTTP/1.0 recipient cannot have meant chunked: the framing is faulty (§6.1)
                throw HttpProtocolException.badRequest("Transfer-Encoding in an HTTP/1.0 request");
            }
            List<String> codings = HttpSyntax.tokenList(te);
            if (codings == null || codings.isEmpty()) {
                throw HttpProtocolException.badRequest("malformed Transfer-Encoding");
            }
            for (String coding : codings) {
                if (!coding.equals("chunked")) {
                    throw new HttpProtocolException(501, "NotImplemented", "the transfer coding '" + coding
                            + "' is not supported; only chunked is");
                }
            }
            if (codings.size() > 1) {
                throw HttpProtocolException.badRequest("chunked is applied more than once");
            }
            // with Content-Length too, chunked wins, and the connection closes after the answer (§6.3)
            return new Framing(Kind.CHUNKED, -1, cl != null);
        }
        if (cl == null) {
            return new Framing(Kind.NONE, 0, false);
        }
        if (cl.isEmpty() || cl.length() > 18 || !cl.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw HttpProtocolException.badRequest("Content-Length must be decimal digits only");
        }
        long length = Long.parseLong(cl);
        if (length > maxBodyBytes) {
            throw new HttpProtocolException(413, "EntityTooLarge", "the body of " + length
                    + " bytes is larger than the limit of " + maxBodyBytes);
        }
        return new Framing(length == 0 ? Kind.NONE : Kind.LENGTH, length, false);
    }

    boolean hasBody() {
        return kind != Kind.NONE;
    }
}
