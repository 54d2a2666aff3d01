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

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request line and its header fields, read and checked before anything of the body (RFC 9112 §3, §5). The
 * target is kept in origin form: an absolute-form target ({@code GET http://host/path}, what a client set up with
 * an HTTP proxy sends) gives its authority as the Host (§3.2.2), as every server must accept.
 */
record RequestHead(String method, String target, boolean http11, Map<String, String> headers) {

    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 200;

    /**
     * Reads a head whose first byte is {@code first}; null for an empty line (a stray CRLF between requests,
     * which §2.2 says to ignore).
     */
    static RequestHead read(InputStream in, int first) throws IOException, HttpProtocolException {
        String line = HttpSyntax.readLine(in, first, HttpSyntax.MAX_LINE, 414);
        if (line == null || line.isEmpty()) {
            return null;
        }
        int sp1 = line.indexOf(' ');
        int sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
        if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
            throw HttpProtocolException.badRequest("the request line must be METHOD SP TARGET SP HTTP-VERSION");
        }
        String method = line.substring(0, sp1);
        String target = line.substring(sp1 + 1, sp2);
        String version = line.substring(sp2 + 1);
        if (!HttpSyntax.isToken(method)) {
            throw HttpProtocolException.badRequest("the method is not a token");
        }
        if (!version.matches("HTTP/[0-9]\\.[0-9]")) {
            throw HttpProtocolException.badRequest("malformed HTTP version");
        }
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new HttpProtocolException(505, "InvalidArgument", "only HTTP/1.1 and HTTP/1.0 are served");
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                throw HttpProtocolException.badRequest("the request target holds a control character");
            }
        }
        Map<String, String> headers = HttpSyntax.readFields(in, MAX_HEADER_BYTES, MAX_HEADERS);
        boolean http11 = version.equals("HTTP/1.1");
        String origin = target;
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int start = target.indexOf("//") + 2;
            int end = start;
            while (end < target.length() && target.charAt(end) != '/' && target.charAt(end) != '?') {
                end++;
            }
            String authority = target.substring(start, end);
            if (authority.isEmpty() || authority.indexOf('@') >= 0 || authority.indexOf('#') >= 0) {
                throw HttpProtocolException.badRequest("the absolute-form target has no usable authority");
            }
            headers.put("Host", authority);
            origin = end == target.length() ? "/" : target.charAt(end) == '?' ? "/" + target.substring(end)
                    : target.substring(end);
        } else if (!target.startsWith("/") && !(target.equals("*") && method.equals("OPTIONS"))) {
            throw HttpProtocolException.badRequest("the request target must be a path or an absolute URI");
        }
        if (http11 && headers.get("Host") == null) {
            throw new HttpProtocolException(400, "InvalidHost", "an HTTP/1.1 request needs a Host header");
        }
        return new RequestHead(method, origin, http11, headers);
    }

    String header(String name) {
        return headers.get(name);
    }

    /** Whether the client is willing to keep the connection: Connection is a token list (§9.3, §9.6). */
    boolean clientKeepsAlive() {
        List<String> connection = HttpSyntax.tokenList(headers.get("Connection"));
        if (connection == null) {
            return false;
        }
        return http11 ? !connection.contains("close") : connection.contains("keep-alive");
    }

    HttpRequest toRequest(byte[] body) {
        return new HttpRequest(method, target, headers, body);
    }
}
