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

import java.nio.charset.StandardCharsets;

/**
 * A scanner over the plain UTF-8 XML the service answers with: start tags, end tags, text. It handles what job
 * answers contain and nothing more; anything else (another encoding, a DOCTYPE, a comment, CDATA, mixed content,
 * an entity it does not know, a mismatched end tag) is {@link Unsupported}, and the caller reads the document with
 * the StAX parser instead, which refuses or handles it. So the fast path never has to be right about XML it does
 * not expect.
 */
final class Utf8Tags implements JobAnswerReader.Tags {

    /** This document is not one for the fast path. */
    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private final byte[] b;
    private int pos;
    private String[] open = new String[16];
    private int depth;
    private String name;
    private boolean empty;

    private Utf8Tags(byte[] b, int pos) {
        this.b = b;
        this.pos = pos;
    }

    /** Positions a scanner on the root element, or says the document is not for the fast path. */
    static Utf8Tags root(byte[] b) throws Unsupported {
        int p = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            p = 3; // a UTF-8 byte order mark
        }
        // a document in UTF-16 or UTF-32 has a zero byte among its first characters, whatever they are
        for (int i = p; i < Math.min(b.length, p + 4); i++) {
            if (b[i] == 0) {
                throw new Unsupported("not UTF-8");
            }
        }
        Utf8Tags t = new Utf8Tags(b, p);
        t.skipSpace();
        if (t.startsWith("<?xml")) {
            int end = t.indexOf("?>", t.pos);
            String decl = new String(b, t.pos, end - t.pos, StandardCharsets.US_ASCII);
            String encoding = declared(decl, "encoding");
            if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
                throw new Unsupported("an encoding other than UTF-8");
            }
            t.pos = end + 2;
        }
        if (!t.nextChild()) {
            throw new Unsupported("no root element");
        }
        return t;
    }

    /** A pseudo-attribute of the XML declaration, e.g. encoding="UTF-8"; null when absent. */
    private static String declared(String decl, String name) {
        int at = decl.indexOf(name);
        if (at < 0) {
            return null;
        }
        int i = at + name.length();
        while (i < decl.length() && (decl.charAt(i) == ' ' || decl.charAt(i) == '=')) {
            i++;
        }
        if (i >= decl.length() || (decl.charAt(i) != '"' && decl.charAt(i) != '\'')) {
            return "";
        }
        int close = decl.indexOf(decl.charAt(i), i + 1);
        return close < 0 ? "" : decl.substring(i + 1, close);
    }

    @Override
    public boolean nextChild() throws Unsupported {
        while (true) {
            int lt = indexOf('<', pos);
            if (!blank(pos, lt)) {
                throw new Unsupported("text beside elements");
            }
            pos = lt;
            if (at(pos + 1) == '!') {
                throw new Unsupported("a DOCTYPE, comment or CDATA section");
            }
            if (at(pos + 1) == '/') {
                int gt = indexOf('>', pos);
                if (depth == 0 || !closes(pos + 2, gt, open[depth - 1])) {
                    throw new Unsupported("a mismatched end tag");
                }
                depth--;
                pos = gt + 1;
                return false;
            }
            if (at(pos + 1) == '?') {
                pos = indexOf("?>", pos) + 2;
                continue;
            }
            startTag();
            return true;
        }
    }

    /** Reads the start tag at pos: its name, whether it is empty; attributes are skipped. */
    private void startTag() throws Unsupported {
        int p = pos + 1;
        int start = p;
        while (p < b.length && b[p] != '>' && b[p] != '/' && b[p] != ' ' && b[p] != '\t' && b[p] != '\n'
                && b[p] != '\r') {
            p++;
        }
        if (p == start) {
            throw new Unsupported("an element without a name");
        }
        name = name(start, p);
        char quote = 0;
        while (p < b.length && (quote != 0 || b[p] != '>')) {
            if (quote == 0 && (b[p] == '"' || b[p] == '\'')) {
                quote = (char) b[p];
            } else if (quote != 0 && b[p] == quote) {
                quote = 0;
            }
            p++;
        }
        if (p >= b.length) {
            throw new Unsupported("an unclosed start tag");
        }
        empty = b[p - 1] == '/';
        pos = p + 1;
        if (!empty) {
            if (depth == open.length) {
                open = java.util.Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = name;
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The element names of job answers: a tag's name is one of these, not a new String each time. */
    private static final String[] KNOWN = {"Response", "JobsDetail", "Code", "Message", "JobId", "Tag", "State",
        "CreationTime", "StartTime", "EndTime", "QueueId", "QueueType", "Progress", "Operation", "TemplateId",
        "TemplateName", "TtsTpl", "Mode", "Codec", "VoiceType", "Volume", "Speed", "Emotion", "TtsConfig",
        "InputType", "Input", "Output", "Region", "Bucket", "Object", "UserData", "JobLevel", "MediaInfo",
        "MediaResult", "OutputFile", "ObjectName", "ObjectPrefix", "Md5Info", "Md5", "NextToken", "NonExistJobIds",
        "RequestId"};

    /** {@link #KNOWN} by length, so that a tag is compared with the few names as long as it. */
    private static final String[][] KNOWN_BY_LENGTH = byLength(KNOWN);

    private static String[][] byLength(String[] names) {
        int longest = 0;
        for (String n : names) {
            longest = Math.max(longest, n.length());
        }
        String[][] table = new String[longest + 1][];
        for (String n : names) {
            String[] same = table[n.length()];
            same = same == null ? new String[1] : java.util.Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = n;
            table[n.length()] = same;
        }
        return table;
    }

    private String name(int start, int end) {
        int len = end - start;
        String[] same = len < KNOWN_BY_LENGTH.length ? KNOWN_BY_LENGTH[len] : null;
        if (same != null) {
            for (String k : same) {
                if (spells(start, k)) {
                    return k;
                }
            }
        }
        return new String(b, start, len, StandardCharsets.UTF_8);
    }

    /** Whether the bytes from start spell the (ASCII) name. */
    private boolean spells(int start, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (b[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes from start to end (trailing spaces allowed) spell the name. */
    private boolean closes(int start, int end, String name) {
        int len = name.length();
        if (end - start < len || !spells(start, name)) {
            return false;
        }
        return blank(start + len, end);
    }

    /**
     * After the root element: only white space may follow. Every {@code <} before it was looked at by the moves
     * above (a {@code <!} refused), so a document that passes holds no DOCTYPE, comment or CDATA anywhere.
     */
    void end() throws Unsupported {
        skipSpace();
        if (pos < b.length) {
            throw new Unsupported("content after the root element");
        }
    }

    @Override
    public String text() throws Unsupported {
        if (empty) {
            return "";
        }
        int lt = indexOf('<', pos);
        int from = pos;
        pos = lt;
        if (at(lt + 1) != '/') {
            throw new Unsupported("mixed content");
        }
        String text = decode(from, lt);
        if (nextChild()) {
            throw new Unsupported("mixed content");
        }
        return text;
    }

    /**
     * Skips the current element with everything in it. Inside, tags are counted, not matched, and text is passed
     * over: the component reads nothing there, and the Operation, if someone asks for it, is read again by the full
     * parser.
     */
    @Override
    public void skip() throws Unsupported {
        if (empty) {
            return;
        }
        int level = 1;
        while (level > 0) {
            int lt = indexOf('<', pos);
            int kind = at(lt + 1);
            if (kind == '!') {
                throw new Unsupported("a DOCTYPE, comment or CDATA section");
            }
            if (kind == '/') {
                pos = indexOf('>', lt) + 1;
                level--;
            } else if (kind == '?') {
                pos = indexOf("?>", lt) + 2;
            } else {
                int gt = indexOf('>', lt);
                pos = gt + 1;
                if (b[gt - 1] != '/') {
                    level++;
                }
            }
        }
        depth--;
    }

    private String decode(int from, int to) throws Unsupported {
        int amp = -1;
        for (int i = from; i < to; i++) {
            if (b[i] == '&') {
                amp = i;
                break;
            }
            if (b[i] == 0) {
                throw new Unsupported("a zero byte, which XML does not allow");
            }
        }
        if (amp < 0) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(to - from);
        sb.append(new String(b, from, amp - from, StandardCharsets.UTF_8));
        int i = amp;
        while (i < to) {
            if (b[i] != '&') {
                int next = i;
                while (next < to && b[next] != '&') {
                    next++;
                }
                sb.append(new String(b, i, next - i, StandardCharsets.UTF_8));
                i = next;
                continue;
            }
            int semi = indexOf(';', i);
            if (semi > to || semi - i > 10) {
                throw new Unsupported("an unfinished entity");
            }
            String entity = new String(b, i + 1, semi - i - 1, StandardCharsets.US_ASCII);
            switch (entity) {
                case "lt" -> sb.append('<');
                case "gt" -> sb.append('>');
                case "amp" -> sb.append('&');
                case "quot" -> sb.append('"');
                case "apos" -> sb.append('\'');
                default -> {
                    if (!entity.startsWith("#")) {
                        throw new Unsupported("an entity it does not know");
                    }
                    try {
                        int cp = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                                : Integer.parseInt(entity.substring(1));
                        sb.appendCodePoint(cp);
                    } catch (IllegalArgumentException e) {
                        throw new Unsupported("a bad character reference");
                    }
                }
            }
            i = semi + 1;
        }
        return sb.toString();
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private void skipSpace() {
        while (pos < b.length && (b[pos] == ' ' || b[pos] == '\n' || b[pos] == '\r' || b[pos] == '\t')) {
            pos++;
        }
    }

    private boolean startsWith(String s) {
        if (pos + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int at(int i) {
        return i < b.length ? b[i] : -1;
    }

    private int indexOf(char c, int from) throws Unsupported {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        throw new Unsupported("an unfinished document");
    }

    private int indexOf(String s, int from) throws Unsupported {
        outer:
        for (int i = from; i + s.length() <= b.length; i++) {
            for (int j = 0; j < s.length(); j++) {
                if (b[i + j] != s.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        throw new Unsupported("an unfinished document");
    }
}
