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
package io.github.cameltencent.emulator.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree: what the service's XML bodies are made of. One tree renders to both callback formats
 * (XML, and the service's JSON shape), and parsing ignores order and unknown elements by construction: callers
 * look children up by name.
 */
public final class XmlNode {

    private final String name;
    private String text;
    private final List<XmlNode> children = new ArrayList<>();

    public XmlNode(String name) {
        this.name = name;
    }

    public static XmlNode of(String name) {
        return new XmlNode(name);
    }

    public String name() {
        return name;
    }

    /** Text content; {@code ""} for an element that has only children or nothing. */
    public String text() {
        return text == null ? "" : text;
    }

    public List<XmlNode> children() {
        return Collections.unmodifiableList(children);
    }

    public XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    public List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Trimmed text of a child, or null when the child is absent. */
    public String get(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : c.text().trim();
    }

    /** Follows a path of child names, e.g. {@code path("Operation", "TtsTpl")}. */
    public XmlNode path(String... names) {
        XmlNode cur = this;
        for (String n : names) {
            if (cur == null) {
                return null;
            }
            cur = cur.child(n);
        }
        return cur;
    }

    public XmlNode add(XmlNode child) {
        children.add(child);
        return this;
    }

    /** Adds a text child; a null value adds nothing, so optional fields stay absent. */
    public XmlNode add(String childName, Object value) {
        if (value != null) {
            XmlNode c = new XmlNode(childName);
            c.text = String.valueOf(value);
            children.add(c);
        }
        return this;
    }

    /** Adds a text child even when empty, as the service does for not-yet-known fields. */
    public XmlNode addAlways(String childName, Object value) {
        XmlNode c = new XmlNode(childName);
        c.text = value == null ? "" : String.valueOf(value);
        children.add(c);
        return this;
    }

    public XmlNode addChild(String childName) {
        XmlNode c = new XmlNode(childName);
        children.add(c);
        return c;
    }

    public XmlNode text(String value) {
        this.text = value;
        return this;
    }

    public XmlNode copy() {
        XmlNode c = new XmlNode(name);
        c.text = text;
        for (XmlNode ch : children) {
            c.children.add(ch.copy());
        }
        return c;
    }

    // ---------------------------------------------------------------- parsing

    /** Raised for anything that is not a well-formed, DTD-free UTF-8 XML document. */
    public static final class MalformedXmlException extends Exception {
        public MalformedXmlException(String message) {
            super(message);
        }
    }

    /**
     * How deep elements may nest. The service's bodies are at most six levels deep; the limit keeps a hostile
     * body of nested elements from costing more than a small, flat amount of work.
     */
    public static final int MAX_DEPTH = 64;

    private static final XMLInputFactory FACTORY = newFactory();

    private static XMLInputFactory newFactory() {
        // the JDK's own parser, whatever StAX implementation the classpath also carries (Woodstox, Aalto)
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        // refuse DTDs outright: no external entities, no entity expansion bombs
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * Parses a body into a tree without recursion (an explicit stack), so nesting depth cannot exhaust the
     * thread's stack; beyond {@link #MAX_DEPTH} the body is refused as malformed.
     */
    public static XmlNode parse(byte[] body) throws MalformedXmlException {
        if (body == null || body.length == 0) {
            throw new MalformedXmlException("request body is empty");
        }
        try {
            // the JDK parser substitutes bad bytes in some paths; check UTF-8 strictly first
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new MalformedXmlException("request body is not valid UTF-8");
        }
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body), "UTF-8");
            Deque<XmlNode> open = new ArrayDeque<>();
            Deque<StringBuilder> texts = new ArrayDeque<>();
            XmlNode root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new MalformedXmlException("the XML you provided was not well-formed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw new MalformedXmlException("the XML you provided nests elements deeper than "
                                    + MAX_DEPTH + " levels");
                        }
                        XmlNode n = new XmlNode(r.getLocalName());
                        if (open.isEmpty()) {
                            if (root != null) {
                                throw new MalformedXmlException("the XML you provided was not well-formed");
                            }
                            root = n;
                        } else {
                            open.peek().children.add(n);
                        }
                        open.push(n);
                        texts.push(new StringBuilder());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!texts.isEmpty()) {
                            texts.peek().append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        open.pop().text = texts.pop().toString();
                    }
                    default -> {
                        // comments, processing instructions and the document events carry nothing we read
                    }
                }
            }
            if (root == null || !open.isEmpty()) {
                throw new MalformedXmlException("the XML you provided was not well-formed");
            }
            return root;
        } catch (XMLStreamException | RuntimeException e) {
            throw new MalformedXmlException("the XML you provided was not well-formed");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    // ---------------------------------------------------------------- rendering

    public String toXml() {
        StringBuilder sb = new StringBuilder(512);
        sb.append("<?xml version='1.0' encoding='utf-8' ?>\n");
        writeXml(sb);
        return sb.toString();
    }

    public byte[] toXmlBytes() {
        return toXml().getBytes(StandardCharsets.UTF_8);
    }

    private void writeXml(StringBuilder sb) {
        sb.append('<').append(name).append('>');
        if (children.isEmpty()) {
            escape(sb, text());
        } else {
            for (XmlNode c : children) {
                c.writeXml(sb);
            }
        }
        sb.append("</").append(name).append('>');
    }

    /**
     * Escapes markup, and replaces what XML 1.0 cannot carry at all (controls but tab, LF and CR; lone surrogates;
     * U+FFFE and U+FFFF) with U+FFFD, so the document stays well-formed whatever text it echoes. CR is written as
     * a character reference, since a parser would otherwise turn it into LF.
     */
    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    int pair = pairedSurrogate(s, i);
                    if (pair > 0) {
                        sb.append(s, i, i + pair);
                        i += pair - 1;
                    } else {
                        sb.append(isXmlChar(ch) ? ch : REPLACEMENT);
                    }
                }
            }
        }
    }

    private static final char REPLACEMENT = '\uFFFD';

    /** Characters XML 1.0 allows (§2.2), for those outside the surrogate range. */
    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
    }

    /** 2 when a well-formed surrogate pair starts at {@code i}, else 0. */
    private static int pairedSurrogate(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 0;
    }

    /**
     * The service's JSON shape: the children of this node become the top-level object (no wrapper named after
     * this node), empty elements are omitted, repeated elements become arrays, a single one stays an object, and
     * every leaf stays a string.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder(512);
        writeJsonObject(sb);
        return sb.toString();
    }

    private boolean isEmptyNode() {
        if (children.isEmpty()) {
            return text().isEmpty();
        }
        for (XmlNode c : children) {
            if (!c.isEmptyNode()) {
                return false;
            }
        }
        return true;
    }

    private void writeJsonObject(StringBuilder sb) {
        Map<String, List<XmlNode>> grouped = new LinkedHashMap<>();
        for (XmlNode c : children) {
            if (!c.isEmptyNode()) {
                grouped.computeIfAbsent(c.name, k -> new ArrayList<>()).add(c);
            }
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, List<XmlNode>> e : grouped.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            jsonString(sb, e.getKey());
            sb.append(':');
            List<XmlNode> nodes = e.getValue();
            if (nodes.size() == 1) {
                nodes.get(0).writeJsonValue(sb);
            } else {
                sb.append('[');
                for (int i = 0; i < nodes.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    nodes.get(i).writeJsonValue(sb);
                }
                sb.append(']');
            }
        }
        sb.append('}');
    }

    private void writeJsonValue(StringBuilder sb) {
        if (children.isEmpty()) {
            jsonString(sb, text());
        } else {
            writeJsonObject(sb);
        }
    }

    private static void jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    int pair = pairedSurrogate(s, i);
                    if (pair > 0) {
                        sb.append(s, i, i + pair);
                        i += pair - 1;
                    } else if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        // the same text as the XML rendering, and never a lone surrogate UTF-8 cannot encode
                        sb.append(isXmlChar(ch) ? ch : REPLACEMENT);
                    }
                }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return toXml();
    }
}
