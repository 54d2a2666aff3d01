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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The service's vocabulary as data, over real HTTP: a voice the component does not know, which the service (the
 * emulator, taught it as data) speaks, is spoken end to end; values the documents do not list reach the service,
 * which decides; the documented combination rules still stop a request before any I/O.
 */
class VocabularyTest extends CamelTestSupport {

    /** A voice Tencent might add tomorrow: the emulator knows it, the component's documents do not. */
    private static final String NEW_VOICE = "aixiaomei";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension
            .withCredential(TtsTestSupport.SECRET_ID, TtsTestSupport.SECRET_KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(100)).speech(false).voice(NEW_VOICE, false));

    private static String uri(String options) {
        return "tencent-tts:submit?region=" + TtsTestSupport.REGION + "&bucket=" + TtsTestSupport.BUCKET
                + "&secretId=" + TtsTestSupport.SECRET_ID + "&secretKey=RAW(" + TtsTestSupport.SECRET_KEY
                + ")&endpointOverride=" + EMULATOR.baseUrl() + "&" + options;
    }

    private Exchange send(String options, String text, Map<String, Object> headers) {
        return template.send(uri(options), e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    /** The exception of an exchange that reached the service and came back refused. */
    private CiException refusedByTheService(String options, String text) {
        long before = EMULATOR.emulator().requestCount("submitJob");
        Exchange e = send(options, text, Map.of());
        assertThat(EMULATOR.emulator().requestCount("submitJob")).as("the request reached the service")
                .isGreaterThan(before);
        assertThat(e.getException()).isInstanceOf(CiException.class);
        return (CiException) e.getException();
    }

    private TencentTtsValidationException refusedBeforeAnyRequest(String options, String text) {
        long before = EMULATOR.emulator().requestCount();
        Exchange e = send(options, text, Map.of());
        assertThat(EMULATOR.emulator().requestCount()).as("no request was sent").isEqualTo(before);
        assertThat(e.getException()).isInstanceOf(TencentTtsValidationException.class);
        return (TencentTtsValidationException) e.getException();
    }

    @Test
    void aVoiceTheComponentDoesNotKnowIsSpokenEndToEnd() throws Exception {
        Exchange e = send("mode=Sync&codec=wav&voiceType=" + NEW_VOICE + "&waitForCompletion=true&download=true",
                "A voice from tomorrow.", Map.of());
        assertThat(e.getException()).isNull();
        JobsDetail job = e.getMessage().getHeader(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class);
        assertThat(job.getState()).isEqualTo("Success");
        assertThat(e.getMessage().getBody(byte[].class)).isEqualTo(EMULATOR.emulator()
                .object(TtsTestSupport.BUCKET, job.getOperation().getOutput().getObject()).data());
        assertThat(EMULATOR.emulator().job(job.getJobId()).tpl().voiceType()).isEqualTo(NEW_VOICE);
        // by header too, and it is noted at debug for whoever traces a refusal to it
        Exchange byHeader = send("mode=Sync&codec=wav", "Again.", Map.of(TencentTtsConstants.VOICE_TYPE, NEW_VOICE));
        assertThat(byHeader.getException()).isNull();
        assertThat(EMULATOR.emulator().job(byHeader.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class))
                .tpl().voiceType()).isEqualTo(NEW_VOICE);
        Path log = Path.of("target", "test-logs.txt");
        if (Files.exists(log)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(log, StandardCharsets.UTF_8)
                    .contains("voiceType '" + NEW_VOICE + "' is not among the documented voices"));
        }
    }

    @Test
    void aixiaonanInSyncModeIsStillRefusedBeforeAnyRequest() {
        TencentTtsValidationException v = refusedBeforeAnyRequest("mode=Sync&codec=wav&voiceType=aixiaonan", "hi");
        assertThat(v.getField()).isEqualTo("voiceType");
        assertThat(v.getMessage()).contains("Asyc mode only");
        assertThat(refusedBeforeAnyRequest("mode=Sync&voiceType=aixiaoliao", "hi").getField()).isEqualTo("voiceType");
        // an emotion on a documented voice without emotions, and the text limit of a mode, are still checked here
        assertThat(refusedBeforeAnyRequest("voiceType=ruxue&emotion=arousal", "hi").getField()).isEqualTo("emotion");
        assertThat(refusedBeforeAnyRequest("mode=Sync", "x".repeat(301)).getField()).isEqualTo("body");
    }

    @Test
    void theServiceJudgesWhatTheDocumentsDoNotList() {
        // a voice neither knows: the service refuses it, and the refusal comes back typed
        assertThat(refusedByTheService("voiceType=nobody", "hi").getErrorCode()).isEqualTo("InvalidArgument");
        // an emotion on a voice the documents do not list: the service's call (this one has a single emotion)
        assertThat(refusedByTheService("voiceType=" + NEW_VOICE + "&emotion=arousal", "hi").getMessage())
                .contains("Emotion");
        // a TDMQ region the documents do not list
        assertThat(refusedByTheService("callBackType=TDMQ&callBackMqRegion=sg&callBackMqMode=Queue"
                + "&callBackMqName=done", "hi").getMessage()).contains("MqRegion");
        // a Url input on a host that is not a bucket's own COS host
        assertThat(refusedByTheService("inputType=Url", "https://example.com/text.txt").getMessage())
                .contains("COS object URL");
    }
}
