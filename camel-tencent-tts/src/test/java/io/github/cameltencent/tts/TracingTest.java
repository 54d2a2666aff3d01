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

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.opentelemetry2.OpenTelemetryTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Output;
import io.github.cameltencent.tts.model.TtsConfig;
import io.github.cameltencent.tts.model.TtsTpl;
import io.github.cameltencent.tts.trace.TtsSpanFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace per job, with camel-opentelemetry2 and an in-memory exporter, over real HTTP to the emulator: the
 * submit's trace reaches the exchange that receives the finished job, in the same context (a waiting submit) or
 * in a second context with its own tracer (the polling and the callback consumer, as another node or a restart
 * would), carried only by the job's UserData. The route's own UserData comes back unchanged; nothing private is
 * ever a span attribute. About 10 s (the emulator takes 300 ms a job).
 */
class TracingTest extends TtsTestSupport {

    static final String TEXT = "A quiet sentence about the harbour at dawn.";
    static final String OWN = "own-data-7f3a";
    static final String TOKEN = "cb-token-41x";

    /** An OpenTelemetry SDK of its own per CamelContext: nothing is shared between "nodes" but the service. */
    static final class Tracing {
        final InMemorySpanExporter exporter = InMemorySpanExporter.create();
        final SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();

        void install(CamelContext context) {
            context.getRegistry().bind("otelTracer", provider.get("tracing-test"));
            context.getRegistry().bind("otelPropagators",
                    ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
            OpenTelemetryTracer tracer = new OpenTelemetryTracer();
            tracer.setCamelContext(context);
            tracer.init(context);
        }

        List<SpanData> spans() {
            return exporter.getFinishedSpanItems();
        }

        SpanData span(String name, String jobId) {
            return spans().stream().filter(s -> s.getName().equals(name))
                    .filter(s -> jobId == null || jobId.equals(attr(s, TtsSpanFacts.JOB_ID))).findFirst()
                    .orElse(null);
        }
    }

    final Tracing a = new Tracing();
    final List<Tracing> others = new ArrayList<>();
    final List<CamelContext> nodes = new ArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext c = super.createCamelContext();
        a.install(c);
        return c;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").routeId("speak")
                        .to(uri("submit", "waitForCompletion=true&waitInterval=100&waitMaxInterval=200"));
                from("direct:submit").routeId("submit").to(uri("submit", ""));
                from("direct:untraced").routeId("untraced").to(uri("submit", "traceInUserData=false"));
            }
        };
    }

    @AfterEach
    void stopNodes() throws Exception {
        for (CamelContext n : nodes) {
            n.stop();
        }
    }

    /** A second node: its own CamelContext and tracer, the same service. */
    CamelContext node(Tracing tracing, Integer httpPort, RouteBuilder routes) throws Exception {
        DefaultCamelContext b = new DefaultCamelContext();
        if (httpPort != null) {
            VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
            conf.setBindHost("127.0.0.1");
            conf.setPort(httpPort);
            b.addService(new VertxPlatformHttpServer(conf));
        }
        tracing.install(b);
        b.addRoutes(routes);
        b.start();
        nodes.add(b);
        others.add(tracing);
        return b;
    }

    /** What a receiving route saw of a job. */
    record Received(String userDataHeader, String jobsDetailUserData) {
    }

    static RouteBuilder receiving(String from, Map<String, Received> seen) {
        return receiving(from, seen, java.util.Set.of());
    }

    /** Records what the route saw; the first delivery of each job in failOnce fails, so it is offered again. */
    static RouteBuilder receiving(String from, Map<String, Received> seen, java.util.Set<String> failOnce) {
        java.util.Set<String> failed = ConcurrentHashMap.newKeySet();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).process(e -> {
                    String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
                    if (failOnce.contains(id) && failed.add(id)) {
                        throw new IllegalStateException("the first delivery of " + id + " fails on purpose");
                    }
                    JobsDetail job = e.getProperty(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class);
                    seen.put(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class), new Received(
                            e.getMessage().getHeader(TencentTtsConstants.JOB_USER_DATA, String.class),
                            job.getOperation().getUserData()));
                });
            }
        };
    }

    @Test
    void aWaitingSubmitIsOneTraceFromTheSubmitToTheDelivery() {
        Exchange e = send("direct:speak", TEXT, Map.of(TencentTtsConstants.USER_DATA, OWN));
        assertThat(e.getException()).isNull();
        String jobId = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> a.span("tencent-tts:submit", jobId) != null);
        SpanData submit = a.span("tencent-tts:submit", jobId);
        assertThat(a.spans()).extracting(SpanData::getTraceId).containsOnly(submit.getTraceId());
        assertThat(attr(submit, TtsSpanFacts.OPERATION)).isEqualTo("submit");
        assertThat(attr(submit, TtsSpanFacts.STATE)).isEqualTo("Success");
        assertThat(attr(submit, TtsSpanFacts.REGION)).isEqualTo(REGION);
        assertThat(attr(submit, TtsSpanFacts.BUCKET)).isEqualTo(BUCKET);
        assertThat(attr(submit, TtsSpanFacts.QUEUE_ID)).isNotBlank();
        assertThat(attr(submit, TtsSpanFacts.QUEUE_MS)).isNotNull();
        assertThat(attr(submit, TtsSpanFacts.RUN_MS)).isNotNull();

        // the route's own UserData, unchanged, in the header and in JobsDetail; the service holds it behind the trace
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_USER_DATA)).isEqualTo(OWN);
        assertThat(e.getMessage().getBody(JobsDetail.class).getOperation().getUserData()).isEqualTo(OWN);
        assertThat(storedUserData(jobId)).isEqualTo("tp:" + traceparent(submit) + "|" + OWN);
        assertNothingPrivate(TEXT);
    }

    @Test
    void aJobEmittedByThePollingConsumerOfASecondContextLandsInTheSubmitsTrace() throws Exception {
        Map<String, Received> seen = new ConcurrentHashMap<>();
        Tracing b = new Tracing();
        java.util.Set<String> failOnce = ConcurrentHashMap.newKeySet();
        node(b, null, receiving(uri("jobs", "delay=100"), seen, failOnce));

        Exchange traced = send("direct:submit", TEXT, Map.of(TencentTtsConstants.USER_DATA, OWN));
        failOnce.add(traced.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class));
        Exchange untraced = send("direct:untraced", TEXT + " Again.", Map.of(TencentTtsConstants.USER_DATA, OWN));
        Exchange bare = send("direct:submit", TEXT + " Once more.", Map.of());
        String tracedId = traced.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        String untracedId = untraced.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        String bareId = bare.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(traced.getMessage().getHeader(TencentTtsConstants.JOB_USER_DATA)).isEqualTo(OWN);
        assertThat(traced.getMessage().getBody(JobsDetail.class).getOperation().getUserData()).isEqualTo(OWN);

        await().atMost(Duration.ofSeconds(15)).until(() -> seen.containsKey(tracedId)
                && b.span("tencent-tts:jobs", untracedId) != null && b.span("tencent-tts:jobs", bareId) != null);
        SpanData submit = a.span("tencent-tts:submit", tracedId);
        SpanData emitted = b.span("tencent-tts:jobs", tracedId);
        assertThat(emitted.getTraceId()).isEqualTo(submit.getTraceId());
        assertThat(emitted.getParentSpanId()).isEqualTo(submit.getSpanId());
        assertThat(attr(emitted, TtsSpanFacts.STATE)).isEqualTo("Success");
        assertThat(attr(emitted, TtsSpanFacts.QUEUE_MS)).isNotNull();
        assertThat(attr(emitted, TtsSpanFacts.RUN_MS)).isNotNull();
        assertThat(seen.get(tracedId)).isEqualTo(new Received(OWN, OWN));
        // its first delivery failed and it was offered again: both deliveries are children of the submit
        assertThat(b.spans()).filteredOn(s -> s.getName().equals("tencent-tts:jobs"))
                .filteredOn(s -> tracedId.equals(attr(s, TtsSpanFacts.JOB_ID))).hasSize(2)
                .allSatisfy(s -> assertThat(s.getParentSpanId()).isEqualTo(submit.getSpanId()));

        // a job without UserData of its own carries only the trace, and gives none back
        assertThat(b.span("tencent-tts:jobs", bareId).getParentSpanId())
                .isEqualTo(a.span("tencent-tts:submit", bareId).getSpanId());
        assertThat(seen.get(bareId)).isEqualTo(new Received(null, null));

        // traceInUserData=false: UserData is sent as the route gave it (none when it gave none), so the job starts a
        // trace of its own
        assertThat(storedUserData(untracedId)).isEqualTo(OWN);
        String untracedBareId = send("direct:untraced", TEXT + " Bare.", Map.of()).getMessage()
                .getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(storedUserData(untracedBareId)).isEmpty();
        assertThat(b.span("tencent-tts:jobs", untracedId).getTraceId())
                .isNotEqualTo(a.span("tencent-tts:submit", untracedId).getTraceId());
        assertThat(seen.get(untracedId)).isEqualTo(new Received(OWN, OWN));
        assertNothingPrivate(TEXT);
    }

    /**
     * A route's own UserData shaped exactly like an envelope comes back whole whichever way it went: with
     * traceInUserData=false on both sides it is sent and handed over as it is; a pojoRequest carries the guard, which
     * a receiving endpoint takes off again, and the route's own request object is left as the route built it.
     */
    @Test
    void aRouteValueShapedLikeAnEnvelopeComesBackWholeWhateverTheOptions() throws Exception {
        String lookalike = "tp:00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01|route-value";
        Map<String, Received> raw = new ConcurrentHashMap<>();
        Map<String, Received> opened = new ConcurrentHashMap<>();
        node(new Tracing(), null, receiving(uri("jobs", "delay=100&traceInUserData=false"), raw));
        node(new Tracing(), null, receiving(uri("jobs", "delay=100"), opened));

        String plainId = send("direct:untraced", TEXT, Map.of(TencentTtsConstants.USER_DATA, lookalike))
                .getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(storedUserData(plainId)).isEqualTo(lookalike);

        JobRequest request = new JobRequest().withOperation(new JobOperation()
                .withTtsTpl(new TtsTpl().withMode("Sync").withCodec("wav").withVoiceType("aixiaoxue"))
                .withTtsConfig(new TtsConfig().withInputType("Text").withInput(TEXT))
                .withOutput(new Output().withRegion(REGION).withBucket(BUCKET).withObject("pojo/lookalike.wav"))
                .withUserData(lookalike));
        Exchange pojo = send(uri("submit", "pojoRequest=true"), request, Map.of());
        assertThat(pojo.getException()).isNull();
        String pojoId = pojo.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(storedUserData(pojoId)).isEqualTo("tp:-|" + lookalike);
        assertThat(request.getOperation().getUserData()).as("the route's request object, as it built it")
                .isEqualTo(lookalike);
        assertThat(pojo.getMessage().getHeader(TencentTtsConstants.JOB_USER_DATA)).isEqualTo(lookalike);

        await().atMost(Duration.ofSeconds(15)).until(() -> raw.containsKey(plainId) && opened.containsKey(pojoId));
        assertThat(raw.get(plainId)).isEqualTo(new Received(lookalike, lookalike));
        assertThat(opened.get(pojoId)).isEqualTo(new Received(lookalike, lookalike));
        Exchange look = send(uri("getJob", "traceInUserData=false"), null, Map.of(TencentTtsConstants.JOB_ID,
                plainId));
        assertThat(look.getMessage().getHeader(TencentTtsConstants.JOB_USER_DATA)).isEqualTo(lookalike);
    }

    @Test
    void aJobEmittedByTheCallbackConsumerOfASecondContextLandsInTheSubmitsTrace() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, Received> seen = new ConcurrentHashMap<>();
        Tracing b = new Tracing();
        node(b, port, receiving(uri("callback", "path=/tts/traced&callbackToken=RAW(" + TOKEN + ")"), seen));

        String callBack = "http://127.0.0.1:" + port + "/tts/traced?token=" + TOKEN;
        Exchange traced = send("direct:submit", TEXT, Map.of(TencentTtsConstants.USER_DATA, OWN,
                TencentTtsConstants.CALL_BACK, callBack, TencentTtsConstants.CALL_BACK_FORMAT, "JSON"));
        String jobId = traced.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);

        await().atMost(Duration.ofSeconds(15)).until(() -> b.span("tencent-tts:callback", jobId) != null);
        SpanData submit = a.span("tencent-tts:submit", jobId);
        SpanData emitted = b.span("tencent-tts:callback", jobId);
        assertThat(emitted.getTraceId()).isEqualTo(submit.getTraceId());
        assertThat(emitted.getParentSpanId()).isEqualTo(submit.getSpanId());
        assertThat(attr(emitted, TtsSpanFacts.STATE)).isEqualTo("Success");
        assertThat(seen.get(jobId)).isEqualTo(new Received(OWN, OWN));
        assertNothingPrivate(TEXT, callBack);
    }

    @Test
    void everyPieceOfASplitTextCarriesTheTraceAndTheJoinedDeliveryIsOneSpan() {
        String text = ("This sentence is one of several that make a long text. ").repeat(14);
        Exchange e = send(uri("submit", "longTextStrategy=split&waitForCompletion=true&waitInterval=100"
                                        + "&waitMaxInterval=200"), text, Map.of(TencentTtsConstants.USER_DATA, OWN));
        assertThat(e.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<String> ids = e.getMessage().getHeader(TencentTtsConstants.JOB_IDS, List.class);
        assertThat(ids).hasSizeGreaterThan(1);
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_USER_DATA)).isEqualTo(OWN);

        await().atMost(Duration.ofSeconds(10)).until(() -> a.span("tencent-tts:submit", ids.get(0)) != null);
        SpanData submit = a.span("tencent-tts:submit", ids.get(0));
        assertThat(attr(submit, TtsSpanFacts.SPLIT_COUNT)).isEqualTo(String.valueOf(ids.size()));
        assertThat(attr(submit, TtsSpanFacts.JOB_IDS)).isEqualTo(String.join(",", ids));
        assertThat(submit.getEvents()).filteredOn(ev -> ev.getName().equals(TtsSpanFacts.PART_EVENT))
                .extracting(ev -> ev.getAttributes().get(
                        io.opentelemetry.api.common.AttributeKey.stringKey(TtsSpanFacts.JOB_ID)))
                .containsExactlyElementsOf(ids);
        for (String id : ids) {
            assertThat(storedUserData(id)).isEqualTo("tp:" + traceparent(submit) + "|" + OWN);
        }
        // and each piece is a child span of the delivery, lasting from its CreationTime to its EndTime
        List<SpanData> parts = a.spans().stream().filter(s -> s.getName().equals("tencent-tts:part")).toList();
        assertThat(parts).extracting(s -> attr(s, TtsSpanFacts.JOB_ID)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.getTraceId()).isEqualTo(submit.getTraceId());
            assertThat(p.getParentSpanId()).isEqualTo(submit.getSpanId());
            assertThat(p.getEndEpochNanos()).isGreaterThanOrEqualTo(p.getStartEpochNanos());
            assertThat(attr(p, TtsSpanFacts.STATE)).isEqualTo("Success");
        });
        assertNothingPrivate(text.substring(0, 60));
    }

    // ------------------------------------------------------------------ helpers

    static String attr(SpanData span, String key) {
        return span.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey(key));
    }

    static String traceparent(SpanData span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-01";
    }

    static String storedUserData(String jobId) {
        return storedJob(jobId).path("Operation", "UserData").text();
    }

    /** Every attribute of every span and event either node exported: no text, UserData, credential or token. */
    void assertNothingPrivate(String... more) {
        List<String> forbidden = new ArrayList<>(List.of(OWN, SECRET_ID, SECRET_KEY, TOKEN, "tp:00-"));
        forbidden.addAll(List.of(more));
        List<SpanData> all = new ArrayList<>(a.spans());
        others.forEach(t -> all.addAll(t.spans()));
        assertThat(all).isNotEmpty();
        int values = 0;
        for (SpanData s : all) {
            List<Attributes> attributes = new ArrayList<>();
            attributes.add(s.getAttributes());
            s.getEvents().stream().map(EventData::getAttributes).forEach(attributes::add);
            for (Attributes at : attributes) {
                for (Object value : at.asMap().values()) {
                    values++;
                    for (String f : forbidden) {
                        assertThat(String.valueOf(value)).as("an attribute of span %s", s.getName())
                                .doesNotContain(f);
                    }
                }
            }
            for (String f : forbidden) {
                assertThat(s.getName()).doesNotContain(f);
            }
        }
        assertThat(values).isGreaterThan(10);
    }
}
