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

import java.io.ByteArrayInputStream;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.tts.TencentTtsComponent;
import io.github.cameltencent.tts.TencentTtsConfiguration;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TencentCiEmulatorResource.class)
class SubmitTest {

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate template;

    @InjectEmulator
    TencentCiEmulator emulator;

    @Test
    void theComponentIsConfiguredFromApplicationPropertiesAndTheEnvironment() {
        TencentTtsConfiguration conf = context.getComponent("tencent-tts", TencentTtsComponent.class)
                .getConfiguration();
        assertThat(conf.getRegion()).isEqualTo("ap-guangzhou");
        assertThat(conf.getBucket()).isEqualTo("quarkus-1250000000");
        assertThat(conf.getEndpointOverride()).isEqualTo(emulator.baseUrl());
        // no keys in the configuration: the emulator, which knows only the environment's pair, accepting the
        // submits below is what shows the environment credentials are used
        assertThat(conf.getSecretId()).isNull();
    }

    @Test
    void aSubmitWaitsForTheJobAndDownloadsItsAudio() throws Exception {
        Exchange exchange = template.send("tencent-tts:submit?waitForCompletion=true&download=true",
                e -> e.getMessage().setBody("Hello from Camel on Quarkus."));

        assertThat(exchange.getException()).isNull();
        var message = exchange.getMessage();
        assertThat(message.getHeader(TencentTtsConstants.JOB_STATE)).isEqualTo("Success");
        assertThat(message.getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
        byte[] audio = message.getBody(byte[].class);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio))) {
            assertThat(in.getFrameLength()).isPositive();
        }
        String jobId = message.getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(emulator.job(jobId)).as("the job the emulator ran").isNotNull();
    }
}
