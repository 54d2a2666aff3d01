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
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.opentelemetry.api.GlobalOpenTelemetry;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's switch -Dtracing=true, with the otel.* system properties the pom gives exec:java: the spans the
 * logging exporter prints show a job's submit and, later, the consumer's delivery of the finished job in one trace.
 * About 5 s.
 */
class TracingSwitchTest {

    /** The line OpenTelemetry's LoggingSpanExporter writes per span: 'name' : traceId spanId KIND ... */
    private static final Pattern SPAN = Pattern.compile("'([^']+)' : ([0-9a-f]{32}) ([0-9a-f]{16}) ");

    @TempDir
    Path dir;

    private final Main main = new Main();
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Logger exporterLog = Logger.getLogger("io.opentelemetry.exporter.logging.LoggingSpanExporter");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            printed.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** As the pom's exec:java configuration sets them. */
    private static final Map<String, String> OTEL = Map.of("otel.java.global-autoconfigure.enabled", "true",
            "otel.traces.exporter", "logging", "otel.metrics.exporter", "none", "otel.logs.exporter", "none",
            "otel.service.name", "tencent-tts-yaml");

    @AfterEach
    void stop() {
        System.clearProperty("routes");
        main.stop();
        exporterLog.removeHandler(capture);
        OTEL.keySet().forEach(System::clearProperty);
        // the SDK the autoconfiguration made is global to the JVM: other tests must not inherit it
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void tracingTruePrintsASubmitAndTheDeliveryOfItsJobInOneTrace() throws Exception {
        exporterLog.addHandler(capture);
        OTEL.forEach(System::setProperty);
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("traced.yaml"), """
                - route:
                    id: submit-one
                    from:
                      uri: "timer:once"
                      parameters:
                        repeatCount: 1
                      steps:
                        - setBody:
                            constant: "A sentence whose job is traced."
                        - to: "tencent-tts:submit"
                - route:
                    id: collect
                    from:
                      uri: "tencent-tts:jobs"
                      parameters:
                        delay: 200
                      steps:
                        - log: "job ${header.CamelTencentTtsJobId} ended ${header.CamelTencentTtsJobState}"
                """);
        System.setProperty("routes", routes.toString());
        Properties p = new Properties();
        p.setProperty("tts.emulator", "true");
        p.setProperty("tracing", "true");
        main.setOverrideProperties(p);

        main.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> traceOf("tencent-tts:jobs") != null);
        assertThat(traceOf("tencent-tts:jobs")).isEqualTo(traceOf("tencent-tts:submit"));
    }

    private String traceOf(String spanName) {
        for (String line : printed) {
            Matcher m = SPAN.matcher(line);
            if (m.find() && m.group(1).equals(spanName)) {
                return m.group(2);
            }
        }
        return null;
    }
}
