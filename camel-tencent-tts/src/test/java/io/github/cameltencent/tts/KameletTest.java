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

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The tencent-tts-sink and tencent-tts-source Kamelets as shipped in the jar (filtered by the build): what Kamelet
 * catalogs read from them agrees with the component's catalog, and a camel-main application with camel-kamelet and
 * camel-yaml-dsl runs them against the emulator. About 3 s.
 */
class KameletTest {

    private static final String SECRET_ID = "AKIDKAMELET";
    private static final String SECRET_KEY = "kamelet-key";
    private static final String BUCKET = "kamelets-1250000000";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(SECRET_ID,
            SECRET_KEY).configure(b -> b.processingTime(Duration.ofMillis(20)).speech(false));

    private static JsonNode catalog() throws Exception {
        try (InputStream in = KameletTest.class.getResourceAsStream(
                "/META-INF/io/github/cameltencent/tts/tencent-tts.json")) {
            return new ObjectMapper().readTree(in).get("component");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kamelet(String name) throws Exception {
        try (InputStream in = KameletTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as(name + " ships in the jar").isNotNull();
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String... path) {
        Map<String, Object> at = m;
        for (String p : path) {
            at = (Map<String, Object>) at.get(p);
        }
        return at;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tencent-tts-sink", "tencent-tts-source"})
    @SuppressWarnings("unchecked")
    void whatKameletCatalogsReadAgreesWithTheComponent(String name) throws Exception {
        JsonNode component = catalog();
        Map<String, Object> k = kamelet(name);
        Map<String, Object> annotations = map(k, "metadata", "annotations");
        assertThat(annotations.get("camel.apache.org/kamelet.support.level"))
                .as("the support level of the component page").isEqualTo(component.get("supportLevel").asText());
        assertThat(annotations.get("camel.apache.org/catalog.version")).isEqualTo(component.get("version").asText());
        assertThat(annotations.get("camel.apache.org/provider")).isEqualTo("camel-tencent-tts");
        assertThat(annotations.get("camel.apache.org/kamelet.group")).isEqualTo("Tencent Cloud TTS");
        assertThat(annotations.get("camel.apache.org/kamelet.namespace")).isNotNull();
        String icon = (String) annotations.get("camel.apache.org/kamelet.icon");
        assertThat(icon).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)),
                StandardCharsets.UTF_8)).startsWith("<svg").endsWith("</svg>\n");
        assertThat(map(k, "metadata", "labels").get("camel.apache.org/kamelet.type"))
                .isEqualTo(name.substring(name.lastIndexOf('-') + 1));
        // the jar it needs is the one the build made, not a version written by hand
        assertThat((List<String>) map(k, "spec").get("dependencies")).contains("mvn:"
                + component.get("groupId").asText() + ":" + component.get("artifactId").asText() + ":"
                + component.get("version").asText());
        String description = (String) map(k, "spec", "definition").get("description");
        if (name.endsWith("sink")) {
            assertThat(description).as("a sink shows no headers").doesNotContain("header", "Camel");
        } else {
            assertThat(description).contains(TencentTtsConstants.JOB_ID, TencentTtsConstants.JOB_STATE);
        }
    }

    @Test
    void aCamelMainApplicationRunsBothAsShipped() throws Exception {
        Main main = new Main();
        main.configure().withRoutesIncludePattern("classpath:kamelet-routes/kamelets.camel.yaml");
        main.addInitialProperty("tts.region", "ap-guangzhou");
        main.addInitialProperty("tts.bucket", BUCKET);
        main.addInitialProperty("tts.secretId", SECRET_ID);
        main.addInitialProperty("tts.secretKey", SECRET_KEY);
        main.addInitialProperty("tts.endpointOverride", EMULATOR.baseUrl());
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            // the sink makes a job from a message
            Exchange sent = context.createProducerTemplate().send("direct:say",
                    e -> e.getMessage().setBody("Hello from a Kamelet."));
            assertThat(sent.getException()).isNull();
            String jobId = EMULATOR.emulator().jobs().stream().map(j -> j.jobId()).findFirst().orElseThrow();
            assertThat(EMULATOR.emulator().job(jobId).input()).isEqualTo("Hello from a Kamelet.");
            assertThat(EMULATOR.emulator().job(jobId).tpl().voiceType()).isEqualTo("aixiaoxing");

            // the source emits it once it has finished, with its checked audio
            MockEndpoint finished = context.getEndpoint("mock:finished", MockEndpoint.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> finished.getReceivedExchanges().stream()
                    .anyMatch(e -> jobId.equals(e.getMessage().getHeader(TencentTtsConstants.JOB_ID))));
            Exchange out = finished.getReceivedExchanges().get(0);
            assertThat(out.getMessage().getBody(byte[].class)).startsWith((byte) 'R', (byte) 'I', (byte) 'F',
                    (byte) 'F');
            assertThat(out.getMessage().getHeader(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class).getState())
                    .isEqualTo("Success");
            assertThat(out.getMessage().getHeader(TencentTtsConstants.JOB_STATE)).isEqualTo("Success");
        } finally {
            main.stop();
        }
    }
}
