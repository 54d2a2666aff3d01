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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.model.DeleteTemplateResponse;
import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.ListJobsQuery;
import io.github.cameltencent.tts.model.MediaQueue;
import io.github.cameltencent.tts.model.Output;
import io.github.cameltencent.tts.model.Template;
import io.github.cameltencent.tts.model.TemplateRequest;
import io.github.cameltencent.tts.model.TtsConfig;
import io.github.cameltencent.tts.model.TtsTpl;

/** Every producer operation over real HTTP against the emulator. */
class ProducerOperationsTest extends TtsTestSupport {

    private JobsDetail submit(String options, Object body, Map<String, Object> headers) {
        Exchange e = send(uri("submit", options), body, headers);
        assertThat(e.getException()).isNull();
        return e.getMessage().getBody(JobsDetail.class);
    }

    private JobsDetail awaitDone(String jobId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> template.request(uri("getJob", ""),
                e -> e.getMessage().setHeader(TencentTtsConstants.JOB_ID, jobId)).getMessage()
                .getBody(JobsDetail.class), j -> Set.of("Success", "Failed", "Cancel").contains(j.getState()));
    }

    @Test
    void submitReturnsTheJobAndItsHeaders() {
        Exchange e = send(uri("submit", "voiceType=alice&codec=mp3&mode=Sync"), "Hello from Camel", Map.of());
        assertThat(e.getException()).isNull();
        JobsDetail job = e.getMessage().getBody(JobsDetail.class);
        assertThat(job.getState()).isEqualTo("Submitted");
        assertThat(job.getJobId()).startsWith("j");
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_ID)).isEqualTo(job.getJobId());
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_STATE)).isEqualTo("Submitted");
        assertThat(e.getMessage().getHeader(TencentTtsConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(e.getMessage().getHeader(TencentTtsConstants.CREATION_TIME)).isEqualTo(job.getCreationTime());
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_QUEUE_ID)).isEqualTo(emulator().queueId(BUCKET));
        String object = e.getMessage().getHeader(TencentTtsConstants.JOB_OUTPUT_OBJECT, String.class);
        assertThat(object).startsWith("tts/").endsWith(".mp3");
        assertThat(emulator().job(job.getJobId()).input()).isEqualTo("Hello from Camel");

        JobsDetail done = awaitDone(job.getJobId());
        assertThat(done.getState()).isEqualTo("Success");
        assertThat(done.getOperation().getMediaResult().getOutputFile().getMd5Info().get(0).getMd5())
                .isEqualTo(emulator().object(BUCKET, object).md5());
        assertThat(done.getOperation().getMediaInfo().getStream().getAudio().get(0).getCodecName()).isEqualTo("mp3");
    }

    @Test
    void generatedKeysUseTheCodecsExtensionAndTheModesDefault() {
        assertThat(submit("mode=Sync", "wav by default", Map.of()).getOperation().getOutput().getObject())
                .endsWith(".wav");
        assertThat(submit("outputObjectPrefix=speech/2026/", "pcm by default", Map.of()).getOperation().getOutput()
                .getObject()).startsWith("speech/2026/").endsWith(".pcm");
        Template t = template.request(uri("createTemplate", "templateName=codec_probe&codec=mp3&mode=Sync"), null)
                .getMessage().getBody(Template.class);
        assertThat(submit("templateId=" + t.getTemplateId(), "the template's codec", Map.of()).getOperation()
                .getOutput().getObject()).endsWith(".mp3");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            keys.add(submit("", "unique " + i, Map.of()).getOperation().getOutput().getObject());
        }
        assertThat(keys).hasSize(5);
    }

    @Test
    void urlInputSpeaksAnObjectFromCos() {
        emulator().putObject(BUCKET, "texts/long.txt", "A longer text that lives in a bucket.".repeat(20)
                .getBytes(StandardCharsets.UTF_8), "text/plain");
        String url = "https://" + BUCKET + ".cos." + REGION + ".myqcloud.com/texts/long.txt";
        JobsDetail job = submit("inputType=Url&mode=Asyc&codec=pcm", url, Map.of());
        assertThat(job.getOperation().getTtsConfig().getInputType()).isEqualTo("Url");
        assertThat(awaitDone(job.getJobId()).getState()).isEqualTo("Success");
    }

    @Test
    void pojoRequestSendsTheModelAsGiven() {
        JobRequest request = new JobRequest().withOperation(new JobOperation()
                .withTtsTpl(new TtsTpl().withMode("Sync").withCodec("wav").withVoiceType("aixiaoxue")
                        .withEmotion("neutral"))
                .withTtsConfig(new TtsConfig().withInputType("Text").withInput("from a model"))
                .withOutput(new Output().withRegion(REGION).withBucket(BUCKET).withObject("pojo/out.wav"))
                .withUserData("pojo"));
        JobsDetail job = submit("pojoRequest=true", request, Map.of());
        assertThat(storedJob(job.getJobId()).path("Operation", "TtsTpl").get("Emotion")).isEqualTo("neutral");
        assertThat(job.getOperation().getUserData()).isEqualTo("pojo");
        Exchange wrong = send(uri("submit", "pojoRequest=true"), "just text", Map.of());
        assertThat(wrong.getException()).isInstanceOf(TencentTtsValidationException.class)
                .hasMessageContaining("JobRequest");
    }

    @Test
    void getJobByHeaderOrOptionAndUnknownJobs() {
        String id = submit("", "get me", Map.of()).getJobId();
        Exchange byHeader = send(uri("getJob", ""), null, Map.of(TencentTtsConstants.JOB_ID, id));
        assertThat(byHeader.getMessage().getBody(JobsDetail.class).getJobId()).isEqualTo(id);
        assertThat(byHeader.getMessage().getHeader(TencentTtsConstants.JOB_STATE)).isNotNull();
        Exchange byOption = send(uri("getJob", "jobId=" + id), null, Map.of());
        assertThat(byOption.getMessage().getBody(JobsDetail.class).getJobId()).isEqualTo(id);
        Exchange unknown = send(uri("getJob", "jobId=jdeadbeefdeadbeefdeadbeefdeadbeef"), null, Map.of());
        assertThat(unknown.getException()).isInstanceOf(NoSuchJobException.class);
        Exchange missing = send(uri("getJob", ""), null, Map.of());
        assertThat(missing.getException()).isInstanceOf(TencentTtsValidationException.class)
                .hasMessageContaining("jobId");
    }

    @Test
    void listJobsFiltersAndPages() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(submit("userData=listing", "list " + i, Map.of()).getJobId());
        }
        ids.forEach(this::awaitDone);
        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            Map<String, Object> headers = token == null ? Map.of() : Map.of(TencentTtsConstants.NEXT_TOKEN, token);
            Exchange page = send(uri("listJobs", "states=Success&size=2&orderByTime=Asc"), null, headers);
            assertThat(page.getException()).isNull();
            @SuppressWarnings("unchecked")
            List<JobsDetail> jobs = page.getMessage().getBody(List.class);
            assertThat(jobs.size()).isLessThanOrEqualTo(2);
            jobs.forEach(j -> assertThat(seen.add(j.getJobId())).isTrue());
            token = page.getMessage().getHeader(TencentTtsConstants.RESULT_NEXT_TOKEN, String.class);
            pages++;
        } while (!token.isEmpty() && pages < 200);
        assertThat(seen).containsAll(ids);

        Exchange window = send(uri("listJobs", "size=100&startCreationTime=RAW(2000-01-01T00:00:00+0800)"
                + "&endCreationTime=RAW(2099-01-01T00:00:00+0800)&queueId=" + emulator().queueId(BUCKET)), null,
                Map.of());
        @SuppressWarnings("unchecked")
        List<JobsDetail> all = window.getMessage().getBody(List.class);
        assertThat(all).extracting(JobsDetail::getJobId).containsAll(ids);
        Exchange future = send(uri("listJobs", ""), null, Map.of(TencentTtsConstants.START_CREATION_TIME,
                "2099-01-01T00:00:00+0800"));
        assertThat(future.getMessage().getBody(List.class)).isEmpty();
        Exchange pojo = send(uri("listJobs", "pojoRequest=true"), new ListJobsQuery(null, "Success", null, null,
                "Desc", 1, null), Map.of());
        assertThat(pojo.getMessage().getBody(List.class)).hasSize(1);
    }

    @Test
    void cancelJobCancelsAWaitingJob() {
        String running = submit("", "keeps the only slot busy", Map.of()).getJobId();
        String waiting = submit("", "waits behind it", Map.of()).getJobId();
        Exchange e = send(uri("cancelJob", ""), null, Map.of(TencentTtsConstants.JOB_ID, waiting));
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_STATE)).isEqualTo("Cancel");
        assertThat(emulator().job(waiting).state()).isEqualTo("Cancel");
        awaitDone(running);
        Exchange again = send(uri("cancelJob", "jobId=" + running), null, Map.of());
        assertThat(again.getException()).isInstanceOf(io.github.cameltencent.tts.client.CiException.class);
    }

    @Test
    void templatesRoundTrip() {
        Exchange created = send(uri("createTemplate", "templateName=camel_news&mode=Sync&codec=wav"
                + "&voiceType=aixiaodong&volume=3&speed=110"), null, Map.of());
        Template t = created.getMessage().getBody(Template.class);
        assertThat(t.getTemplateId()).startsWith("t1");
        assertThat(created.getMessage().getHeader(TencentTtsConstants.TEMPLATE_ID)).isEqualTo(t.getTemplateId());
        assertThat(t.getTtsTpl().getSpeed()).isEqualTo("110");
        assertThat(t.getTtsTpl().getVolume()).isEqualTo("3");

        Exchange updated = send(uri("updateTemplate", "templateName=camel_news2"), null, Map.of(
                TencentTtsConstants.TEMPLATE_ID, t.getTemplateId(), TencentTtsConstants.CODEC, "mp3",
                TencentTtsConstants.MODE, "Sync"));
        assertThat(updated.getException()).isNull();
        assertThat(updated.getMessage().getBody(Template.class).getTtsTpl().getCodec()).isEqualTo("mp3");

        Exchange listed = send(uri("getTemplates", "templateName=camel_news&size=10&pageNumber=1"), null, Map.of());
        @SuppressWarnings("unchecked")
        List<Template> templates = listed.getMessage().getBody(List.class);
        assertThat(templates).extracting(Template::getTemplateId).contains(t.getTemplateId());
        Exchange byId = send(uri("getTemplates", "templateId=" + t.getTemplateId()), null, Map.of());
        assertThat(byId.getMessage().getBody(List.class)).hasSize(1);

        TemplateRequest pojo = new TemplateRequest().withTag("Tts").withName("camel_pojo").withCodec("pcm");
        Exchange fromPojo = send(uri("createTemplate", "pojoRequest=true"), pojo, Map.of());
        assertThat(fromPojo.getMessage().getBody(Template.class).getName()).isEqualTo("camel_pojo");

        Exchange deleted = send(uri("deleteTemplate", "templateId=" + t.getTemplateId()), null, Map.of());
        assertThat(deleted.getMessage().getBody(DeleteTemplateResponse.class).getTemplateId())
                .isEqualTo(t.getTemplateId());
        assertThat(emulator().templates()).extracting(x -> x.templateId()).doesNotContain(t.getTemplateId());
    }

    @Test
    void getQueuesListsTheBucketsQueue() {
        Exchange e = send(uri("getQueues", "queueId=" + emulator().queueId(BUCKET) + "&size=10&pageNumber=1"), null,
                Map.of());
        @SuppressWarnings("unchecked")
        List<MediaQueue> queues = e.getMessage().getBody(List.class);
        assertThat(queues).hasSize(1);
        assertThat(queues.get(0).getState()).isEqualTo("Active");
        assertThat(queues.get(0).getNotifyConfig()).isNotNull();
    }

    @Test
    void operationHeaderOverridesTheEndpoint() {
        String id = submit("", "switch operation", Map.of()).getJobId();
        Exchange e = send(uri("submit", ""), "ignored", Map.of(TencentTtsConstants.OPERATION, "getJob",
                TencentTtsConstants.JOB_ID, id));
        assertThat(e.getMessage().getBody(JobsDetail.class).getJobId()).isEqualTo(id);
        Exchange typed = send(uri("submit", ""), "ignored", Map.of(TencentTtsConstants.OPERATION,
                TencentTtsOperation.getQueues));
        assertThat(typed.getMessage().getBody(List.class)).hasSize(1);
        Exchange bad = send(uri("submit", ""), "ignored", Map.of(TencentTtsConstants.OPERATION, "speakLouder"));
        assertThat(bad.getException()).isInstanceOf(TencentTtsValidationException.class)
                .hasMessageContaining("speakLouder");
    }

    @Test
    void failedJobsReportCodeAndMessage() {
        JobsDetail job = submit("", "this one will #fail#", Map.of());
        JobsDetail done = awaitDone(job.getJobId());
        assertThat(done.getState()).isEqualTo("Failed");
        assertThat(done.getCode()).isEqualTo("SynthesisFailed");
        assertThat(done.getMessage()).isNotBlank();
    }
}
