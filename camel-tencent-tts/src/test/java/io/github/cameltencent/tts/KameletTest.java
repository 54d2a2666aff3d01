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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.model.JobsDetail;

/** The tencent-tts-sink and tencent-tts-source Kamelets, loaded from the classpath and run with camel-kamelet. */
class KameletTest extends CamelTestSupport {

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential("AKIDKAMELET",
            "kamelet-key").configure(b -> b.processingTime(Duration.ofMillis(20)).speech(false));

    final List<Exchange> finished = new CopyOnWriteArrayList<>();

    static String common() {
        return "region=ap-guangzhou&bucket=kamelets-1250000000&secretId=AKIDKAMELET&secretKey=RAW(kamelet-key)"
                + "&endpointOverride=" + EMULATOR.emulator().baseUrl();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:say").to("kamelet:tencent-tts-sink?" + common() + "&voiceType=aixiaoxing&codec=wav");
                from("kamelet:tencent-tts-source?" + common() + "&delay=100&download=true")
                        .process(e -> finished.add(e.copy()));
            }
        };
    }

    @Test
    void textGoesInThroughTheSinkAndAudioComesOutOfTheSource() {
        Exchange sent = template.send("direct:say", e -> e.getMessage().setBody("Hello from a Kamelet."));
        assertThat(sent.getException()).isNull();
        String jobId = sent.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(jobId).isNotBlank();
        assertThat(EMULATOR.emulator().job(jobId).toJobsDetail(false).path("Operation", "TtsTpl").get("VoiceType"))
                .isEqualTo("aixiaoxing");
        await().atMost(Duration.ofSeconds(20)).until(() -> finished.stream().anyMatch(e -> jobId.equals(
                e.getMessage().getHeader(TencentTtsConstants.JOB_ID))));
        Exchange out = finished.get(0);
        assertThat(out.getMessage().getBody(byte[].class)).startsWith((byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F');
        assertThat(out.getMessage().getHeader(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class).getState())
                .isEqualTo("Success");
    }
}
