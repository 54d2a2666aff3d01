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
package io.github.cameltencent.tts.quarkus.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.TencentTtsConstants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TencentCiEmulatorResource.class)
class FinishedJobsTest {

    @Inject
    ProducerTemplate template;

    @Inject
    FinishedJobs finishedJobs;

    @Test
    void aJobThatFinishesReachesTheJobsRouteWithItsAudio() throws Exception {
        // submitted without waiting: the route of FinishedJobsRoute (tencent-tts:jobs) is what sees it finish
        Exchange submitted = template.send("tencent-tts:submit",
                e -> e.getMessage().setBody("A finished job, consumed on Quarkus."));
        assertThat(submitted.getException()).isNull();
        String jobId = submitted.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(jobId).isNotBlank();

        FinishedJobs.Received received = await().atMost(Duration.ofSeconds(30))
                .until(() -> finishedJobs.get(jobId), r -> r != null);

        assertThat(received.state()).isEqualTo("Success");
        assertThat(received.contentType()).isEqualTo("audio/wav");
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(received.audio()))) {
            assertThat(in.getFrameLength()).isPositive();
        }
    }
}
