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
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * The one XML codec of the component. Element names are the service's PascalCase names of the model's fields;
 * unknown elements are ignored (the service adds fields over time); DTDs and external entities are refused.
 */
public final class CiXml {

    private static final XMLInputFactory INPUT = inputFactory();
    private static final XmlMapper MAPPER = create();

    private CiXml() {
    }

    /**
     * An explicitly made factory (Aalto, whatever else the classpath carries): no DTD processing, no external
     * entities, no entity replacement.
     */
    private static XMLInputFactory inputFactory() {
        XMLInputFactory input = new com.fasterxml.aalto.stax.InputFactoryImpl();
        input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        input.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return input;
    }

    private static XmlMapper create() {
        // the writer is Woodstox's, named too, so what is sent does not depend on the classpath's order
        XmlMapper mapper = new XmlMapper(XmlFactory.builder().xmlInputFactory(INPUT)
                .xmlOutputFactory(new com.ctc.wstx.stax.WstxOutputFactory()).build());
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
        mapper.setDefaultUseWrapper(false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
        mapper.configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true);
        mapper.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, false);
        return mapper;
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
        return parse(xml, reader -> MAPPER.readValue(reader, type));
    }

    /** What is done with a reader standing on the root element. */
    interface FromRoot<T> {
        T read(XMLStreamReader reader) throws Exception;
    }

    /**
     * The one StAX entry of the component. The parser decodes the bytes first (UTF-8, UTF-16, whatever the document
     * declares), so a DOCTYPE is seen as the parser's own DTD event, in any encoding, and refused there: the
     * service never sends one, and a parser set not to load a DTD would otherwise skip it silently.
     */
    static <T> T parse(byte[] xml, FromRoot<T> fromRoot) throws IOException {
        XMLStreamReader reader = null;
        try {
            reader = INPUT.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
            int event = reader.getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    throw new IOException("XML with a DOCTYPE is refused");
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new IOException("the XML document has no root element");
                }
                event = reader.next();
            }
            return fromRoot.read(reader);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release: the input is a byte array
                }
            }
        }
    }
}
