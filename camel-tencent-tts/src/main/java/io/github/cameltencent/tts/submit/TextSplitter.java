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
package io.github.cameltencent.tts.submit;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces of at most {@code limit} characters (Unicode code points, as the service counts),
 * at sentence ends where possible, else at a space, else anywhere. Pieces keep their order and their text.
 */
public final class TextSplitter {

    private TextSplitter() {
    }

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    public static List<String> split(String text, int limit) {
        List<String> sentences = sentences(text);
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : sentences) {
            if (length(sentence) > limit) {
                flush(current, pieces);
                pieces.addAll(hardCut(sentence, limit));
            } else if (length(current.toString()) + length(sentence) > limit) {
                flush(current, pieces);
                current.append(sentence);
            } else {
                current.append(sentence);
            }
        }
        flush(current, pieces);
        return pieces;
    }

    /** Sentences end after . ! ? ; 。 ！ ？ ； … or a line break, with the closing quotes and spaces that follow. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSentenceEnd(cp)) {
                while (i < text.length()) {
                    int next = text.codePointAt(i);
                    if (isSentenceEnd(next) || Character.isWhitespace(next) || next == '"' || next == '\''
                            || next == '”' || next == '’' || next == '」' || next == ')') {
                        i += Character.charCount(next);
                    } else {
                        break;
                    }
                }
                out.add(text.substring(start, i));
                start = i;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isSentenceEnd(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == '\n' || cp == '。' || cp == '！'
                || cp == '？' || cp == '；' || cp == '…';
    }

    private static List<String> hardCut(String sentence, int limit) {
        List<String> out = new ArrayList<>();
        int[] cps = sentence.codePoints().toArray();
        int from = 0;
        while (from < cps.length) {
            int to = Math.min(cps.length, from + limit);
            if (to < cps.length) {
                for (int k = to; k > from + limit / 2; k--) {
                    if (Character.isWhitespace(cps[k - 1])) {
                        to = k;
                        break;
                    }
                }
            }
            out.add(new String(cps, from, to - from));
            from = to;
        }
        return out;
    }

    private static void flush(StringBuilder current, List<String> pieces) {
        if (current.length() > 0) {
            if (!current.toString().isBlank()) {
                pieces.add(current.toString());
            } else if (!pieces.isEmpty()) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + current);
            }
            current.setLength(0);
        }
    }
}
