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
package io.github.cameltencent.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sound.sampled.AudioSystem;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.submit.TextSplitter;

/** Waiting for completion without threads, text over the limit (upload and split). */
class JobFlowsTest extends CamelTestSupport {

    static final String ID = "AKIDFLOWS01";
    static final String KEY = "flows-secret-2";
    static final String REGION = "ap-guangzhou";
    static final String BUCKET = "flows-1250000000";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(ID, KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(30)).concurrency(4).speech(false)
                    .failMarker("#fail#"));

    static TencentCiEmulator emulator() {
        return EMULATOR.emulator();
    }

    @AfterEach
    void release() {
        emulator().holdMarker(null);
        emulator().releaseHeldJobs();
    }

    static String uri(String options) {
        return "tencent-tts:submit?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + ID + "&secretKey=RAW("
                + KEY + ")&endpointOverride=" + emulator().baseUrl() + "&waitInterval=50&waitMaxInterval=200"
                + (options.isEmpty() ? "" : "&" + options);
    }

    Exchange send(String options, String text) {
        return template.send(uri(options), e -> e.getMessage().setBody(text));
    }

    @Test
    void waitingEndsWithTheFinishedJob() {
        Exchange e = send("waitForCompletion=true&mode=Sync&codec=wav", "Wait for me.");
        assertThat(e.getException()).isNull();
        JobsDetail job = e.getMessage().getBody(JobsDetail.class);
        assertThat(job.getState()).isEqualTo("Success");
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_STATE)).isEqualTo("Success");
        assertThat(job.getOperation().getMediaResult()).isNotNull();
    }

    @Test
    void waitingWithDownloadEndsWithTheAudio() throws Exception {
        Exchange e = send("waitForCompletion=true&download=true&mode=Sync&codec=wav", "Audio, please.");
        assertThat(e.getException()).isNull();
        byte[] audio = e.getMessage().getBody(byte[].class);
        try (var in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio))) {
            assertThat(in.getFrameLength()).isPositive();
        }
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class).getState())
                .isEqualTo("Success");
        assertThat(e.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
    }

    @Test
    void aFailedJobFailsTheExchangeWithItsCodeAndMessage() {
        Exchange e = send("waitForCompletion=true", "this will #fail#");
        assertThat(e.getException()).isInstanceOf(TencentTtsJobFailedException.class);
        TencentTtsJobFailedException f = (TencentTtsJobFailedException) e.getException();
        assertThat(f.getCode()).isEqualTo("SynthesisFailed");
        assertThat(f.getErrorMessage()).isNotBlank();
        assertThat(f.getJobId()).isEqualTo(e.getMessage().getHeader(TencentTtsConstants.JOB_ID));
    }

    @Test
    void aTimeoutContinuesWithTheJobStillRunningNotFailed() {
        emulator().holdMarker("#hold#");
        Exchange e = send("waitForCompletion=true&waitTimeout=400", "takes hours #hold#");
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_STATE)).isIn("Submitted", "Running");
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class)).isNotBlank();
    }

    @Test
    void aThousandWaitingExchangesHoldAFewThreads() throws Exception {
        emulator().holdMarker("#hold#");
        // four held jobs take every slot: everything submitted after them waits
        List<CompletableFuture<Exchange>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(template.asyncSend(uri("waitForCompletion=true"), e -> e.getMessage().setBody("slot #hold#")));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().jobs().stream()
                .filter(j -> "Running".equals(j.state())).count() == 4);
        int before = ManagementFactory.getThreadMXBean().getThreadCount();
        for (int i = 0; i < 1000; i++) {
            String text = "waiting " + i;
            all.add(template.asyncSend(uri("waitForCompletion=true"), e -> e.getMessage().setBody(text)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> emulator().jobs().size() >= 1004);
        int peak = ManagementFactory.getThreadMXBean().getThreadCount();
        assertThat(all).allMatch(f -> !f.isDone());
        assertThat(peak - before).as("threads added while 1000 exchanges wait").isLessThan(30);

        emulator().releaseHeldJobs();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(all).allMatch(f -> f.join().getException() == null
                && "Success".equals(f.join().getMessage().getHeader(TencentTtsConstants.JOB_STATE)));
    }

    @Test
    void charactersAreCountedAsTheServiceCountsThem() {
        assertThat(send("", "😀".repeat(300)).getException()).isNull();
        assertThat(send("", "語".repeat(300)).getException()).isNull();
        Exchange over = send("", "😀".repeat(301));
        assertThat(over.getException()).isInstanceOf(TencentTtsValidationException.class)
                .hasMessageContaining("301").hasMessageContaining("longTextStrategy");
    }

    @Test
    void uploadStrategySpeaksTheTextFromCosAndRemovesItAfterwards() {
        String text = "A long text. ".repeat(80); // 1040 characters
        long before = textObjects();
        Exchange e = send("longTextStrategy=upload&longTextPrefix=long/&waitForCompletion=true&mode=Asyc", text);
        assertThat(e.getException()).isNull();
        JobsDetail job = e.getMessage().getBody(JobsDetail.class);
        assertThat(job.getState()).isEqualTo("Success");
        assertThat(job.getOperation().getTtsConfig().getInputType()).isEqualTo("Url");
        assertThat(job.getOperation().getTtsConfig().getInput()).contains("/long/").endsWith(".txt");
        // removed once the job ended, on the endpoint's io pool beside the exchange's delivery
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> textObjects() == before);

        Exchange kept = send("longTextStrategy=upload&longTextPrefix=long/&waitForCompletion=true&keepLongText=true",
                text);
        assertThat(kept.getException()).isNull();
        assertThat(textObjects()).isEqualTo(before + 1);
        String key = kept.getMessage().getBody(JobsDetail.class).getOperation().getTtsConfig().getInput()
                .replaceFirst("^https://[^/]+/", "");
        assertThat(new String(emulator().object(BUCKET, key).data(), StandardCharsets.UTF_8)).isEqualTo(text);

        long requests = emulator().requestCount();
        Exchange sync = send("longTextStrategy=upload&mode=Sync", text);
        assertThat(sync.getException()).isInstanceOf(TencentTtsValidationException.class)
                .hasMessageContaining("300").hasMessageContaining("Sync");
        Exchange huge = send("longTextStrategy=upload", "x".repeat(10_001));
        assertThat(huge.getException()).hasMessageContaining("10000");
        assertThat(emulator().requestCount()).isEqualTo(requests);
    }

    private long textObjects() {
        return emulator().objects().stream().filter(o -> o.key().startsWith("long/")).count();
    }

    @Test
    void splitStrategyMakesJobsWithinTheLimitInOrderAndJoinsWav() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            sb.append("Sentence number ").append(i).append(" is here. ");
        }
        String text = sb.toString(); // about 780 characters
        Exchange e = send("longTextStrategy=split&waitForCompletion=true&download=true&mode=Sync&codec=wav"
                + "&outputObject=book/chapter.wav", text);
        assertThat(e.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<String> ids = e.getMessage().getHeader(TencentTtsConstants.JOB_IDS, List.class);
        assertThat(e.getMessage().getHeader(TencentTtsConstants.SPLIT_COUNT)).isEqualTo(ids.size());
        assertThat(ids.size()).isBetween(3, 4);
        StringBuilder rejoined = new StringBuilder();
        ByteBuffer expectedPcm = ByteBuffer.allocate(10_000_000);
        for (int i = 0; i < ids.size(); i++) {
            var job = emulator().job(ids.get(i));
            assertThat(job.input().codePointCount(0, job.input().length())).isLessThanOrEqualTo(300);
            assertThat(job.input()).endsWith(" ");
            rejoined.append(job.input());
            assertThat(job.outputObject()).isEqualTo("book/chapter-" + (i + 1) + ".wav");
            byte[] wav = emulator().object(BUCKET, job.outputObject()).data();
            expectedPcm.put(wav, 44, wav.length - 44);
        }
        assertThat(rejoined.toString()).isEqualTo(text);
        byte[] joined = e.getMessage().getBody(byte[].class);
        int dataSize = ByteBuffer.wrap(joined, 40, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(dataSize).isEqualTo(expectedPcm.position());
        byte[] expected = new byte[expectedPcm.position()];
        expectedPcm.flip().get(expected);
        assertThat(java.util.Arrays.copyOfRange(joined, 44, joined.length)).isEqualTo(expected);
    }

    @Test
    void splitMp3GivesTheOrderedPiecesAndWithoutWaitingTheJobs() {
        String text = "Short sentence. ".repeat(40);
        Exchange e = send("longTextStrategy=split&waitForCompletion=true&download=true&codec=mp3", text);
        assertThat(e.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<byte[]> pieces = e.getMessage().getBody(List.class);
        @SuppressWarnings("unchecked")
        List<String> ids = e.getMessage().getHeader(TencentTtsConstants.JOB_IDS, List.class);
        assertThat(pieces).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(pieces.get(i)).isEqualTo(emulator().object(BUCKET, emulator().job(ids.get(i)).outputObject())
                    .data());
        }
        Exchange noWait = send("longTextStrategy=split", text);
        @SuppressWarnings("unchecked")
        List<JobsDetail> jobs = noWait.getMessage().getBody(List.class);
        assertThat(jobs).hasSizeGreaterThan(1);
        assertThat(jobs.get(0).getOperation().getUserData()).startsWith("split:").endsWith("1/" + jobs.size());
    }

    @Test
    void splitterCutsAtSentencesAndNeverOverTheLimit() {
        String cjk = "这是第一句话。这是第二句话！这是第三句话？".repeat(30);
        List<String> pieces = TextSplitter.split(cjk, 300);
        assertThat(String.join("", pieces)).isEqualTo(cjk);
        assertThat(pieces).allMatch(p -> TextSplitter.length(p) <= 300);
        assertThat(pieces).allMatch(p -> p.endsWith("。") || p.endsWith("！") || p.endsWith("？"));
        String noStops = "word ".repeat(200);
        List<String> cut = TextSplitter.split(noStops, 300);
        assertThat(String.join("", cut)).isEqualTo(noStops);
        assertThat(cut).allMatch(p -> TextSplitter.length(p) <= 300);
        String emoji = "😀".repeat(650);
        assertThat(TextSplitter.split(emoji, 300)).extracting(TextSplitter::length).containsExactly(300, 300, 50);
    }
}
