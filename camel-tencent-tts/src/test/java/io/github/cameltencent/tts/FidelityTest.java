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

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.client.CiAuthenticationException;
import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiClientConfig;
import io.github.cameltencent.tts.client.CiErrorCode;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.client.CiThrottledException;
import io.github.cameltencent.tts.client.credentials.StaticCredentialsProvider;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.MediaQueue;
import io.github.cameltencent.tts.model.Template;

/**
 * What the documents say, on the component's side: speech queues (list, pause, resume), CI's error codes classified,
 * the raw comma of a batched look-up, and the documented voice, template name, key and Url rules checked before any
 * I/O (and no rule the documents do not state).
 */
class FidelityTest extends TtsTestSupport {

    private JobsDetail submit(String options, String text) {
        Exchange e = send(uri("submit", options), text, Map.of());
        assertThat(e.getException()).isNull();
        return e.getMessage().getBody(JobsDetail.class);
    }

    private Exception refused(String uri, Object body) {
        long before = emulator().requestCount();
        Exchange e = send(uri, body, Map.of());
        assertThat(emulator().requestCount()).as("refused before any request").isEqualTo(before);
        return e.getException();
    }

    // ------------------------------------------------------------------ speech queues

    @Test
    void getQueuesListsTheSpeechQueueTtsJobsRunIn() {
        JobsDetail job = submit("mode=Sync&codec=wav", "Which queue am I in?");
        Exchange e = send(uri("getQueues", ""), null, Map.of());
        assertThat(e.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<MediaQueue> queues = e.getMessage().getBody(List.class);
        assertThat(queues).extracting(MediaQueue::getQueueId).contains(job.getQueueId());
        assertThat(emulator().requestCount("getSpeechQueues")).isPositive();
    }

    @Test
    void updateQueuePausesAndResumesTheSpeechQueueKeepingItsCallback() {
        String queue = emulator().queueId(BUCKET);
        Exchange before = send(uri("getQueues", "queueId=" + queue), null, Map.of());
        MediaQueue original = ((List<?>) before.getMessage().getBody(List.class)).stream()
                .map(MediaQueue.class::cast).findFirst().orElseThrow();
        try {
            Exchange paused = send(uri("updateQueue", "queueState=Paused&queueId=" + queue), null, Map.of());
            assertThat(paused.getException()).isNull();
            assertThat(paused.getMessage().getBody(MediaQueue.class).getState()).isEqualTo("Paused");
            assertThat(paused.getMessage().getHeader(TencentTtsConstants.RESULT_QUEUE_STATE)).isEqualTo("Paused");
            assertThat(paused.getMessage().getBody(MediaQueue.class).getName()).isEqualTo(original.getName());
            assertThat(paused.getMessage().getBody(MediaQueue.class).getNotifyConfig())
                    .isEqualTo(original.getNotifyConfig());

            JobsDetail waiting = submit("mode=Sync&codec=wav", "Wait for the queue.");
            assertThat(waiting.getState()).isEqualTo("Pause");
            Exchange onlyPaused = send(uri("getQueues", ""), null, Map.of(TencentTtsConstants.QUEUE_STATE, "Paused"));
            assertThat((List<?>) onlyPaused.getMessage().getBody(List.class)).hasSize(1);
            Exchange onlyActive = send(uri("getQueues", "queueState=Active"), null, Map.of());
            assertThat((List<?>) onlyActive.getMessage().getBody(List.class)).isEmpty();

            Exchange resumed = send(uri("updateQueue", "queueId=" + queue), null,
                    Map.of(TencentTtsConstants.QUEUE_STATE, "Active"));
            assertThat(resumed.getMessage().getBody(MediaQueue.class).getState()).isEqualTo("Active");
            await().atMost(Duration.ofSeconds(20)).until(() -> emulator().job(waiting.getJobId()).isTerminal());
            assertThat(emulator().job(waiting.getJobId()).toJobsDetail(false).get("State")).isEqualTo("Success");
        } finally {
            send(uri("updateQueue", "queueState=Active&queueId=" + queue), null, Map.of());
        }
        assertThat(refused(uri("updateQueue", "queueId=" + queue), null))
                .isInstanceOf(TencentTtsValidationException.class).hasMessageContaining("queueState");
        assertThat(refused(uri("updateQueue", "queueState=Stopped&queueId=" + queue), null))
                .hasMessageContaining("queueState");
    }

    // ------------------------------------------------------------------ templates

    @Test
    void getTemplatesListsByCategory() {
        Exchange made = send(uri("createTemplate", "templateName=中文模板_1&mode=Sync&codec=mp3"), null, Map.of());
        assertThat(made.getException()).isNull();
        String id = made.getMessage().getBody(Template.class).getTemplateId();
        Exchange custom = send(uri("getTemplates", "templateCategory=Custom"), null, Map.of());
        assertThat((List<?>) custom.getMessage().getBody(List.class)).extracting(t -> ((Template) t).getTemplateId())
                .contains(id);
        Exchange official = send(uri("getTemplates", ""), null, Map.of(TencentTtsConstants.TEMPLATE_CATEGORY,
                "Official"));
        assertThat(official.getException()).isNull();
        assertThat((List<?>) official.getMessage().getBody(List.class)).as("no preset TTS templates").isEmpty();
        assertThat(refused(uri("getTemplates", "templateCategory=Mine"), null)).hasMessageContaining(
                "templateCategory");
    }

    @Test
    void templateNamesFollowTheDocumentedCharsetAndLength() {
        assertThat(refused(uri("createTemplate", "templateName=RAW(no spaces!)"), null))
                .isInstanceOf(TencentTtsValidationException.class).hasMessageContaining("templateName");
        assertThat(refused(uri("createTemplate", "templateName=" + "n".repeat(65)), null))
                .hasMessageContaining("at most 64");
        assertThat(send(uri("createTemplate", "templateName=ok-name*2"), null, Map.of()).getException()).isNull();
    }

    // ------------------------------------------------------------------ voices

    @Test
    void voicesModesAndEmotionsFollowTheTemplateDocument() {
        // a voice the documents do not list is the service's to judge (VocabularyTest); the rules for listed ones hold
        assertThat(refused(uri("submit", "mode=Sync&voiceType=aixiaonan"), "hi"))
                .hasMessageContaining("voiceType").hasMessageContaining("Asyc mode only");
        assertThat(refused(uri("submit", "voiceType=ruxue&emotion=arousal"), "hi")).hasMessageContaining("emotion");
        assertThat(submit("mode=Asyc&voiceType=aixiaonan&codec=pcm", "Asyc is fine").getState()).isNotNull();
        assertThat(submit("mode=Sync&voiceType=aixiaoxing&emotion=arousal&codec=wav", "Excited!").getState())
                .isNotNull();
    }

    // ------------------------------------------------------------------ keys and Url inputs: COS's rules, no more

    @Test
    void objectKeysFollowCosRulesAndNothingStricter() {
        assertThat(refused(uri("submit", "mode=Sync&codec=wav&outputObject=" + "k".repeat(851)), "hi"))
                .hasMessageContaining("850");
        assertThat(refused(uri("submit", "mode=Sync&codec=wav&outputObject=RAW(/root.wav)"), "hi"))
                .hasMessageContaining("must not start");
        // COS accepts dots, spaces and non-ASCII in keys; the component does not invent a rule against them
        JobsDetail dotted = submit("mode=Sync&codec=wav&outputObject=RAW(v1.2/a b/声音..wav)", "Dots are fine.");
        assertThat(dotted.getOperation().getOutput().getObject()).isEqualTo("v1.2/a b/声音..wav");
        emulator().putObject(BUCKET, "texts/my text.txt", "A text with a space in its key.".getBytes(),
                "text/plain");
        JobsDetail url = submit("inputType=Url&mode=Sync&codec=wav", "https://" + BUCKET + ".cos." + REGION
                + ".myqcloud.com/texts/my text.txt");
        assertThat(url.getJobId()).isNotBlank();
    }

    @Test
    void anUploadedLongTextFollowsTheTemplatesSyncLimit() {
        Exchange made = send(uri("createTemplate", "templateName=sync_tpl&mode=Sync&codec=wav"), null, Map.of());
        String templateId = made.getMessage().getBody(Template.class).getTemplateId();
        long uploads = emulator().requestCount("putObject");
        Exchange e = send(uri("submit", "longTextStrategy=upload&templateId=" + templateId), "x".repeat(400),
                Map.of());
        assertThat(e.getException()).isInstanceOf(TencentTtsValidationException.class)
                .hasMessageContaining("at most 300 in Sync mode");
        assertThat(emulator().requestCount("putObject")).as("nothing uploaded").isEqualTo(uploads);
    }

    // ------------------------------------------------------------------ the wire and the errors

    @Test
    void aBatchedLookUpSendsTheRawCommaAsTencentsSdksDo() throws Exception {
        String a = submit("mode=Sync&codec=wav", "First.").getJobId();
        String b = submit("mode=Sync&codec=wav", "Second.").getJobId();
        // a recording proxy shows the request line as it went on the wire
        try (TestProxy proxy = new TestProxy(emulator().port(), "wire", "wire-pass");
             CiClient client = testClient(new CiClientConfig(REGION, URI.create(emulator().baseUrl()), null, null,
                     "127.0.0.1", proxy.port(), "wire", "wire-pass", null, 0, null, 0, 0, null),
                     StaticCredentialsProvider.ofNullable(SECRET_ID, SECRET_KEY, null))) {
            var found = CiClient.join(client.describeJobs(BUCKET, List.of(a, b))).body().getJobsDetail();
            assertThat(found).extracting(JobsDetail::getJobId).containsExactlyInAnyOrder(a, b);
            assertThat(proxy.requestLines).anySatisfy(line -> assertThat(line).contains("/jobs/" + a + "," + b));
            assertThat(proxy.requestLines).noneSatisfy(line -> assertThat(line).contains("%2C"));
        }
    }

    @Test
    void aFullQueueIsRetriedAfterAPauseAndThenReportedAsThrottling() {
        try (var full = io.github.cameltencent.emulator.TencentCiEmulator.builder().credential(SECRET_ID, SECRET_KEY)
                .queueMaxSize(1).concurrency(1).processingTime(Duration.ofSeconds(30)).speech(false).start()) {
            String base = "tencent-tts:submit?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + SECRET_ID
                    + "&secretKey=RAW(" + SECRET_KEY + ")&endpointOverride=" + full.baseUrl()
                    + "&mode=Sync&codec=wav&maxRetries=2&retryBaseDelay=20&retryMaxDelay=50";
            // one job runs, one waits: the queue is full from the next one on
            assertThat(send(base, "runs", Map.of()).getException()).isNull();
            assertThat(send(base, "waits", Map.of()).getException()).isNull();
            long before = full.requestCount("submitJob");
            Exchange e = send(base, "no room", Map.of());
            assertThat(e.getException()).isInstanceOf(CiThrottledException.class);
            assertThat(((CiException) e.getException()).getErrorCode()).isEqualTo("QueueSaturated");
            assertThat(full.requestCount("submitJob") - before).as("sent again: nothing was done").isEqualTo(3);
        }
    }

    @Test
    void everyDocumentedCodeIsClassified() {
        // CI host
        assertThat(CiErrorCode.classify(403, "QueueSaturated", "queue full")).isEqualTo(CiErrorCode.Kind.THROTTLING);
        assertThat(CiErrorCode.classify(429, "SlowDown", null)).isEqualTo(CiErrorCode.Kind.THROTTLING);
        assertThat(CiErrorCode.classify(503, "ServiceUnavailable", null)).isEqualTo(CiErrorCode.Kind.THROTTLING);
        assertThat(CiErrorCode.classify(500, "InternalError", null)).isEqualTo(CiErrorCode.Kind.SERVER);
        assertThat(CiErrorCode.classify(401, "SignatureExpired", null)).isEqualTo(CiErrorCode.Kind.CLOCK);
        assertThat(CiErrorCode.classify(401, "AccessDenied", "RequestTimeTooSkewed: off by 20 min"))
                .isEqualTo(CiErrorCode.Kind.CLOCK);
        assertThat(CiErrorCode.classify(401, "AccessDenied", "SignatureDoesNotMatch: ..."))
                .isEqualTo(CiErrorCode.Kind.AUTHENTICATION);
        for (String code : List.of("MissingAuthorization", "InvalidAuthorization", "SecretidNotExist")) {
            assertThat(CiErrorCode.classify(401, code, null)).as(code).isEqualTo(CiErrorCode.Kind.AUTHENTICATION);
        }
        for (String code : List.of("InvalidArgument", "MissingContent", "InvalidContent", "InvalidHost",
                "ResourceNotFound", "ResourceAccessDenied", "ResourceDownloadFailed", "CIRoleNotExist",
                "ResourceNotSupported", "MediaBucketAlreadyBinded", "QueuePaused", "InvalidUrl",
                "AuditingJobNotFound", "MissingContentLength", "UnavailableForLegalReasons", "NotImplemented",
                "PermanentRedirect", "TemporaryRedirect")) {
            assertThat(CiErrorCode.classify(400, code, null)).as(code).isEqualTo(CiErrorCode.Kind.REQUEST);
        }
        // COS host
        assertThat(CiErrorCode.classify(403, "RequestTimeTooSkewed", null)).isEqualTo(CiErrorCode.Kind.CLOCK);
        assertThat(CiErrorCode.classify(403, "AccessDenied", "Request has expired")).isEqualTo(CiErrorCode.Kind.CLOCK);
        for (String code : List.of("InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken")) {
            assertThat(CiErrorCode.classify(403, code, null)).as(code).isEqualTo(CiErrorCode.Kind.AUTHENTICATION);
        }
        for (String code : List.of("NoSuchKey", "BadDigest", "InvalidRange", "MalformedXML", "NoSuchBucket")) {
            assertThat(CiErrorCode.classify(404, code, null)).as(code).isEqualTo(CiErrorCode.Kind.REQUEST);
        }
        // codes added later fall back to their status
        assertThat(CiErrorCode.classify(502, "SomethingNew", null)).isEqualTo(CiErrorCode.Kind.SERVER);
        assertThat(CiErrorCode.classify(401, "SomethingNew", null)).isEqualTo(CiErrorCode.Kind.AUTHENTICATION);
        // and the exception types follow
        assertThat(CiException.of("op", 403, "QueueSaturated", "", null, null)).isInstanceOf(CiThrottledException.class)
                .satisfies(e -> assertThat(e.isRefused()).isTrue());
        assertThat(CiException.of("op", 401, "SecretidNotExist", "", null, null))
                .isInstanceOf(CiAuthenticationException.class).satisfies(e -> assertThat(e.isRetryable()).isFalse());
        assertThat(CiException.of("op", 500, "InternalError", "", null, null))
                .satisfies(e -> assertThat(e.isRetryable() && !e.isRefused()).isTrue());
    }
}
