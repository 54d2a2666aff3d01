package io.github.cameltencent.tts.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Reads job answers (submit, describe, list) fast: one pass of a StAX reader over the bytes picks up each
 * JobsDetail's scalar fields and the {@link JobFacts} the component needs, and keeps the bytes so that the rest (the
 * Operation) is built only if someone asks for it. The factory is made explicitly (Aalto), with DTD support off, and
 * a DOCTYPE is refused when the parser reports it, in whatever encoding the document came.
 */
public final class JobAnswerReader {

    private static final XMLInputFactory INPUT = factory();

    private JobAnswerReader() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** @throws IOException when the bytes are not a well-formed, DTD-free Response */
    public static JobResponse read(byte[] xml) throws IOException {
        XMLStreamReader r = null;
        try {
            r = INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
            int event = r.getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    throw new IOException("XML with a DOCTYPE is refused");
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new IOException("the XML document has no root element");
                }
                event = r.next();
            }
            JobResponse response = new JobResponse();
            LazyJobsDetail.Answer answer = new LazyJobsDetail.Answer(xml);
            List<String> missing = new ArrayList<>();
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "JobsDetail" -> response.getJobsDetail().add(job(r, answer, response.getJobsDetail().size()));
                    case "NextToken" -> response.setNextToken(emptyToNull(r.getElementText()));
                    case "NonExistJobIds" -> missing.add(r.getElementText().trim());
                    default -> skip(r);
                }
            }
            response.setNonExistJobIds(missing);
            return response;
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("not a well-formed job answer: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the input is a byte array: nothing to release
                }
            }
        }
    }

    /** One JobsDetail: scalars now, the Operation's facts now, the Operation itself later. */
    private static JobsDetail job(XMLStreamReader r, LazyJobsDetail.Answer answer, int index)
            throws XMLStreamException {
        String[] scalars = new String[11];
        Facts facts = new Facts();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            int slot = SCALARS.indexOf(name);
            if (slot >= 0) {
                scalars[slot] = r.getElementText();
            } else if (name.equals("Operation")) {
                operation(r, facts);
            } else {
                skip(r);
            }
        }
        LazyJobsDetail job = new LazyJobsDetail(answer, index, facts.toFacts());
        job.setCode(scalars[0]);
        job.setMessage(scalars[1]);
        job.setJobId(scalars[2]);
        job.setTag(scalars[3]);
        job.setState(scalars[4]);
        job.setCreationTime(scalars[5]);
        job.setStartTime(scalars[6]);
        job.setEndTime(scalars[7]);
        job.setQueueId(scalars[8]);
        job.setQueueType(scalars[9]);
        job.setProgress(scalars[10]);
        return job;
    }

    private static final List<String> SCALARS = List.of("Code", "Message", "JobId", "Tag", "State", "CreationTime",
            "StartTime", "EndTime", "QueueId", "QueueType", "Progress");

    /** The parts of Operation the component reads. */
    private static final class Facts {
        String region;
        String bucket;
        String object;
        String userData;
        String codec;
        final List<String[]> md5s = new ArrayList<>();

        JobFacts toFacts() {
            String md5 = null;
            for (String[] m : md5s) {
                if (object == null || JobFacts.matches(m[0], object) || md5s.size() == 1) {
                    md5 = m[1];
                    break;
                }
            }
            return new JobFacts(region, bucket, object, emptyToNull(userData), md5, codec);
        }
    }

    private static void operation(XMLStreamReader r, Facts f) throws XMLStreamException {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "Output" -> {
                    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        switch (r.getLocalName()) {
                            case "Region" -> f.region = r.getElementText();
                            case "Bucket" -> f.bucket = r.getElementText();
                            case "Object" -> f.object = r.getElementText();
                            default -> skip(r);
                        }
                    }
                }
                case "UserData" -> f.userData = r.getElementText();
                case "TtsTpl" -> {
                    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        if (r.getLocalName().equals("Codec")) {
                            f.codec = r.getElementText();
                        } else {
                            skip(r);
                        }
                    }
                }
                case "MediaResult" -> mediaResult(r, f);
                default -> skip(r);
            }
        }
    }

    private static void mediaResult(XMLStreamReader r, Facts f) throws XMLStreamException {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("OutputFile")) {
                skip(r);
                continue;
            }
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals("Md5Info")) {
                    skip(r);
                    continue;
                }
                String[] m = new String[2];
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "ObjectName" -> m[0] = r.getElementText();
                        case "Md5" -> m[1] = r.getElementText();
                        default -> skip(r);
                    }
                }
                f.md5s.add(m);
            }
        }
    }

    /** Skips the element the reader is on, with everything in it. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
