package io.github.cameltencent.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** README's options and headers tables are checked against the component catalog, so they cannot fall behind. */
class ReadmeTest {

    @Test
    void readmeTablesListEveryOptionAndHeaderOfTheCatalog() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String options = readme.substring(readme.indexOf("### Options"), readme.indexOf("### Headers"));
        String headers = readme.substring(readme.indexOf("### Headers"), readme.indexOf("## The Tencent CI emulator"));
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/cameltencent/tts/tencent-tts.json")) {
            json = new ObjectMapper().readTree(in);
        }
        json.get("properties").fields().forEachRemaining(e -> {
            String group = e.getValue().path("group").asText();
            boolean inherited = group.equals("scheduler") || (group.equals("consumer (advanced)")
                    && !e.getKey().equals("inProgressRepository"));
            if (!inherited) {
                assertThat(options).as("README option " + e.getKey()).contains("| `" + e.getKey() + "` |");
            } else {
                assertThat(readme).as("README mentions Camel's option " + e.getKey()).contains(e.getKey());
            }
        });
        json.get("headers").fieldNames().forEachRemaining(h -> assertThat(headers).as("README header " + h)
                .contains("| `" + h + "` |"));
    }
}
