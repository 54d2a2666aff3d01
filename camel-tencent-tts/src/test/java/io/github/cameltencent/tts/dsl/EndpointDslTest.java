package io.github.cameltencent.tts.dsl;

import static io.github.cameltencent.tts.dsl.TencentTtsEndpointBuilderFactory.tencentTts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.TencentTtsEndpoint;

/** The hand-written builder cannot drift from the generated catalog: same options, nothing more, nothing less. */
class EndpointDslTest {

    @Test
    void theBuilderHasAMethodForEveryOptionOfTheCatalogAndNoOther() throws Exception {
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/cameltencent/tts/tencent-tts.json")) {
            json = new ObjectMapper().readTree(in);
        }
        Set<String> options = new TreeSet<>();
        json.get("properties").fieldNames().forEachRemaining(options::add);
        options.remove("operation"); // the path: tencentTts("submit")
        Set<String> methods = Arrays.stream(TencentTtsEndpointBuilderFactory.TencentTtsEndpointBuilder.class
                .getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(methods).isEqualTo(options);
    }

    @Test
    void theBuilderMakesAWorkingEndpoint() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            TencentTtsEndpoint endpoint = (TencentTtsEndpoint) tencentTts("submit").region("ap-guangzhou")
                    .bucket("dsl-1250000000").secretId("AKIDDSL").secretKey("dsl-key").voiceType("ruxue")
                    .speed(120).waitForCompletion(true).resolve(context);
            assertThat(endpoint.getConfiguration().getVoiceType()).isEqualTo("ruxue");
            assertThat(endpoint.getConfiguration().getSpeed()).isEqualTo(120);
            assertThat(endpoint.getConfiguration().isWaitForCompletion()).isTrue();
            assertThat(tencentTts("jobs").delay(500L).download(true).getRawUri())
                    .startsWith("tencent-tts://jobs").contains("delay=500").contains("download=true");
        }
    }
}
