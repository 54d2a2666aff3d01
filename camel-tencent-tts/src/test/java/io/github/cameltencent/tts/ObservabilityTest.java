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
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.emulator.TencentCiEmulatorExtension;

/** The dev console shows endpoints and jobs in flight without secrets; Micrometer counts submits, failures, time. */
class ObservabilityTest extends CamelTestSupport {

    static final String KEY = "observed-secret-5";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential("AKIDOBS", KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(20)).speech(false).failMarker("#fail#"));

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    static TencentCiEmulator emulator() {
        return EMULATOR.emulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext c = super.createCamelContext();
        c.getRegistry().bind("meters", meters);
        return c;
    }

    @AfterEach
    void release() {
        emulator().holdMarker(null);
        emulator().releaseHeldJobs();
    }

    static String uri(String options) {
        return "tencent-tts:submit?region=ap-guangzhou&bucket=observed-1250000000&secretId=AKIDOBS&secretKey=RAW("
                + KEY + ")&endpointOverride=" + emulator().baseUrl() + "&waitInterval=50"
                + (options.isEmpty() ? "" : "&" + options);
    }

    @Test
    void theConsoleListsEndpointsAndJobsInFlightWithoutSecrets() throws Exception {
        emulator().holdMarker("#hold#");
        CompletableFuture<Exchange> waiting = template.asyncSend(uri("waitForCompletion=true"),
                e -> e.getMessage().setBody("in flight #hold#"));
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                .resolveById("tencent-tts");
        assertThat(console).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> console.call(DevConsole.MediaType.TEXT).toString()
                .contains("jobsWaiting: 1"));
        String text = console.call(DevConsole.MediaType.TEXT).toString();
        assertThat(text).contains("observed-1250000000").contains("secretId/secretKey").doesNotContain(KEY);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        assertThat(json.toString()).contains("jobsWaiting=1").doesNotContain(KEY);
        emulator().releaseHeldJobs();
        assertThat(waiting.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
    }

    @Test
    void metersCountSubmitsFailuresByCodeAndJobDuration() {
        for (String text : List.of("one", "two", "three #fail#")) {
            template.send(uri("waitForCompletion=true"), e -> e.getMessage().setBody(text));
        }
        template.send(uri("templateId=tnosuchtemplate0001&codec=wav"), e -> e.getMessage().setBody(
                "refused by the service"));
        assertThat(meters.get("tencent.tts.submits").counter().count()).isEqualTo(3.0);
        assertThat(meters.get("tencent.tts.failures").tag("code", "SynthesisFailed").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("tencent.tts.failures").tag("code", "InvalidArgument").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("tencent.tts.job.duration").timer().count()).isEqualTo(3);
    }
}
