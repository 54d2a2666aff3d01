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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.XmlModelTest;

/**
 * The fast job-answer reader gives the same jobs as the full codec, reads the component's facts without building
 * the Operation, builds it once for a whole list from any thread, and refuses a DOCTYPE in any encoding.
 */
class JobAnswerReaderTest {

    private static final String LIST = "<Response>" + XmlModelTest.CALLBACK.replaceAll("(?s).*(<JobsDetail>.*"
            + "</JobsDetail>).*", "$1") + XmlModelTest.SUBMIT_RESPONSE.replaceAll("(?s).*(<JobsDetail>.*</JobsDetail>).*",
            "$1") + "<NextToken>next-1</NextToken><NonExistJobIds>jgone</NonExistJobIds></Response>";

    @Test
    void theJobsAreTheOnesTheFullCodecReads() throws Exception {
        byte[] bytes = LIST.getBytes(StandardCharsets.UTF_8);
        JobResponse fast = JobAnswerReader.read(bytes);
        JobResponse full = CiXml.read(bytes, JobResponse.class);
        assertThat(fast.getJobsDetail()).hasSize(2);
        assertThat(fast.getNextToken()).isEqualTo("next-1");
        assertThat(fast.getNonExistJobIds()).containsExactly("jgone");
        for (int i = 0; i < 2; i++) {
            JobsDetail lazy = fast.getJobsDetail().get(i);
            JobsDetail eager = full.getJobsDetail().get(i);
            // the facts are there before the Operation is built, and agree with the full graph
            assertThat(((LazyJobsDetail) lazy).isBuilt()).isFalse();
            assertThat(JobFacts.of(lazy)).isEqualTo(JobFacts.of(eager));
            assertThat(((LazyJobsDetail) lazy).isBuilt()).as("reading facts builds nothing").isFalse();
            assertThat(lazy.getJobId()).isEqualTo(eager.getJobId());
            assertThat(lazy.getState()).isEqualTo(eager.getState());
            // and once asked, the Operation is the full codec's
            assertThat(lazy).isEqualTo(eager);
            assertThat(lazy.getOperation()).isEqualTo(eager.getOperation());
        }
        assertThat(JobFacts.of(fast.getJobsDetail().get(0)).md5()).isEqualTo("ab12");
        assertThat(JobFacts.of(fast.getJobsDetail().get(1)).userData()).isEqualTo("This is my data.");
    }

    @Test
    void theByteScannerAndTheParserReadTheSameAndTheScannerLeavesWhatItDoesNotHandleToTheParser() throws Exception {
        String withEntities = LIST.replace("This is my data.", "Tom &amp; Jerry &lt;3 &#x4F60;&#22909;");
        for (String doc : List.of(LIST, withEntities, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + LIST)) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            Utf8Tags.root(bytes); // the fast path takes it
            JobResponse fast = JobAnswerReader.read(bytes);
            JobResponse parsed = JobAnswerReader.readWithParser(bytes);
            JobResponse full = CiXml.read(bytes, JobResponse.class);
            for (int i = 0; i < 2; i++) {
                assertThat(JobFacts.of(fast.getJobsDetail().get(i))).isEqualTo(JobFacts.of(parsed.getJobsDetail().get(i)));
                assertThat(fast.getJobsDetail().get(i)).isEqualTo(full.getJobsDetail().get(i));
            }
            assertThat(fast.getNextToken()).isEqualTo(parsed.getNextToken());
            assertThat(fast.getNonExistJobIds()).isEqualTo(parsed.getNonExistJobIds());
        }
        assertThat(JobFacts.of(JobAnswerReader.read(withEntities.getBytes(StandardCharsets.UTF_8)).getJobsDetail()
                .get(1)).userData()).isEqualTo("Tom & Jerry <3 你好");
        // a comment, another encoding, a mismatched tag: not for the scanner, the parser decides
        List<byte[]> others = List.of(LIST.replace("<NextToken>", "<!-- c --><NextToken>").getBytes(
                StandardCharsets.UTF_8), ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + LIST).getBytes(
                StandardCharsets.UTF_16));
        for (byte[] other : others) {
            assertThatThrownBy(() -> Utf8Tags.root(other).skip()).isInstanceOf(Utf8Tags.Unsupported.class);
            assertThat(JobAnswerReader.read(other).getJobsDetail()).hasSize(2);
        }
        // whatever follows the root element is looked at too: a comment there is also the parser's to read
        byte[] trailing = (LIST + "<!-- after -->").getBytes(StandardCharsets.UTF_8);
        Utf8Tags scanner = Utf8Tags.root(trailing);
        scanner.skip();
        assertThatThrownBy(scanner::end).isInstanceOf(Utf8Tags.Unsupported.class);
        assertThat(JobAnswerReader.read(trailing).getJobsDetail()).hasSize(2);
        // a zero byte in a text the component reads: XML does not allow it, and the parser says so
        byte[] zero = LIST.replace("This is my data.", "This is\0 my data.").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JobAnswerReader.read(zero)).isInstanceOf(IOException.class);
        byte[] broken = LIST.replace("</NextToken>", "</NextTokn>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JobAnswerReader.read(broken)).isInstanceOf(IOException.class);
    }

    @Test
    void manyThreadsAskingAtOnceGetOneOperationEach() throws Exception {
        StringBuilder sb = new StringBuilder("<Response>");
        String one = XmlModelTest.SUBMIT_RESPONSE.replaceAll("(?s).*(<JobsDetail>.*</JobsDetail>).*", "$1");
        for (int i = 0; i < 100; i++) {
            sb.append(one.replace("j8d9d3f5e36a511ed8a4b5bd6a2a9b3c6", "job" + i));
        }
        JobResponse r = JobAnswerReader.read(sb.append("</Response>").toString().getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Object>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                for (JobsDetail j : r.getJobsDetail()) {
                    all.add(CompletableFuture.supplyAsync(j::getOperation, pool));
                }
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            for (JobsDetail j : r.getJobsDetail()) {
                assertThat(all).filteredOn(f -> f.join() == j.getOperation()).hasSize(8);
                assertThat(j.getOperation().getOutput().getObject()).isEqualTo("demo.mp3");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDoctypeIsRefusedInAnyEncoding() {
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16)) {
            byte[] xml = ("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?><!DOCTYPE Response ["
                    + "<!ENTITY e \"x\">]><Response><JobsDetail><JobId>j</JobId></JobsDetail></Response>")
                    .getBytes(charset);
            assertThatThrownBy(() -> JobAnswerReader.read(xml)).isInstanceOf(IOException.class)
                    .hasMessageContaining("DOCTYPE");
        }
        assertThatThrownBy(() -> JobAnswerReader.read("<Response><JobsDetail>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
