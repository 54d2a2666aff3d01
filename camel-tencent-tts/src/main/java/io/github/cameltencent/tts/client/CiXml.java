package io.github.cameltencent.tts.client;

import java.io.IOException;

import javax.xml.stream.XMLInputFactory;

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

    private static final XmlMapper MAPPER = create();
    private static final java.util.Map<Class<?>, com.fasterxml.jackson.databind.ObjectReader> READERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private CiXml() {
    }

    private static XmlMapper create() {
        XMLInputFactory input = XMLInputFactory.newFactory();
        input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        input.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XmlMapper mapper = new XmlMapper(XmlFactory.builder().xmlInputFactory(input).build());
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

    /** @throws IOException when the bytes are not a well-formed, DTD-free document of that shape */
    public static <T> T read(byte[] xml, Class<T> type) throws IOException {
        if (hasDoctype(xml)) {
            // the service never sends a DTD; a parser set not to load one may still skip it silently, so refuse
            throw new IOException("XML with a DOCTYPE is refused");
        }
        return READERS.computeIfAbsent(type, MAPPER::readerFor).readValue(xml);
    }

    private static boolean hasDoctype(byte[] xml) {
        byte[] marker = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + marker.length <= xml.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                int b = xml[i + j];
                if (b != marker[j] && !(j > 1 && (b | 0x20) == (marker[j] | 0x20))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
