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
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.client.CiException;

/**
 * The component runs on Camel, over real HTTP to the emulator: its threads come from the CamelContext's
 * ExecutorServiceManager and are gone after stop; no route thread, consumer path or tracker tick waits on HTTP;
 * readiness is one short, bounded probe; camel-http's HttpClientConfigurer reaches every request; a hostile answer
 * past maxResponseSize costs the connection, not the bandwidth. About 15 s in all.
 */
class CamelRuntimeTest extends TtsTestSupport {

    /** The names of the component's pools; Camel names their threads "Camel (ctx) thread #n - <name>". */
    private static final List<String> POOLS = List.of("TencentTtsIo", "TencentTtsWorker", "TencentTtsScheduler",
            "TencentTtsJobTracker");

    private static Set<String> liveThreads(String part) {
        Set<String> names = new java.util.TreeSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().contains(part)) {
                names.add(t.getName());
            }
        }
        return names;
    }

    @Test
    void everyThreadComesFromCamelsExecutorServiceManagerAndIsGoneAfterStop() throws Exception {
        // every thread factory Camel's manager makes, by source: the endpoint's pools must be among them
        Map<String, Object> madeBy = new ConcurrentHashMap<>();
        context.getExecutorServiceManager().addThreadFactoryListener((source, factory) -> (ThreadFactory) r -> {
            Thread t = factory.newThread(r);
            madeBy.put(t.getName(), source);
            return t;
        });
        List<String> continuedOn = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").to(uri("submit", "mode=Sync&codec=wav&waitForCompletion=true&waitInterval=50"))
                        .process(e -> continuedOn.add(Thread.currentThread().getName()));
                from("direct:get").to(uri("getJob", "retryBaseDelay=20&retryMaxDelay=20"))
                        .process(e -> continuedOn.add(Thread.currentThread().getName()));
            }
        });
        Exchange done = template.send("direct:speak", e -> e.getMessage().setBody("Threads of Camel."));
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader(TencentTtsConstants.JOB_STATE)).isEqualTo("Success");
        // a retry after a 503: its pause is scheduled on the endpoint's scheduler, not a JVM-global one
        emulator().faults().script("getJob", io.github.cameltencent.emulator.Faults.Action.ERROR_503);
        Exchange got = template.send("direct:get", e -> e.getMessage().setHeader(TencentTtsConstants.JOB_ID,
                done.getMessage().getHeader(TencentTtsConstants.JOB_ID)));
        assertThat(got.getException()).isNull();

        assertThat(continuedOn).as("the routes continued on the endpoint's pools, not the caller's thread")
                .allSatisfy(name -> assertThat(name).containsAnyOf("TencentTtsIo", "TencentTtsWorker"));
        Set<String> running = liveThreads("TencentTts");
        assertThat(running).anySatisfy(n -> assertThat(n).contains("TencentTtsIo"))
                .anySatisfy(n -> assertThat(n).contains("TencentTtsJobTracker"))
                .anySatisfy(n -> assertThat(n).contains("TencentTtsScheduler"));
        assertThat(running).as("made by Camel's ExecutorServiceManager, for a tencent-tts endpoint").allSatisfy(n -> {
            assertThat(madeBy).containsKey(n);
            assertThat(madeBy.get(n)).isInstanceOf(TencentTtsEndpoint.class);
            assertThat(n).startsWith("Camel (");
        });
        assertThat(liveThreads("CiClient-retry")).isEmpty();

        context.stop();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String pool : POOLS) {
                assertThat(liveThreads(pool)).as(pool).isEmpty();
            }
        });
        // the JVM-wide scheduler behind CompletableFuture.delayedExecutor / orTimeout is never started by us
        assertThat(liveThreads("CompletableFutureDelayScheduler")).isEmpty();
    }

    @Test
    void thePoolsAreSizedByTheirOptions() throws Exception {
        TencentTtsEndpoint endpoint = context.getEndpoint(uri("getQueues", "ioPoolSize=3&workerPoolSize=2"),
                TencentTtsEndpoint.class);
        assertThat(((java.util.concurrent.ThreadPoolExecutor) endpoint.workers()).getMaximumPoolSize()).isEqualTo(2);
        // six calls at once against a held operation: exactly three run, on the endpoint's three io threads
        emulator().faults().hold("getSpeechQueues");
        List<CompletableFuture<Exchange>> calls = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                calls.add(template.asyncSend(endpoint, e -> { }));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> liveThreads("TencentTtsIo").size() == 3);
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);
            assertThat(liveThreads("TencentTtsIo")).hasSize(3);
        } finally {
            emulator().faults().release("getSpeechQueues");
        }
        for (CompletableFuture<Exchange> call : calls) {
            assertThat(call.get(10, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getEndpoint(uri("getQueues",
                "ioPoolSize=0")).start()).hasStackTraceContaining("ioPoolSize");
    }

    @Test
    void aProfileRegisteredUnderThePoolsNameSizesItOverTheOption() throws Exception {
        // the application's profiles, by the pools' names: they win over ioPoolSize and workerPoolSize
        org.apache.camel.spi.ThreadPoolProfile io = new org.apache.camel.builder.ThreadPoolProfileBuilder(
                "TencentTtsIo").poolSize(2).maxPoolSize(2).maxQueueSize(-1).build();
        org.apache.camel.spi.ThreadPoolProfile workers = new org.apache.camel.builder.ThreadPoolProfileBuilder(
                "TencentTtsWorker").poolSize(3).maxPoolSize(3).build();
        context.getExecutorServiceManager().registerThreadPoolProfile(io);
        context.getExecutorServiceManager().registerThreadPoolProfile(workers);
        TencentTtsEndpoint endpoint = context.getEndpoint(uri("getQueues", "ioPoolSize=7&workerPoolSize=5"),
                TencentTtsEndpoint.class);
        assertThat(((java.util.concurrent.ThreadPoolExecutor) endpoint.workers()).getMaximumPoolSize()).isEqualTo(3);
        // five calls at once against a held operation: the profile's two io threads run them, not the option's 7
        emulator().faults().hold("getSpeechQueues");
        List<CompletableFuture<Exchange>> calls = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                calls.add(template.asyncSend(endpoint, e -> { }));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> liveThreads("TencentTtsIo").size() == 2);
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);
            assertThat(liveThreads("TencentTtsIo")).hasSize(2);
        } finally {
            emulator().faults().release("getSpeechQueues");
        }
        for (CompletableFuture<Exchange> call : calls) {
            assertThat(call.get(10, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
        }
    }

    @Test
    void aHeldLookUpHoldsNeitherTheTickNorTheNextSubmit() throws Exception {
        emulator().faults().hold("getJob");
        try {
            String waitUri = uri("submit", "mode=Sync&codec=wav&waitForCompletion=true&waitTimeout=2000"
                    + "&waitInterval=50");
            long start = System.nanoTime();
            // the job is done in 300 ms, but every look-up is held by the emulator: only the wait's own clock can
            // end this exchange, and it runs on the tracker's tick, which must not be stuck in the held call
            CompletableFuture<Exchange> waiting = template.asyncSend(waitUri,
                    e -> e.getMessage().setBody("Held while it waits."));
            await().atMost(Duration.ofSeconds(5)).until(() -> emulator().requestCount("getJob") > 0);
            // the same endpoint sends the next submit while its look-up is still held
            long submitsBefore = emulator().requestCount("submitJob");
            CompletableFuture<Exchange> next = template.asyncSend(waitUri,
                    e -> e.getMessage().setBody("The next one goes out."));
            await().atMost(Duration.ofSeconds(2)).until(() -> emulator().requestCount("submitJob") > submitsBefore);

            Exchange waited = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(waited.getException()).isNull();
            assertThat(waited.getMessage().getHeader(TencentTtsConstants.JOB_STATE))
                    .as("the wait ran out with the state last seen").isNotEqualTo("Success");
            assertThat(tookMillis).as("waitTimeout=2s ended the wait on time (loaded machine: generous bound)")
                    .isLessThan(6000);
            Exchange second = next.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(second.getException()).isNull();
            assertThat(second.getMessage().getHeader(TencentTtsConstants.JOB_ID)).isNotNull();
        } finally {
            emulator().faults().release("getJob");
        }
    }

    @Test
    void aTemplateLookUpNeverHoldsTheCallingThreadAndIsCached() throws Exception {
        Exchange made = send(uri("createTemplate", "templateName=threads_tpl&mode=Sync&codec=wav"), null, Map.of());
        String templateId = made.getMessage().getHeader(TencentTtsConstants.TEMPLATE_ID, String.class);
        TencentTtsEndpoint endpoint = context.getEndpoint(uri("submit", "templateId=" + templateId),
                TencentTtsEndpoint.class);
        org.apache.camel.AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        emulator().faults().hold("getTemplates");
        CompletableFuture<Exchange> done = new CompletableFuture<>();
        try {
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setBody("Spoken with a template.");
            long start = System.nanoTime();
            boolean sync = producer.process(exchange, doneSync -> done.complete(exchange));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            // the generated key needs the template's codec: it is read on the io pool, not here
            assertThat(sync).isFalse();
            assertThat(tookMillis).as("process returned while the template read is held").isLessThan(1000);
            await().atMost(Duration.ofSeconds(5)).until(() -> emulator().requestCount("getTemplates") > 0);
            assertThat(done).isNotDone();
        } finally {
            emulator().faults().release("getTemplates");
        }
        Exchange first = done.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getHeader(TencentTtsConstants.JOB_OUTPUT_OBJECT, String.class))
                .endsWith(".wav");
        long reads = emulator().requestCount("getTemplates");
        Exchange second = template.send(endpoint, e -> e.getMessage().setBody("Again."));
        assertThat(second.getException()).isNull();
        assertThat(emulator().requestCount("getTemplates")).as("read once, then cached").isEqualTo(reads);
        producer.stop();
    }

    @Test
    void readinessIsOneShortProbeAndAHungServiceIsDownWithinTwiceItsTimeout() throws Exception {
        long timeout = 1000;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // socketTimeout and the retries are left at their defaults (30 s, 3): the probe must not use them
                from(uri("jobs", "delay=200&readinessTimeout=" + timeout)).routeId("ready").to("log:ready?level=OFF");
            }
        });
        TencentTtsConsumer consumer = (TencentTtsConsumer) context.getRoute("ready").getConsumer();
        TencentTtsConsumerHealthCheck check = new TencentTtsConsumerHealthCheck(consumer, "ready");
        await().atMost(Duration.ofSeconds(10)).until(() -> check.call(Map.of()).getState() == HealthCheck.State.UP);
        long probesBefore = emulator().requestCount("getSpeechQueues");
        check.call(Map.of());
        assertThat(emulator().requestCount("getSpeechQueues")).as("a fresh verdict is reused")
                .isEqualTo(probesBefore);

        emulator().faults().hold("getSpeechQueues");
        try {
            long start = System.nanoTime();
            HealthCheck.Result result;
            do {
                result = check.call(Map.of());
            } while (result.getState() == HealthCheck.State.UP
                    && System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(tookMillis).as("DOWN within twice readinessTimeout").isLessThanOrEqualTo(2 * timeout);
            assertThat(emulator().requestCount("getSpeechQueues") - probesBefore)
                    .as("one attempt per probe, no retries").isLessThanOrEqualTo(2);
        } finally {
            emulator().faults().release("getSpeechQueues");
        }
    }

    @Test
    void anAutowiredHttpClientConfigurerSeesEveryCiAndCosRequest() throws Exception {
        AtomicInteger ci = new AtomicInteger();
        AtomicInteger cos = new AtomicInteger();
        HttpClientConfigurer counting = builder -> builder.addRequestInterceptorFirst((request, entity, ctx) -> {
            String host = request.getFirstHeader("Host") != null ? request.getFirstHeader("Host").getValue()
                    : String.valueOf(request.getAuthority());
            (host.contains(".cos.") ? cos : ci).incrementAndGet();
        });
        context.getRegistry().bind("countingConfigurer", counting);
        emulator().resetRequestCounts();
        // an uploaded long text (COS PUT), the submit and the look-ups (CI), the download (COS GET)
        Exchange e = send(uri("submit", "mode=Asyc&codec=wav&longTextStrategy=upload&waitForCompletion=true"
                + "&waitInterval=50&download=true"), "A long text. ".repeat(40), Map.of());
        assertThat(e.getException()).isNull();
        TencentTtsEndpoint endpoint = context.getEndpoints().stream().filter(TencentTtsEndpoint.class::isInstance)
                .map(TencentTtsEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration().getHttpClientConfigurer()).as("autowired").isSameAs(counting);
        assertThat(cos.get()).as("the upload and the download").isGreaterThanOrEqualTo(2);
        assertThat(ci.get()).as("the submit and its look-ups").isGreaterThanOrEqualTo(2);
        // the uploaded text is removed after the job ended, asynchronously: counted once it is in
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(ci.get() + cos.get())
                .as("every request the emulator saw went through the configurer")
                .isEqualTo(emulator().requestCount()));
    }

    // ------------------------------------------------------------------ bounded on the wire

    /** A server that answers any request with 32 MiB and counts what it could write before the client left. */
    private static final class HugeAnswer implements AutoCloseable {
        static final long SIZE = 32L * 1024 * 1024;
        final ServerSocket server;
        final AtomicLong written = new AtomicLong();
        final CompletableFuture<Long> disconnected = new CompletableFuture<>();
        final Thread thread;

        HugeAnswer(boolean declareLength) throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(declareLength), "test-huge-answer");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve(boolean declareLength) {
            try (Socket s = server.accept()) {
                s.setSendBufferSize(64 * 1024);
                // the request head, up to the blank line (a GET has no body)
                var head = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                        StandardCharsets.US_ASCII));
                for (String line = head.readLine(); line != null && !line.isEmpty(); line = head.readLine()) {
                    // read and dropped
                }
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                        + (declareLength ? "Content-Length: " + SIZE + "\r\n" : "Connection: close\r\n") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = "<Response><JobsDetail>".repeat(3000).getBytes(StandardCharsets.US_ASCII);
                while (written.get() < SIZE) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
                out.flush();
                disconnected.complete(-1L); // all of it was taken: the client drained the answer
            } catch (IOException e) {
                disconnected.complete(written.get());
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @Test
    void pastMaxResponseSizeTheConnectionIsDroppedNotDrained() throws Exception {
        for (boolean declared : new boolean[] {true, false}) {
            try (HugeAnswer huge = new HugeAnswer(declared)) {
                String uri = "tencent-tts:getJob?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + SECRET_ID
                        + "&secretKey=RAW(" + SECRET_KEY + ")&endpointOverride=" + huge.url()
                        + "&maxResponseSize=1048576&maxRetries=0&jobId=j1";
                Exchange e = template.send(uri, x -> { });
                assertThat(e.getException()).isInstanceOf(CiException.class)
                        .hasMessageContaining("ResponseTooLarge");
                long sent = huge.disconnected.get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(sent).as("bytes the server wrote before the client disconnected (Content-Length "
                        + (declared ? "given" : "absent") + ")").isNotNegative().isLessThan(8L * 1024 * 1024);
            }
        }
    }
}
