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

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;

import com.ctc.wstx.stax.WstxInputFactory;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.util.StreamReader2Delegate;

/**
 * Woodstox, refusing any document with a DOCTYPE. Set not to support DTDs, a parser skips a DOCTYPE silently; the
 * service never sends one, so one is a sign of a hostile answer and refused outright. The check sits on the
 * parser's own DTD event, after decoding, so it holds in every encoding, and in the factory, so it holds for every
 * reader made from it: the component's and the jacksonXml data format's on the same mapper alike.
 */
final class NoDtdInputFactory extends WstxInputFactory {

    private static XMLStreamReader2 refusingDtd(XMLStreamReader reader) {
        XMLStreamReader2 r = reader instanceof XMLStreamReader2 r2 ? r2
                : org.codehaus.stax2.ri.Stax2ReaderAdapter.wrapIfNecessary(reader);
        return new StreamReader2Delegate(r) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == DTD) {
                    throw new XMLStreamException("XML with a DOCTYPE is refused", getLocation());
                }
                return event;
            }
        };
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream in) throws XMLStreamException {
        return refusingDtd(super.createXMLStreamReader(in));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream in, String enc) throws XMLStreamException {
        return refusingDtd(super.createXMLStreamReader(in, enc));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Reader r) throws XMLStreamException {
        return refusingDtd(super.createXMLStreamReader(r));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Source src) throws XMLStreamException {
        return refusingDtd(super.createXMLStreamReader(src));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, InputStream in) throws XMLStreamException {
        return refusingDtd(super.createXMLStreamReader(systemId, in));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, Reader r) throws XMLStreamException {
        return refusingDtd(super.createXMLStreamReader(systemId, r));
    }

    @Override
    public XMLStreamReader2 createXMLStreamReader(URL src) throws XMLStreamException {
        return refusingDtd(super.createXMLStreamReader(src));
    }

    @Override
    public XMLStreamReader2 createXMLStreamReader(File f) throws XMLStreamException {
        return refusingDtd(super.createXMLStreamReader(f));
    }
}
