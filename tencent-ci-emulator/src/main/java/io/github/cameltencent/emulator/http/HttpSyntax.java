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
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The RFC 9112 grammar the server reads: CRLF-terminated lines, tokens, field lines and comma-separated lists.
 * Every rule is strict, because a lenient reader is how two parsers come to disagree about a message (§11.2).
 */
final class HttpSyntax {

    static final int MAX_LINE = 16 * 1024;

    private HttpSyntax() {
    }

    /**
     * One line without its CRLF, as ISO-8859-1; null at end of stream before any byte. A bare CR or a bare LF
     * is refused (§2.2 lets a server do so), and so is a line longer than {@code max}.
     */
    static String readLine(InputStream in, int first, int max, int tooLongStatus)
            throws IOException, HttpProtocolException {
        StringBuilder sb = new StringBuilder(64);
        int b = first >= 0 ? first : in.read();
        if (b < 0) {
            return null;
        }
        while (true) {
            if (b < 0) {
                throw new SocketException("connection closed inside a line");
            }
            if (b == '\r') {
                int next = in.read();
                if (next == '\n') {
                    return sb.toString();
                }
                throw HttpProtocolException.badRequest("a bare CR inside a line");
            }
            if (b == '\n') {
                throw HttpProtocolException.badRequest("a line ends with LF alone, not CRLF");
            }
            if (sb.length() >= max) {
                throw new HttpProtocolException(tooLongStatus, "InvalidArgument", "line longer than " + max
                        + " bytes");
            }
            sb.append((char) b);
            b = in.read();
        }
    }

    /** tchar of RFC 9110 §5.6.2. */
    static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Field-value characters: visible ASCII, space, tab and obs-text; never CR, LF, NUL or another control. */
    static boolean isFieldValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t' && (c < 0x20 || c == 0x7f || c > 0xff)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Field lines up to the empty line that ends them: request headers, or a chunked body's trailers. Names are
     * tokens (no whitespace before the colon, §5.1), values lose their surrounding whitespace, obsolete line
     * folding is refused (§5.2). A repeated field is joined with commas, except those that must occur once.
     */
    static Map<String, String> readFields(InputStream in, int maxBytes, int maxFields)
            throws IOException, HttpProtocolException {
        Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int total = 0;
        int count = 0;
        while (true) {
            String line = readLine(in, -1, MAX_LINE, 431);
            if (line == null) {
                throw new SocketException("connection closed inside the header fields");
            }
            if (line.isEmpty()) {
                return fields;
            }
            total += line.length() + 2;
            if (total > maxBytes || ++count > maxFields) {
                throw new HttpProtocolException(431, "InvalidArgument", "header fields larger than " + maxBytes
                        + " bytes or more than " + maxFields);
            }
            char first = line.charAt(0);
            if (first == ' ' || first == '\t') {
                throw HttpProtocolException.badRequest("obsolete line folding in the header fields");
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon);
            if (!isToken(name)) {
                throw HttpProtocolException.badRequest("a header field name is not a token (nothing but a token may "
                        + "stand before the colon)");
            }
            String value = trimWhitespace(line.substring(colon + 1));
            if (!isFieldValue(value)) {
                throw HttpProtocolException.badRequest("the value of " + name + " holds a control character");
            }
            String before = fields.putIfAbsent(name, value);
            if (before != null) {
                if (isSingleton(name)) {
                    throw HttpProtocolException.badRequest(name + " occurs more than once");
                }
                fields.put(name, before + ", " + value);
            }
        }
    }

    private static boolean isSingleton(String name) {
        return name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length");
    }

    /** Strips optional whitespace (SP and HTAB only) at both ends. */
    static String trimWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * The elements of a comma-separated list (§5.6.1), lower-cased, empty elements skipped as §5.6.1.2 asks;
     * null when an element is not a token.
     */
    static List<String> tokenList(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(",", -1)) {
            String t = trimWhitespace(part);
            if (t.isEmpty()) {
                continue;
            }
            if (!isToken(t)) {
                return null;
            }
            out.add(t.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
