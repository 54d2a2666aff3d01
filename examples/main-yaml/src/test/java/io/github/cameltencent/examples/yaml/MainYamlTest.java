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
package io.github.cameltencent.examples.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sound.sampled.AudioSystem;

import org.apache.camel.Route;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the application as exec:java does, org.apache.camel.main.Main reading this module's application.properties,
 * with the embedded emulator switched on explicitly so that Tencent credentials on the build machine change nothing.
 */
class MainYamlTest {

    @TempDir
    Path dir;

    private final Main main = new Main();

    @AfterEach
    void stop() {
        System.clearProperty("routes");
        main.stop();
    }

    @Test
    void aUserRouteSetRunsInsteadOfTheDemo() throws Exception {
        Path routes = Files.createDirectories(dir.resolve("my-routes"));
        Path audio = dir.resolve("audio");
        Path demoAudio = dir.resolve("demo-audio");
        Files.writeString(routes.resolve("hello.yaml"), """
                - route:
                    id: my-hello
                    from:
                      uri: "timer:hello"
                      parameters:
                        repeatCount: 1
                      steps:
                        - setBody:
                            constant: "Hello from a route of my own."
                        - to:
                            uri: "tencent-tts:submit"
                            parameters:
                              mode: Sync
                              codec: mp3
                              voiceType: aixiaoxing
                              outputObject: "mine/hello.mp3"
                              waitForCompletion: true
                              download: true
                        - to: "file:%s"
                """.formatted(audio));
        // the way -Droutes=... on the mvnw command line reaches the application under exec:java
        System.setProperty("routes", routes.toString());
        main.setOverrideProperties(props("tts.emulator", "true", "demo.audio", demoAudio.toString()));

        main.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(audio.resolve("hello.mp3"))
                .isNotEmptyFile());
        byte[] mp3 = Files.readAllBytes(audio.resolve("hello.mp3"));
        assertThat(mp3[0] & 0xff).as("MPEG frame sync").isEqualTo(0xff);
        assertThat(mp3[1] & 0xe0).as("MPEG frame sync").isEqualTo(0xe0);
        assertThat(main.getCamelContext().getRoutes()).extracting(Route::getRouteId).containsExactly("my-hello");
        try (Stream<Path> files = Files.list(audio)) {
            assertThat(files).containsExactly(audio.resolve("hello.mp3"));
        }
        assertThat(demoAudio).doesNotExist();
    }

    @Test
    void theDemoSpeaksEveryTextThenEndsTheApplication() throws Exception {
        Path audio = dir.resolve("audio");
        main.setOverrideProperties(props("tts.emulator", "true", "demo.audio", audio.toString()));

        main.start();

        await().atMost(Duration.ofSeconds(90)).until(() -> main.getCamelContext().isStopped());
        for (String name : List.of("welcome", "weather", "story")) {
            byte[] wav = Files.readAllBytes(audio.resolve(name + ".wav"));
            try (var in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
                assertThat(in.getFrameLength() / in.getFormat().getFrameRate()).as(name).isGreaterThan(1.0f);
            }
        }
    }

    @Test
    void credentialsWithoutABucketStopTheStartNamingTtsBucket() {
        main.setOverrideProperties(props("tts.emulator", "auto", "tts.bucket", "",
                "camel.component.tencent-tts.secret-id", "AKIDNOTUSED", "camel.component.tencent-tts.secret-key", "x"));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(main::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set TTS_BUCKET")
                .hasMessageContaining("-Dtts.bucket"));
        assertThat(main.getCamelContext() == null || main.getCamelContext().getRoutes().isEmpty()).isTrue();
    }

    @Test
    void aRoutesFolderThatIsNotThereStopsTheStart() {
        System.setProperty("routes", dir.resolve("no-such-folder").toString());
        main.setOverrideProperties(props("tts.emulator", "true"));

        // camel-main itself refuses it, before any route or emulator exists
        assertThatThrownBy(main::start).hasMessageContaining(dir.resolve("no-such-folder").toString());
    }

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
