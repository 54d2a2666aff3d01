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

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.Test;

/** The generated metadata: every option and header described, secrets marked, and discovery from the classpath. */
class CatalogTest {

    private static JsonNode catalog() throws Exception {
        try (InputStream in = CatalogTest.class.getResourceAsStream(
                "/META-INF/io/github/cameltencent/tts/tencent-tts.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderIsDescribed() throws Exception {
        JsonNode json = catalog();
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            json.get(section).fields().forEachRemaining(e -> assertThat(e.getValue().path("description").asText())
                    .as(section + "." + e.getKey()).isNotBlank());
        }
        JsonNode props = json.get("properties");
        for (String secret : new String[] {"secretId", "secretKey", "sessionToken", "proxyUsername", "proxyPassword"}) {
            assertThat(props.get(secret).get("secret").asBoolean()).as(secret + " is secret").isTrue();
            assertThat(props.get(secret).has("defaultValue")).isFalse();
        }
        assertThat(props.get("codec").get("enum").toString()).contains("wav", "mp3", "pcm");
        assertThat(props.get("operation").get("enum").toString()).contains("submit", "getQueues");
        assertThat(props.get("operation").get("defaultValue").asText()).isEqualTo("submit");
        assertThat(props.get("outputObjectPrefix").get("defaultValue").asText()).isEqualTo("tts/");
        assertThat(props.get("credentialsProvider").get("autowired").asBoolean()).isTrue();
        assertThat(json.get("component").get("syntax").asText()).isEqualTo("tencent-tts:operation");
        assertThat(json.get("headers").size()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aPlainCamelContextFindsTheComponentOnTheClasspath() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThat(context.getComponent("tencent-tts")).isInstanceOf(TencentTtsComponent.class);
            assertThat(context.getCamelContextExtension().getEndpointUriFactory("tencent-tts")).isNotNull();
            assertThat(((CatalogCamelContext) context).getComponentParameterJsonSchema("tencent-tts"))
                    .contains("\"scheme\": \"tencent-tts\"");
            // the generated configurer binds options without reflection
            TencentTtsEndpoint endpoint = context.getEndpoint("tencent-tts:listJobs?region=ap-guangzhou"
                    + "&bucket=b-1250000000&secretId=x&secretKey=y&size=5&states=Success", TencentTtsEndpoint.class);
            assertThat(endpoint.getConfiguration().getSize()).isEqualTo(5);
            assertThat(endpoint.getConfiguration().getOperation()).isEqualTo(TencentTtsOperation.listJobs);
            Class.forName("io.github.cameltencent.tts.TencentTtsEndpointConfigurer");
            Class.forName("io.github.cameltencent.tts.TencentTtsComponentConfigurer");
        }
    }

    /**
     * Camel's catalog generator keeps only letters, digits, blanks and .,-=\'/\\!&%():;#${} of a description and
     * silently drops the rest (a '+' of a time zone, a '?' of a URL, a '*'). Every description must therefore reach
     * the catalog, and from there the DSL, the starter and the page, exactly as written in the annotation.
     */
    @Test
    void everyDescriptionReachesTheCatalogExactlyAsWritten() throws Exception {
        JsonNode json = catalog();
        List<String> checked = new ArrayList<>();
        for (Field f : TencentTtsConfiguration.class.getDeclaredFields()) {
            UriParam p = f.getAnnotation(UriParam.class);
            UriPath path = f.getAnnotation(UriPath.class);
            String written = p != null ? p.description() : path != null ? path.description() : null;
            if (written == null) {
                continue;
            }
            assertThat(json.get("properties").get(f.getName()).get("description").asText())
                    .as("endpoint option " + f.getName()).isEqualTo(written);
            if (json.get("componentProperties").has(f.getName())) {
                assertThat(json.get("componentProperties").get(f.getName()).get("description").asText())
                        .as("component option " + f.getName()).isEqualTo(written);
            }
            checked.add(f.getName());
        }
        for (Field f : TencentTtsComponent.class.getDeclaredFields()) {
            Metadata m = f.getAnnotation(Metadata.class);
            if (m != null) {
                assertThat(json.get("componentProperties").get(f.getName()).get("description").asText())
                        .as("component option " + f.getName()).isEqualTo(m.description());
                checked.add(f.getName());
            }
        }
        for (Field f : TencentTtsConstants.class.getDeclaredFields()) {
            Metadata m = f.getAnnotation(Metadata.class);
            if (m != null) {
                String header = (String) f.get(null);
                assertThat(json.get("headers").get(header).get("description").asText())
                        .as("header " + header).isEqualTo(m.description());
                checked.add(header);
            }
        }
        assertThat(checked).hasSizeGreaterThan(100);
    }
}
