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
package io.github.cameltencent.tts.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.generator.Catalog;
import io.github.cameltencent.generator.StarterGenerator;
import io.github.cameltencent.tts.TencentTtsComponent;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.client.credentials.TencentCredentials;
import io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider;
import io.github.cameltencent.tts.model.JobsDetail;

@CamelSpringBootTest
@SpringBootTest(classes = TencentTtsStarterTest.App.class, properties = {
    "camel.component.tencent-tts.region=ap-guangzhou",
    "camel.component.tencent-tts.bucket=starter-1250000000",
    "camel.component.tencent-tts.voice-type=aixiaoxing",
    "camel.component.tencent-tts.codec=mp3",
    "camel.component.tencent-tts.mode=Sync",
    "camel.component.tencent-tts.credentials-provider=#bean:starterKeys",
    "camel.component.tencent-tts.wait-timeout=60000",
    "camel.component.tencent-tts.lookback=PT90M",
    "camel.health.enabled=true"
})
class TencentTtsStarterTest {

    private static final String CATALOG = "/META-INF/io/github/cameltencent/tts/tencent-tts.json";

    static final TencentCiEmulator EMULATOR = TencentCiEmulator.builder().credential("AKIDSTARTER", "starter-key")
            .processingTime(Duration.ofMillis(20)).speech(false).start();

    @DynamicPropertySource
    static void emulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.tencent-tts.endpoint-override", EMULATOR::baseUrl);
    }

    @SpringBootApplication
    static class App {
        @Bean
        TencentCredentialsProvider starterKeys() {
            return () -> new TencentCredentials("AKIDSTARTER", "starter-key", null);
        }

        @Bean
        RouteBuilder finishedJobs() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("tencent-tts:jobs?delay=100").routeId("finished").to("log:finished");
                }
            };
        }
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Test
    void propertiesConfigureTheComponent() {
        TencentTtsComponent component = camelContext.getComponent("tencent-tts", TencentTtsComponent.class);
        assertThat(component.getConfiguration().getRegion()).isEqualTo("ap-guangzhou");
        assertThat(component.getConfiguration().getVoiceType()).isEqualTo("aixiaoxing");
        assertThat(component.getConfiguration().getWaitTimeout()).isEqualTo(60000L);
        assertThat(component.getConfiguration().getCredentialsProvider()).isNotNull();

        Exchange e = template.send("tencent-tts:submit", x -> x.getMessage().setBody("configured by Spring Boot"));
        assertThat(e.getException()).isNull();
        JobsDetail job = e.getMessage().getBody(JobsDetail.class);
        assertThat(job.getOperation().getTtsTpl().getVoiceType()).isEqualTo("aixiaoxing");
        assertThat(job.getOperation().getTtsTpl().getCodec()).isEqualTo("mp3");
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class)).isNotBlank();
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream in = TencentTtsStarterTest.class.getResourceAsStream(CATALOG)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode springMetadata() throws Exception {
        try (InputStream in = TencentTtsStarterTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyComponentOptionIsAStarterPropertyOfTheCatalogsTypeAndDefault() throws Exception {
        JsonNode json = catalog();
        Set<String> options = new TreeSet<>();
        json.get("componentProperties").fieldNames().forEachRemaining(options::add);
        Set<String> fields = Arrays.stream(TencentTtsComponentConfiguration.class.getDeclaredFields())
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(fields).as("starter properties").isEqualTo(options);

        TencentTtsComponentConfiguration defaults = new TencentTtsComponentConfiguration();
        BeanWrapper bean = new BeanWrapperImpl(defaults);
        json.get("componentProperties").fields().forEachRemaining(e -> {
            JsonNode o = e.getValue();
            Class<?> type = bean.getPropertyType(e.getKey());
            // a generic option type (StateRepository<String, String>) is its class without type arguments
            String javaType = o.get("javaType").asText().replaceAll("<.*>", "");
            if (o.get("type").asText().equals("duration")) {
                assertThat(type).as(e.getKey()).isEqualTo(Duration.class);
            } else {
                assertThat(ClassUtils.resolvePrimitiveIfNecessary(ClassUtils.resolveClassName(javaType, null)))
                        .as("type of " + e.getKey()).isEqualTo(type);
            }
            Object value = bean.getPropertyValue(e.getKey());
            if (!o.has("defaultValue")) {
                assertThat(value).as("no default for " + e.getKey()).isNull();
            } else if (value instanceof Duration d) {
                assertThat(d.toMillis()).as("default of " + e.getKey()).isEqualTo(o.get("defaultValue").asLong());
            } else if (value instanceof Number n && !(value instanceof Double)) {
                assertThat(n.longValue()).as("default of " + e.getKey()).isEqualTo(o.get("defaultValue").asLong());
            } else {
                assertThat(String.valueOf(value)).as("default of " + e.getKey())
                        .isEqualTo(o.get("defaultValue").asText());
            }
        });
    }

    @Test
    void theGeneratedStarterSourcesAreAFreshGenerationFromTheCatalog() throws Exception {
        Catalog catalog;
        try (InputStream in = getClass().getResourceAsStream(CATALOG)) {
            catalog = Catalog.read(in);
        }
        Path dir = Path.of("src/generated/java/io/github/cameltencent/tts/springboot");
        assertThat(Files.readString(dir.resolve("TencentTtsComponentConfiguration.java"), StandardCharsets.UTF_8))
                .as("run the build to regenerate").startsWith("/* Generated by camel-tencent-tts-generator")
                .isEqualTo(StarterGenerator.configurationClass(catalog));
        assertThat(Files.readString(dir.resolve("TencentTtsComponentConverter.java"), StandardCharsets.UTF_8))
                .isEqualTo(StarterGenerator.converterClass(catalog));
        assertThat(Files.readString(Path.of("src/generated/resources").resolve(StarterGenerator.METADATA),
                StandardCharsets.UTF_8)).isEqualTo(StarterGenerator.metadata(catalog));
    }

    @Test
    void ideMetadataDescribesThePropertiesWithDefaultsAndHints() throws Exception {
        JsonNode meta = springMetadata();
        Map<String, JsonNode> properties = new HashMap<>();
        meta.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        JsonNode region = properties.get("camel.component.tencent-tts.region");
        assertThat(region).isNotNull();
        assertThat(region.get("description").asText()).contains("region");
        assertThat(properties.get("camel.component.tencent-tts.output-object-prefix").get("defaultValue").asText())
                .isEqualTo("tts/");
        assertThat(properties.get("camel.component.tencent-tts.enabled").get("description").asText())
                .startsWith("Whether to enable auto configuration of the tencent-tts component");
        assertThat(meta.get("hints").toString()).contains("camel.component.tencent-tts.codec").contains("mp3");
        // every option: its description as the catalog has it, its default, and its values offered to the IDE
        JsonNode catalog = catalog();
        String hints = meta.get("hints").toString();
        catalog.get("componentProperties").fields().forEachRemaining(e -> {
            String kebab = e.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
            JsonNode p = properties.get("camel.component.tencent-tts." + kebab);
            assertThat(p).as("metadata of " + kebab).isNotNull();
            assertThat(p.get("description").asText()).as("description of " + kebab)
                    .startsWith(e.getValue().get("description").asText());
            if (e.getValue().has("defaultValue")) {
                String expected = e.getValue().get("defaultValue").asText();
                if (p.get("defaultValue").isNumber()) {
                    assertThat(p.get("defaultValue").asDouble()).as("default of " + kebab)
                            .isEqualTo(Double.parseDouble(expected));
                } else {
                    assertThat(p.get("defaultValue").asText()).as("default of " + kebab)
                            .isIn(expected, expected + "ms");
                }
            }
            if (e.getValue().has("enum")) {
                assertThat(hints).as("hint for " + kebab).contains("\"camel.component.tencent-tts." + kebab + "\"");
            }
        });
    }

    @Test
    void durationsAcceptIsoAndMilliseconds() {
        TencentTtsComponent component = camelContext.getComponent("tencent-tts", TencentTtsComponent.class);
        // wait-timeout=60000 in this test's properties; retry-max-delay keeps its default
        assertThat(component.getConfiguration().getWaitTimeout()).isEqualTo(60_000L);
        assertThat(component.getConfiguration().getLookback()).isEqualTo(Duration.ofMinutes(90).toMillis());
        assertThat(component.getConfiguration().getRetryMaxDelay()).isEqualTo(10_000L);
    }

    @Test
    void theConsumersHealthCheckShowsThroughCamelsHealthSupport() {
        await().atMost(Duration.ofSeconds(10)).until(() -> HealthCheckHelper.invokeReadiness(camelContext).stream()
                .anyMatch(r -> r.getCheck().getId().equals("consumer:finished")
                        && r.getState() == HealthCheck.State.UP));
    }
}
