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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.model.JobResponse;

/** The one XML path refuses DTDs and bounds depth and size, after decoding, so in every encoding alike. */
class CiXmlLimitsTest {

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16,
            StandardCharsets.UTF_16LE);

    private static byte[] doc(String xml, Charset cs) {
        String declared = cs == StandardCharsets.UTF_16LE ? "UTF-16LE" : cs.name();
        return ("<?xml version=\"1.0\" encoding=\"" + declared + "\"?>" + xml).getBytes(cs);
    }

    @Test
    void aPlainAnswerReadsInEveryEncoding() throws IOException {
        for (Charset cs : ENCODINGS) {
            JobResponse r = CiXml.read(doc("<Response><JobsDetail><JobId>j1</JobId></JobsDetail></Response>", cs),
                    JobResponse.class);
            assertThat(r.getJobsDetail().get(0).getJobId()).as(cs.name()).isEqualTo("j1");
        }
    }

    @Test
    void deepNestingHugeDocumentsAndDoctypesAreRefusedInEveryEncoding() {
        String deep = "<Response><JobsDetail><Operation>" + "<X>".repeat(CiXml.MAX_DEPTH)
                + "</X>".repeat(CiXml.MAX_DEPTH) + "</Operation></JobsDetail></Response>";
        String huge = "<Response><JobsDetail><JobId>" + "j".repeat((int) CiXml.MAX_CHARACTERS)
                + "</JobId></JobsDetail></Response>";
        String doctype = "<!DOCTYPE r [<!ENTITY e \"boom\">]><Response><JobsDetail><JobId>j1</JobId></JobsDetail>"
                + "</Response>";
        for (Charset cs : ENCODINGS) {
            assertThatThrownBy(() -> CiXml.read(doc(deep, cs), JobResponse.class)).as("depth, " + cs.name())
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> CiXml.read(doc(huge, cs), JobResponse.class)).as("size, " + cs.name())
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> CiXml.read(doc(doctype, cs), JobResponse.class)).as("DOCTYPE, " + cs.name())
                    .isInstanceOf(IOException.class).hasMessageContaining("DOCTYPE");
        }
    }
}
