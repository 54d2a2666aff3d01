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
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Reads job answers (submit, describe, list) fast: one pass over the bytes picks up each JobsDetail's scalar fields
 * and the {@link JobFacts} the component needs, and keeps the bytes so that the rest (the Operation) is built only if
 * someone asks for it. The pass is a byte scanner ({@link Utf8Tags}) for the plain UTF-8 the service sends; any other
 * document goes to the StAX reader of {@link CiXml}, which refuses a DOCTYPE when it reports one, in whatever
 * encoding the document came.
 */
public final class JobAnswerReader {

    private JobAnswerReader() {
    }

    /** The moves the reader makes over a document: a byte scanner's for plain UTF-8, the StAX reader's otherwise. */
    interface Tags {
        /** Moves to the next child of the current element; false (past its end tag) when there is none. */
        boolean nextChild() throws Exception;

        String name();

        /** The text of the current element, which has no children; moves past its end tag. */
        String text() throws Exception;

        /** Moves past the current element with everything in it. */
        void skip() throws Exception;
    }

    /**
     * @throws IOException when the bytes are not a well-formed, DTD-free Response
     */
    public static JobResponse read(byte[] xml) throws IOException {
        Utf8Tags fast;
        try {
            fast = Utf8Tags.root(xml);
        } catch (Utf8Tags.Unsupported notPlain) {
            fast = null;
        }
        if (fast != null) {
            try {
                JobResponse response = response(fast, xml);
                fast.end();
                return response;
            } catch (Exception notPlain) {
                // something the byte scanner does not handle (or a document that is not well-formed): the parser
                // reads it, or refuses it with its own reason
            }
        }
        return readWithParser(xml);
    }

    /** The StAX path (CiXml's parser): any encoding, and the DTD refused when the parser reports one. */
    static JobResponse readWithParser(byte[] xml) throws IOException {
        return CiXml.parse(xml, reader -> response(new StaxTags(reader), xml));
    }

    /** The reader's moves on a StAX stream. */
    private record StaxTags(XMLStreamReader r) implements Tags {
        @Override
        public boolean nextChild() throws XMLStreamException {
            return r.nextTag() == XMLStreamConstants.START_ELEMENT;
        }

        @Override
        public String name() {
            return r.getLocalName();
        }

        @Override
        public String text() throws XMLStreamException {
            return r.getElementText();
        }

        @Override
        public void skip() throws XMLStreamException {
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
    }

    /** The Response element the tags are on: its jobs, NextToken and NonExistJobIds. */
    private static JobResponse response(Tags r, byte[] xml) throws Exception {
        JobResponse response = new JobResponse();
        LazyJobsDetail.Answer answer = new LazyJobsDetail.Answer(xml);
        List<String> missing = new ArrayList<>();
        while (r.nextChild()) {
            switch (r.name()) {
                case "JobsDetail" -> response.getJobsDetail().add(job(r, answer, response.getJobsDetail().size()));
                case "NextToken" -> response.setNextToken(emptyToNull(r.text()));
                case "NonExistJobIds" -> missing.add(r.text().trim());
                default -> r.skip();
            }
        }
        response.setNonExistJobIds(missing);
        return response;
    }

    /** One JobsDetail: scalars now, the Operation's facts now, the Operation itself later. */
    private static JobsDetail job(Tags r, LazyJobsDetail.Answer answer, int index) throws Exception {
        String[] scalars = new String[11];
        Facts facts = new Facts();
        while (r.nextChild()) {
            String name = r.name();
            int slot = SCALARS.indexOf(name);
            if (slot >= 0) {
                scalars[slot] = r.text();
            } else if (name.equals("Operation")) {
                operation(r, facts);
            } else {
                r.skip();
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

    private static void operation(Tags r, Facts f) throws Exception {
        while (r.nextChild()) {
            switch (r.name()) {
                case "Output" -> {
                    while (r.nextChild()) {
                        switch (r.name()) {
                            case "Region" -> f.region = r.text();
                            case "Bucket" -> f.bucket = r.text();
                            case "Object" -> f.object = r.text();
                            default -> r.skip();
                        }
                    }
                }
                case "UserData" -> f.userData = r.text();
                case "TtsTpl" -> {
                    while (r.nextChild()) {
                        if (r.name().equals("Codec")) {
                            f.codec = r.text();
                        } else {
                            r.skip();
                        }
                    }
                }
                case "MediaResult" -> mediaResult(r, f);
                default -> r.skip();
            }
        }
    }

    private static void mediaResult(Tags r, Facts f) throws Exception {
        while (r.nextChild()) {
            if (!r.name().equals("OutputFile")) {
                r.skip();
                continue;
            }
            while (r.nextChild()) {
                if (!r.name().equals("Md5Info")) {
                    r.skip();
                    continue;
                }
                String[] m = new String[2];
                while (r.nextChild()) {
                    switch (r.name()) {
                        case "ObjectName" -> m[0] = r.text();
                        case "Md5" -> m[1] = r.text();
                        default -> r.skip();
                    }
                }
                f.md5s.add(m);
            }
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
