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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One parsed HTTP/1.1 request. Header names are case-insensitive; the path is kept raw and decoded. */
public final class HttpRequest {

    /** A query parameter as sent; {@code value} is null for a bare key such as {@code ?cancel}. */
    public record Param(String name, String value) {
    }

    private final String method;
    private final String rawTarget;
    private final String rawPath;
    private final String path;
    private final List<Param> params;
    private final Map<String, String> headers;
    private final byte[] body;

    HttpRequest(String method, String rawTarget, Map<String, String> headers, byte[] body) {
        this.method = method;
        this.rawTarget = rawTarget;
        int q = rawTarget.indexOf('?');
        this.rawPath = q < 0 ? rawTarget : rawTarget.substring(0, q);
        this.path = percentDecode(rawPath);
        this.params = parseQuery(q < 0 ? "" : rawTarget.substring(q + 1));
        this.headers = headers;
        this.body = body;
    }

    /** Builds a request directly, for tests of request handling without a socket. */
    public static HttpRequest of(String method, String target, Map<String, String> headers, byte[] body) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        return new HttpRequest(method, target, h, body == null ? new byte[0] : body);
    }

    public String method() {
        return method;
    }

    public String rawTarget() {
        return rawTarget;
    }

    public String rawPath() {
        return rawPath;
    }

    /** The percent-decoded path: what the signature covers. */
    public String path() {
        return path;
    }

    public List<Param> params() {
        return params;
    }

    /** The value of the first parameter with this name (exact case), "" for a bare key, null when absent. */
    public String param(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p.value() == null ? "" : p.value();
            }
        }
        return null;
    }

    public boolean hasParam(String name) {
        return param(name) != null;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public byte[] body() {
        return body;
    }

    public String host() {
        String h = headers.get("Host");
        if (h == null) {
            return null;
        }
        h = h.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(']') < colon) {
            h = h.substring(0, colon);
        }
        return h;
    }

    private static List<Param> parseQuery(String query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<Param> out = new ArrayList<>();
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                out.add(new Param(percentDecode(part), null));
            } else {
                out.add(new Param(percentDecode(part.substring(0, eq)), percentDecode(part.substring(eq + 1))));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Percent-decoding only: COS clients encode a space as %20 and '+' as %2B, so a literal '+' stays '+'.
     * Malformed escapes are kept as they are rather than failing the request.
     */
    public static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
