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
package io.github.cameltencent.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Drives the service over HTTP: text in, job id out, state until Success, then the WAV audio. The emulator is switched
 * on explicitly so that Tencent credentials on the build machine change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tts.embedded-emulator=true")
@ExtendWith(OutputCaptureExtension.class)
class TtsServiceTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theStartSaysThatAndWhereTheEmbeddedEmulatorRuns(CapturedOutput output) {
        assertThat(output.getAll()).containsPattern(
                "Embedded Tencent CI emulator listening on http://127\\.0\\.0\\.1:\\d+ \\(bucket demo-1250000000,");
    }

    @Test
    void textBecomesAudioThroughTheRestApi() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> submitted = http.postForEntity("/speech", new HttpEntity<>("Hello from Spring Boot.",
                headers), Map.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String jobId = (String) submitted.getBody().get("jobId");
        assertThat(jobId).startsWith("j");

        await().atMost(Duration.ofSeconds(30)).until(() -> "true".equals(
                http.getForObject("/speech/" + jobId, Map.class).get("audioReady")));
        assertThat(http.getForObject("/speech/" + jobId, Map.class).get("state")).isEqualTo("Success");
        ResponseEntity<byte[]> audio = http.getForEntity("/speech/" + jobId + "/audio", byte[].class);
        assertThat(audio.getHeaders().getContentType().toString()).isEqualTo("audio/wav");
        assertThat(new String(audio.getBody(), 0, 4)).isEqualTo("RIFF");

        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> tooLong = http.postForEntity("/speech", new HttpEntity<>("x".repeat(301), headers),
                Map.class);
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().get("error").toString()).contains("300");
    }
}
