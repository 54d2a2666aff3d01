package io.github.cameltencent.tts.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Arrays;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.cameltencent.emulator.TencentCiEmulator;
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
    "camel.health.enabled=true"
})
class TencentTtsStarterTest {

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

    @Test
    void everyComponentOptionIsAStarterProperty() throws Exception {
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/cameltencent/tts/tencent-tts.json")) {
            json = new ObjectMapper().readTree(in);
        }
        Set<String> options = new TreeSet<>();
        json.get("componentProperties").fieldNames().forEachRemaining(options::add);
        options.remove("configuration");
        Set<String> fields = Arrays.stream(TencentTtsComponentConfiguration.class.getDeclaredFields())
                .map(Field::getName).collect(Collectors.toSet());
        assertThat(fields).as("starter properties").containsAll(options);
    }

    @Test
    void ideMetadataDescribesThePropertiesWithDefaultsAndHints() throws Exception {
        JsonNode meta;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            meta = new ObjectMapper().readTree(in);
        }
        JsonNode region = null;
        JsonNode prefix = null;
        for (JsonNode p : meta.get("properties")) {
            if (p.get("name").asText().equals("camel.component.tencent-tts.region")) {
                region = p;
            }
            if (p.get("name").asText().equals("camel.component.tencent-tts.output-object-prefix")) {
                prefix = p;
            }
        }
        assertThat(region).isNotNull();
        assertThat(region.get("description").asText()).contains("region");
        assertThat(prefix.get("defaultValue").asText()).isEqualTo("tts/");
        assertThat(meta.get("hints").toString()).contains("camel.component.tencent-tts.codec").contains("mp3");
        // every option with a fixed set of values offers them to the IDE
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/cameltencent/tts/tencent-tts.json")) {
            catalog = new ObjectMapper().readTree(in);
        }
        String hints = meta.get("hints").toString();
        catalog.get("componentProperties").fields().forEachRemaining(e -> {
            if (e.getValue().has("enum")) {
                String kebab = e.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
                assertThat(hints).as("hint for " + kebab).contains("\"camel.component.tencent-tts." + kebab + "\"");
            }
        });
    }

    @Test
    void theConsumersHealthCheckShowsThroughCamelsHealthSupport() {
        await().atMost(Duration.ofSeconds(10)).until(() -> HealthCheckHelper.invokeReadiness(camelContext).stream()
                .anyMatch(r -> r.getCheck().getId().equals("consumer:finished")
                        && r.getState() == HealthCheck.State.UP));
    }
}
