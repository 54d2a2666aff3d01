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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.ClientConfig;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.endpoint.EndpointResolver;
import com.qcloud.cos.exception.CosServiceException;
import com.qcloud.cos.http.HttpProtocol;
import com.qcloud.cos.model.COSObject;
import com.qcloud.cos.model.ciModel.job.MediaJobObject;
import com.qcloud.cos.model.ciModel.job.MediaJobResponse;
import com.qcloud.cos.model.ciModel.job.MediaJobsRequest;
import com.qcloud.cos.model.ciModel.job.MediaListJobResponse;
import com.qcloud.cos.model.ciModel.queue.MediaListQueueResponse;
import com.qcloud.cos.model.ciModel.queue.MediaQueueRequest;
import com.qcloud.cos.model.ciModel.template.MediaListTemplateResponse;
import com.qcloud.cos.model.ciModel.template.MediaTemplateRequest;
import com.qcloud.cos.model.ciModel.template.MediaTemplateResponse;
import com.qcloud.cos.region.Region;

/**
 * Tencent's own Java SDK, unchanged, drives a whole TTS lifecycle against the emulator. Only the SDK's documented
 * hooks are used: an EndpointResolver that connects to the emulator while the Host stays the real virtual host,
 * and ciSpecialRequest so CI calls may use plain http.
 */
class TencentSdkInteropTest {

    static final String BUCKET = "examplebucket-1250000000";

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDSDK", "sdkkey")
            .configure(b -> b.processingTime(Duration.ofMillis(200)).concurrency(1));

    COSClient cos;

    @BeforeEach
    void client() {
        ClientConfig config = new ClientConfig(new Region("ap-guangzhou"));
        config.setHttpProtocol(HttpProtocol.http);
        config.setCiSpecialRequest(true);
        String address = "127.0.0.1:" + EXT.emulator().port();
        config.setEndpointResolver(new EndpointResolver() {
            @Override
            public String resolveGeneralApiEndpoint(String endpoint) {
                return address;
            }

            @Override
            public String resolveGetServiceApiEndpoint(String endpoint) {
                return address;
            }
        });
        config.setMaxErrorRetry(0);
        cos = new COSClient(new BasicCOSCredentials("AKIDSDK", "sdkkey"), config);
    }

    @AfterEach
    void close() {
        cos.shutdown();
    }

    @Test
    void fullTtsLifecycle() throws Exception {
        // a template
        MediaTemplateRequest tplReq = new MediaTemplateRequest();
        tplReq.setBucketName(BUCKET);
        tplReq.setTag("Tts");
        tplReq.setName("sdk-template");
        tplReq.setMode("Sync");
        tplReq.setCodec("wav");
        tplReq.setVoiceType("ruxue");
        tplReq.setSpeed("120");
        tplReq.setVolume("2");
        MediaTemplateResponse created = cos.createMediaTemplate(tplReq);
        String templateId = created.getTemplate().getTemplateId();
        assertThat(templateId).startsWith("t1");

        MediaTemplateRequest listTpl = new MediaTemplateRequest();
        listTpl.setBucketName(BUCKET);
        listTpl.setTag("Tts");
        listTpl.setIds(templateId);
        MediaListTemplateResponse templates = cos.describeMediaTemplates(listTpl);
        assertThat(templates.getTemplateList()).hasSize(1);
        assertThat(templates.getTemplateList().get(0).getName()).isEqualTo("sdk-template");

        // a job with the template, and one with an inline TtsTpl
        MediaJobsRequest withTemplate = job("Hello from the template.", "sdk/template.wav");
        withTemplate.getOperation().setTemplateId(templateId);
        MediaJobResponse submitted = cos.createMediaJobs(withTemplate);
        MediaJobObject first = submitted.getJobsDetail();
        assertThat(first.getState()).isEqualTo("Submitted");
        assertThat(first.getJobId()).startsWith("j");

        MediaJobsRequest inline = job("Hello from an inline voice.", "sdk/inline.mp3");
        inline.getOperation().getTtsTpl().setMode("Asyc");
        inline.getOperation().getTtsTpl().setCodec("mp3");
        inline.getOperation().getTtsTpl().setVoiceType("aixiaoxing");
        inline.getOperation().getTtsTpl().setSpeed("100");
        inline.getOperation().getTtsTpl().setVolume("0");
        inline.getOperation().setUserData("from-sdk");
        inline.getOperation().setJobLevel("2");
        String second = cos.createMediaJobs(inline).getJobsDetail().getJobId();

        // a text object uploaded through COS, submitted as Url input
        cos.putObject(BUCKET, "sdk/input.txt", "Text read from an object in the bucket.");
        MediaJobsRequest fromUrl = job("https://" + BUCKET + ".cos.ap-guangzhou.myqcloud.com/sdk/input.txt",
                "sdk/url.pcm");
        fromUrl.getOperation().getTtsConfig().setInputType("Url");
        fromUrl.getOperation().getTtsTpl().setMode("Asyc");
        fromUrl.getOperation().getTtsTpl().setCodec("pcm");
        String third = cos.createMediaJobs(fromUrl).getJobsDetail().getJobId();

        // another one to cancel while it still waits (one slot, three jobs ahead of it)
        MediaJobsRequest victim = job("Cancel me.", "sdk/cancel.wav");
        victim.getOperation().getTtsTpl().setMode("Sync");
        String fourth = cos.createMediaJobs(victim).getJobsDetail().getJobId();
        MediaJobsRequest cancel = new MediaJobsRequest();
        cancel.setBucketName(BUCKET);
        cancel.setJobId(fourth);
        assertThat(cos.cancelMediaJob(cancel)).isTrue();

        for (String id : List.of(first.getJobId(), second, third)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> describe(id).getState(), "Success"::equals);
        }
        MediaJobObject done = describe(second);
        assertThat(done.getOperation().getUserData()).isEqualTo("from-sdk");
        assertThat(done.getOperation().getMediaResult().getOutputFile().getObjectName()).contains("sdk/inline.mp3");
        assertThat(describe(fourth).getState()).isEqualTo("Cancel");
        assertThat(describe(first.getJobId()).getOperation().getTemplateId()).isEqualTo(templateId);

        MediaJobsRequest list = new MediaJobsRequest();
        list.setBucketName(BUCKET);
        list.setTag("Tts");
        list.setStates("Success");
        list.setSize(100);
        MediaListJobResponse listed = cos.describeMediaJobs(list);
        assertThat(listed.getJobsDetailList()).extracting(MediaJobObject::getJobId)
                .contains(first.getJobId(), second, third).doesNotContain(fourth);

        // the outputs download, and match the MD5 the job reports
        for (String key : List.of("sdk/template.wav", "sdk/inline.mp3", "sdk/url.pcm")) {
            COSObject object = cos.getObject(BUCKET, key);
            try (InputStream in = object.getObjectContent()) {
                byte[] audio = in.readAllBytes();
                assertThat(audio).isNotEmpty();
                assertThat(CosAndAudioTest.md5(audio)).isEqualTo(EXT.emulator().object(BUCKET, key).md5());
            }
        }
        assertThat(CosAndAudioTest.decodedSeconds("wav", readAll("sdk/template.wav"))).isGreaterThan(0.5);
        assertThat(CosAndAudioTest.mp3Seconds(readAll("sdk/inline.mp3"))).isGreaterThan(0.5);

        MediaQueueRequest queues = new MediaQueueRequest();
        queues.setBucketName(BUCKET);
        MediaListQueueResponse q = cos.describeMediaQueues(queues);
        assertThat(q.getQueueList()).hasSize(1);
        // cos_api 5.6.259 only knows the media family (/queue); TTS jobs report the speech queue (see SpeechQueueTest)
        assertThat(q.getQueueList().get(0).getQueueId()).isEqualTo(EXT.emulator().mediaQueueId(BUCKET));

        MediaTemplateRequest delete = new MediaTemplateRequest();
        delete.setBucketName(BUCKET);
        delete.setTemplateId(templateId);
        assertThat(cos.deleteMediaTemplate(delete)).isTrue();
    }

    @Test
    void serviceErrorsReachTheSdkAsCosServiceExceptions() {
        MediaJobsRequest bad = job("hello", "sdk/bad.wav");
        bad.getOperation().getTtsTpl().setSpeed("500");
        assertThatThrownBy(() -> cos.createMediaJobs(bad)).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getErrorCode()).isEqualTo("InvalidArgument");
            assertThat(e.getErrorMessage()).contains("Speed");
            assertThat(e.getRequestId()).isNotBlank();
        });
    }

    private byte[] readAll(String key) throws Exception {
        try (InputStream in = cos.getObject(BUCKET, key).getObjectContent()) {
            return in.readAllBytes();
        }
    }

    private MediaJobObject describe(String id) {
        MediaJobsRequest r = new MediaJobsRequest();
        r.setBucketName(BUCKET);
        r.setJobId(id);
        return cos.describeMediaJob(r).getJobsDetail();
    }

    private static MediaJobsRequest job(String input, String object) {
        MediaJobsRequest r = new MediaJobsRequest();
        r.setBucketName(BUCKET);
        r.setTag("Tts");
        r.getOperation().getTtsConfig().setInput(input);
        r.getOperation().getTtsConfig().setInputType("Text");
        r.getOperation().getTtsTpl().setMode("Sync");
        r.getOperation().getOutput().setBucket(BUCKET);
        r.getOperation().getOutput().setRegion("ap-guangzhou");
        r.getOperation().getOutput().setObject(object);
        return r;
    }
}
