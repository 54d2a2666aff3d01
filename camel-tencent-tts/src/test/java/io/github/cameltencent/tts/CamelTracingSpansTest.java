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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.tracing.InjectAdapter;
import org.apache.camel.tracing.SpanAdapter;
import org.apache.camel.tracing.SpanDecorator;
import org.apache.camel.tracing.SpanKind;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.trace.TtsSpanFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The older camel-tracing API (what camel-opentelemetry is built on) finds the tencent-tts decorator too: Camel's own
 * tracing base class drives it over real HTTP to the emulator, recording spans in memory instead of exporting them
 * (camel-opentelemetry itself is left off the test classpath: it installs a thread-pool factory for every test of the
 * module). About 2 s.
 */
class CamelTracingSpansTest extends TtsTestSupport {

    /** What the recording tracer keeps of a span. */
    static final class Recorded implements SpanAdapter {
        final String name;
        final Map<String, String> tags = new ConcurrentHashMap<>();
        final List<Map<String, String>> logs = new CopyOnWriteArrayList<>();

        Recorded(String name) {
            this.name = name;
        }

        @Override
        public void setComponent(String component) {
            tags.put("component", component);
        }

        @Override
        public void setError(boolean error) {
            tags.put("error", String.valueOf(error));
        }

        @Override
        public void setTag(String key, String value) {
            tags.put(key, value);
        }

        @Override
        public void setTag(String key, Number value) {
            tags.put(key, String.valueOf(value));
        }

        @Override
        public void setTag(String key, Boolean value) {
            tags.put(key, String.valueOf(value));
        }

        @Override
        public void log(Map<String, String> log) {
            logs.add(Map.copyOf(log));
        }

        @Override
        public String traceId() {
            return "0af7651916cd43dd8448eb211c80319c";
        }

        @Override
        public String spanId() {
            return "b7ad6b7169203331";
        }
    }

    /** Camel's tracing base class with a backend that only records. */
    static final class RecordingTracer extends org.apache.camel.tracing.Tracer {
        final List<Recorded> finished = new CopyOnWriteArrayList<>();

        @Override
        protected void initTracer() {
        }

        @Override
        protected void initContextPropagators() {
        }

        @Override
        protected SpanAdapter startSendingEventSpan(String operationName, SpanKind kind, SpanAdapter parent,
                                                    Exchange exchange, InjectAdapter injectAdapter) {
            return new Recorded(operationName);
        }

        @Override
        protected SpanAdapter startExchangeBeginSpan(Exchange exchange, SpanDecorator sd, String operationName,
                                                     SpanKind kind, SpanAdapter parent) {
            return new Recorded(operationName);
        }

        @Override
        protected void finishSpan(SpanAdapter span) {
            finished.add((Recorded) span);
        }

        @Override
        protected void inject(SpanAdapter span, InjectAdapter adapter) {
        }
    }

    final RecordingTracer tracer = new RecordingTracer();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext c = super.createCamelContext();
        tracer.setCamelContext(c);
        tracer.init(c);
        return c;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").to(uri("submit", "waitForCompletion=true&waitInterval=100&voiceType=ruxue"
                                                      + "&userData=private-note-9"));
                from("direct:fail").to(uri("submit", "waitForCompletion=true&waitInterval=100"));
            }
        };
    }

    @Test
    void camelTracingSpansAreNamedByOperationAndCarryTheJobButNothingPrivate() {
        Exchange ok = template.send("direct:speak", e -> e.getMessage().setBody("Tell nobody this sentence."));
        Exchange failed = template.send("direct:fail", e -> e.getMessage().setBody("This one #fail# on purpose."));
        assertThat(ok.getException()).isNull();
        assertThat(failed.getException()).isInstanceOf(TencentTtsJobFailedException.class);
        String okId = ok.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        String failedId = failed.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);

        await().until(() -> tracer.finished.stream().filter(s -> s.name.equals("tencent-tts:submit")).count() == 2);
        Recorded submit = span(okId);
        assertThat(submit.tags).containsEntry(TtsSpanFacts.OPERATION, "submit")
                .containsEntry(TtsSpanFacts.STATE, "Success").containsEntry(TtsSpanFacts.VOICE, "ruxue")
                .containsEntry(TtsSpanFacts.BUCKET, BUCKET).containsEntry("camel.uri", "tencent-tts://submit")
                .containsKey(TtsSpanFacts.RUN_MS);
        Recorded fail = span(failedId);
        assertThat(fail.tags).containsEntry("error", "true").containsEntry(TtsSpanFacts.STATE, "Failed")
                .containsKey(TtsSpanFacts.CODE);
        assertThat(fail.logs).extracting(l -> l.get("event")).contains("error");

        for (Recorded s : tracer.finished) {
            List<String> values = new java.util.ArrayList<>(s.tags.values());
            s.logs.forEach(l -> values.addAll(l.values()));
            for (String v : values) {
                assertThat(v).as("a tag of %s", s.name).doesNotContain("sentence").doesNotContain("#fail#")
                        .doesNotContain("private-note-9").doesNotContain(SECRET_KEY).doesNotContain(SECRET_ID);
            }
        }
    }

    private Recorded span(String jobId) {
        return tracer.finished.stream().filter(s -> s.name.equals("tencent-tts:submit"))
                .filter(s -> jobId.equals(s.tags.get(TtsSpanFacts.JOB_ID))).findFirst().orElseThrow();
    }
}
