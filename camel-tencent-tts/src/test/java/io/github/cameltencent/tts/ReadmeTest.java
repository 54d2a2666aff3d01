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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.generator.Catalog;
import io.github.cameltencent.generator.DocGenerator;

/**
 * What users read: the README (two commands, a short tour, a link) and the component page, whose tables the build
 * fills from the catalog and whose examples cover every operation in the Java DSL, the Endpoint DSL and YAML.
 */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path PAGE = Path.of("src", "main", "docs", "tencent-tts-component.adoc");

    private static Catalog catalog() throws Exception {
        try (InputStream in = ReadmeTest.class.getResourceAsStream(
                "/META-INF/io/github/cameltencent/tts/tencent-tts.json")) {
            return Catalog.read(in);
        }
    }

    private static String page() throws Exception {
        return Files.readString(PAGE, StandardCharsets.UTF_8);
    }

    @Test
    void readmeKeepsTheTwoCommandsAndLinksToTheComponentPage() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).contains("./mvnw -B -ntp -pl examples/main-yaml -am -DskipTests package exec:java")
                .contains("./mvnw -B -ntp verify")
                .contains("(camel-tencent-tts/src/main/docs/tencent-tts-component.adoc)");
    }

    @Test
    void componentPageTablesListEveryOptionAndHeaderOfTheCatalog() throws Exception {
        String page = page();
        String component = between(page, "// component options: START", "// component options: END");
        String endpoint = between(page, "// endpoint options: START", "// endpoint options: END");
        String headers = between(page, "// component headers: START", "// component headers: END");
        String spring = between(page, "// spring-boot-auto-configure options: START",
                "// spring-boot-auto-configure options: END");
        Catalog catalog = catalog();
        for (Catalog.Option o : catalog.componentOptions()) {
            assertThat(component).as("component option " + o.name())
                    .contains("| *" + o.name() + "* (" + o.group() + ") | " + o.description());
            String kebab = o.name().replaceAll("([A-Z])", "-$1").toLowerCase();
            assertThat(spring).as("Spring Boot property " + kebab)
                    .contains("| *camel.component.tencent-tts." + kebab + "* | " + o.description());
        }
        for (Catalog.Option o : catalog.endpointOptions()) {
            String row = "| *" + o.name() + "* (" + o.group() + ") | " + o.description();
            assertThat(endpoint).as("endpoint option " + o.name()).contains(row);
            if (o.hasDefault()) {
                assertThat(endpoint).as("default of " + o.name()).containsPattern(Pattern.quote(row)
                        + "[^\\n]* \\| " + Pattern.quote(o.defaultValue()) + " \\| ");
            }
        }
        for (Catalog.Header h : catalog.headers()) {
            assertThat(headers).as("header " + h.name()).contains("| `" + h.name() + "` | `" + h.constant() + "` | "
                    + h.kind() + " | " + h.group() + " | ");
        }
        assertThat(headers).contains("`TencentTtsConstants.JOB_ID`");
        // one table of headers on the page, the generated one, with the kind of each
        assertThat(page.split("\\| Name \\| Constant \\| Kind \\| Group \\| Type \\| Description", -1)).hasSize(2);
        assertThat(page).doesNotContain("| Name | Constant | Group | Type | Description");
        assertThat(catalog.headers().stream().filter(h -> h.kind().equals("link")).map(Catalog.Header::name))
                .containsExactlyInAnyOrder(TencentTtsConstants.JOB_ID, TencentTtsConstants.TEMPLATE_ID);
        assertThat(spring).contains("| *camel.component.tencent-tts.enabled* | Whether to enable auto configuration");
    }

    @Test
    void theReadmesTableNamesEveryHeaderThatIsNotAnInput() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String table = between(readme, "### Inputs and results: chaining calls", "To chain a result");
        for (Catalog.Header h : catalog().headers()) {
            if (!h.kind().equals("input")) {
                String tail = h.name().substring("CamelTencentTts".length());
                assertThat(table).as(h.kind() + " " + h.name())
                        .containsAnyOf("`" + h.name() + "`", "`…" + tail + "`");
            }
        }
    }

    @Test
    void theComponentPageTablesAreAFreshGenerationFromTheCatalog() throws Exception {
        String page = page();
        assertThat(page).as("run the build to regenerate " + PAGE).isEqualTo(DocGenerator.update(page, catalog()));
    }

    @Test
    void everyOperationAndBothConsumersHaveAJavaAnEndpointDslAndAYamlExample() throws Exception {
        String page = page();
        for (TencentTtsOperation op : TencentTtsOperation.values()) {
            String name = op.name();
            Matcher m = Pattern.compile("(?s)\\n=== [^\\n]*\\b" + name + "\\b[^\\n]*\\n(.*?)(?=\\n=== |\\n== )")
                    .matcher(page);
            assertThat(m.find()).as("a section for " + name).isTrue();
            String section = m.group(1);
            assertThat(section).as(name + " examples").contains("Java::", "Endpoint DSL::", "YAML::")
                    .contains("\"tencent-tts:" + name)
                    .contains("tencentTts(\"" + name + "\")")
                    .containsPattern("(uri|to): tencent-tts:" + name + "\\b");
        }
    }

    @Test
    void theYamlExamplesAreRoutesTheYamlDslLoads() throws Exception {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)\\[source,yaml\\]\\n----\\n(- route:.*?)\\n----").matcher(page());
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(TencentTtsOperation.values().length);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            for (int i = 0; i < blocks.size(); i++) {
                PluginHelper.getRoutesLoader(context)
                        .loadRoutes(ResourceHelper.fromString("example-" + i + ".camel.yaml", blocks.get(i)));
            }
            assertThat(context.getRouteDefinitions()).hasSize(blocks.size());
        }
    }

    private static String between(String text, String start, String end) {
        int s = text.indexOf(start);
        int e = text.indexOf(end);
        assertThat(s).as(start).isNotNegative();
        assertThat(e).as(end).isGreaterThan(s);
        return text.substring(s, e);
    }
}
