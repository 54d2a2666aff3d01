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

import java.io.IOException;

import javax.xml.stream.XMLInputFactory;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * The one XML codec of the component: Jackson's {@link XmlMapper}, the mapper camel-jacksonxml's {@code jacksonXml}
 * data format runs on. The model classes carry their whole mapping in annotations (the service's PascalCase names,
 * unwrapped lists, unknown elements ignored, empty values left out), so this mapper adds no naming or feature of its
 * own and a route's {@code unmarshal().jacksonXml(JobsDetail.class)} or {@code marshal().jacksonXml()} reads and
 * writes exactly what the component does.
 *
 * <p>What it adds is hardening for hostile answers, on the StAX layer, so it holds in every encoding the parser
 * decodes: Woodstox (jackson-dataformat-xml's own parser, so no second StAX implementation on the path) with DTDs,
 * external entities and entity replacement off, a DOCTYPE refused outright, and element depth, element count,
 * attribute and text sizes bounded. The bytes themselves are bounded before parsing by maxResponseSize.
 */
public final class CiXml {

    /** Deeper than any answer of the service (about 8 levels) by far; a deeper document is hostile. */
    static final int MAX_DEPTH = 64;
    /** Longer than any text the service sends (UserData ≤ 1 KiB, an input text ≤ 10 000 characters). */
    static final int MAX_TEXT = 256 * 1024;
    /**
     * The most characters of a document, decoded: twice the default maxResponseSize in UTF-8, so the byte bound
     * rules for the service's UTF-8, and a document in another encoding cannot grow past it once decoded.
     */
    static final long MAX_CHARACTERS = 8L * 1024 * 1024;
    /** A list of 100 jobs has a few thousand elements. */
    static final int MAX_ELEMENTS = 100_000;

    private static final XMLInputFactory INPUT = inputFactory();
    private static final XmlMapper MAPPER = create();

    private CiXml() {
    }

    /** Woodstox, made explicitly (not whatever XMLInputFactory the classpath names first), locked down. */
    private static XMLInputFactory inputFactory() {
        XMLInputFactory input = new NoDtdInputFactory();
        input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        input.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        input.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        input.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, (long) MAX_ELEMENTS);
        input.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, MAX_ELEMENTS);
        input.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
        input.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_TEXT);
        input.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
        input.setProperty(WstxInputProperties.P_MAX_CHARACTERS, MAX_CHARACTERS);
        return input;
    }

    private static XmlMapper create() {
        XmlMapper mapper = new XmlMapper(XmlFactory.builder().xmlInputFactory(INPUT)
                .xmlOutputFactory(new WstxOutputFactory())
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_TEXT).build())
                .build());
        // the one setting the model cannot carry: the service's bodies start with the root element
        mapper.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, false);
        return mapper;
    }

    /** The component's mapper, for Camel's jacksonXml data format where the component hands XML to a route. */
    public static XmlMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as XML", e);
        }
    }

    /**
     * Reads a document of that shape.
     *
     * @throws IOException when the bytes are not a well-formed, DTD-free document of that shape
     */
    public static <T> T read(byte[] xml, Class<T> type) throws IOException {
        try {
            // a DOCTYPE, a broken document or one past the limits fails inside the parser: Jackson reports it as
            // an IOException naming the parser's reason
            return MAPPER.readValue(xml, type);
        } catch (RuntimeException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
