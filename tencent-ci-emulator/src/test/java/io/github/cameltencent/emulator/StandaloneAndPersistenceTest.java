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
package io.github.cameltencent.emulator;

import static io.github.cameltencent.emulator.RawClient.BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.cameltencent.emulator.xml.XmlNode;

/** The emulator as a separate process, and what it keeps across restarts with a data directory. */
class StandaloneAndPersistenceTest {

    @Test
    void standaloneProcessPrintsOneReadyLineAndServesSignedRequests(@TempDir Path tmp) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmulatorMain.class.getName(), "--port", "0", "--secret-id", "AKIDA", "--secret-key", "keyA",
                "--secret-id", "AKIDB", "--secret-key", "keyB", "--processing-time-ms", "0", "--no-speech",
                "--voice", "aixiaomei")
                .redirectError(err.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("Tencent CI emulator listening on http://127\\.0\\.0\\.1:(\\d+)").matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            int port = Integer.parseInt(m.group(1));
            // the console's address goes to standard error, printed before the ready line
            assertThat(Files.readString(err)).contains("Console (jobs, templates, queues, audio): "
                    + "http://127.0.0.1:" + port + "/_emulator/");
            assertThat(new RawClient(port, "AKIDA", "keyA").ci("GET", "/jobs?tag=Tts", null).status()).isEqualTo(200);
            assertThat(new RawClient(port, "AKIDB", "keyB").ci("GET", "/jobs?tag=Tts", null).status()).isEqualTo(200);
            assertThat(new RawClient(port, "AKIDB", "keyA").ci("GET", "/jobs?tag=Tts", null).status()).isEqualTo(401);
            String added = RawClient.job("<TtsTpl><Mode>Sync</Mode><VoiceType>aixiaomei</VoiceType></TtsTpl>", "hi",
                    "v.wav");
            assertThat(new RawClient(port, "AKIDA", "keyA").ci("POST", "/jobs", added).status()).as("--voice")
                    .isEqualTo(200);
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void badArgumentsExitWithUsage() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmulatorMain.class.getName(), "--secret-id", "only-an-id").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(output).contains("usage:");
    }

    @Test
    void aMisspeltFaultOperationIsAnErrorNamingTheKnownOnes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmulatorMain.class.getName(), "--port", "0", "--secret-id", "AKIDA", "--secret-key", "keyA",
                "--fault", "submitjob:503=1").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(output).contains("unknown operation 'submitjob'").contains("submitJob").contains("listJobs");
    }

    @Test
    void dataDirKeepsObjectsJobsTemplatesAndQueueSettings(@TempDir File dir) throws java.io.IOException {
        String jobId;
        String templateId;
        String queue;
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey")
                .dataDir(dir.toPath()).processingTime(Duration.ZERO).speech(false).start()) {
            RawClient c = new RawClient(emu.port(), "AKIDTEST", "testkey");
            assertThat(c.cos("PUT", "keep/me.txt", "first".getBytes(), "text/plain", Map.of()).status())
                    .isEqualTo(200);
            assertThat(c.cos("PUT", "keep/me.txt", "kept".getBytes(), "text/plain", Map.of()).status()).isEqualTo(200);
            // objects are written as jobs are: into a temporary file moved into place, so none is left behind
            try (var files = java.nio.file.Files.list(dir.toPath().resolve("objects"))) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .hasSize(2).allMatch(n -> n.endsWith(".data") || n.endsWith(".meta"));
            }
            templateId = c.ci("POST", "/template", "<Request><Tag>Tts</Tag><Name>kept</Name></Request>").xml()
                    .path("Template").get("TemplateId");
            jobId = c.ci("POST", "/jobs", RawClient.ttsJob("keep this job", "", "")).xml().child("JobsDetail")
                    .get("JobId");
            await().atMost(Duration.ofSeconds(20)).until(() -> emu.job(jobId).isTerminal());
            queue = emu.queueId(BUCKET);
            assertThat(c.ci("PUT", "/asrqueue/" + queue, "<Request><Name>kept-queue</Name><State>Paused</State>"
                    + "<NotifyConfig><Url>http://127.0.0.1:1/x</Url><State>On</State><Type>Url</Type>"
                    + "<Event>TaskFinish</Event></NotifyConfig></Request>").status()).isEqualTo(200);
        }
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey")
                .dataDir(dir.toPath()).speech(false).start()) {
            RawClient c = new RawClient(emu.port(), "AKIDTEST", "testkey");
            assertThat(c.cos("GET", "keep/me.txt", null, null, Map.of()).text()).isEqualTo("kept");
            var detail = c.ci("GET", "/jobs/" + jobId, null).xml().child("JobsDetail");
            assertThat(detail.get("State")).isEqualTo("Success");
            String object = detail.path("Operation", "Output").get("Object");
            assertThat(detail.path("Operation", "MediaResult", "OutputFile", "Md5Info").get("Md5"))
                    .isEqualTo(emu.object(BUCKET, object).md5());
            assertThat(c.ci("GET", "/template?tag=Tts&ids=" + templateId, null).xml().get("TotalCount"))
                    .isEqualTo("1");
            XmlNode kept = c.ci("GET", "/asrqueue", null).xml().child("QueueList");
            assertThat(kept.path("NotifyConfig").get("State")).isEqualTo("On");
            assertThat(kept.get("Name")).isEqualTo("kept-queue");
            assertThat(kept.get("State")).isEqualTo("Paused");
            assertThat(emu.queueId(BUCKET)).isEqualTo(queue);
            // new jobs continue the order of the old ones (and wait: the kept queue is still paused)
            String next = c.ci("POST", "/jobs", RawClient.ttsJob("after restart", "", "")).xml().child("JobsDetail")
                    .get("JobId");
            assertThat(emu.job(next).state()).isEqualTo("Pause");
            List<String> asc = c.ci("GET", "/jobs?tag=Tts&orderByTime=Asc&size=100", null).xml().all("JobsDetail")
                    .stream().map(d -> d.get("JobId")).toList();
            assertThat(asc).containsSubsequence(jobId, next);
        }
    }
}
