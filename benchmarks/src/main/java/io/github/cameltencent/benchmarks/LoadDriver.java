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
package io.github.cameltencent.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.net.URIAuthority;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.client.CiXml;
import io.github.cameltencent.tts.client.RequestSigner;
import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.Output;
import io.github.cameltencent.tts.model.TtsConfig;
import io.github.cameltencent.tts.model.TtsTpl;

/**
 * Load figures against the emulator on loopback, each next to a baseline measured in the same run.
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.cameltencent.benchmarks.LoadDriver [sections]}, sections:
 * emulator, submit, consumer, waiting (default all).
 */
public final class LoadDriver {

    static final String ID = "AKIDBENCH";
    static final String KEY = "bench-secret";
    static final String REGION = "ap-guangzhou";
    static final String BUCKET = "bench-1250000000";
    static final String HOST = BUCKET + ".ci." + REGION + ".myqcloud.com";
    static final int SECONDS = Integer.getInteger("bench.seconds", 8);
    static final int RUNS = Integer.getInteger("bench.runs", 3);

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<String> sections = args.length == 0 ? List.of("emulator", "submit", "consumer", "waiting")
                : Arrays.asList(args);
        System.out.printf("machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        if (sections.contains("emulator")) {
            emulatorCapacity();
        }
        if (sections.contains("submit")) {
            submitThroughput();
        }
        if (sections.contains("consumer")) {
            consumerPolls();
        }
        if (sections.contains("waiting")) {
            waitingExchanges();
        }
    }

    static TencentCiEmulator emulator(int concurrency, Duration processing) {
        return TencentCiEmulator.builder().credential(ID, KEY).speech(false).concurrency(concurrency)
                .processingTime(processing).maxThreads(512).start();
    }

    // ================================================================== baseline client: bare HttpClient 5

    static CloseableHttpClient bareClient(int pool) {
        return HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(pool).setMaxConnPerRoute(pool).setDefaultConnectionConfig(ConnectionConfig.DEFAULT)
                .build()).disableAutomaticRetries().build();
    }

    static int bareSend(CloseableHttpClient http, HttpHost target, String method, String path, Map<String, String> params,
                        byte[] body) throws Exception {
        StringBuilder query = new StringBuilder();
        if (params != null) {
            params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(RequestSigner.encode(k))
                    .append('=').append(RequestSigner.encode(v)));
        }
        BasicClassicHttpRequest req = new BasicClassicHttpRequest(method, target, path + query);
        req.setAuthority(new URIAuthority(HOST));
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("Host", HOST);
        if (body != null) {
            signed.put("Content-Length", String.valueOf(body.length));
            signed.put("Content-Type", "application/xml");
            req.setEntity(new ByteArrayEntity(body, ContentType.create("application/xml")));
        }
        long now = System.currentTimeMillis() / 1000;
        req.addHeader("Authorization", RequestSigner.authorization(method, path, params, signed, ID, KEY, now,
                now + 900));
        return http.execute(target, req, r -> {
            EntityUtils.consume(r.getEntity());
            return r.getCode();
        });
    }

    static byte[] submitBody(int n) {
        JobRequest r = new JobRequest().withTag("Tts").withOperation(new JobOperation()
                .withTtsTpl(new TtsTpl().withMode("Sync").withCodec("mp3"))
                .withTtsConfig(new TtsConfig().withInputType("Text").withInput("benchmark text number " + n))
                .withOutput(new Output().withRegion(REGION).withBucket(BUCKET).withObject("bench/" + n + ".mp3")));
        return CiXml.write(r);
    }

    // ================================================================== measuring

    interface Call {
        void run(int n) throws Exception;
    }

    /**
     * @param cpuMicros the load threads' own CPU time per call (what the side costs its caller, whatever the shared
     *                  cores do to throughput)
     */
    record Result(double perSecond, double p50ms, double p99ms, long errors, double cpuMicros) {
        @Override
        public String toString() {
            return String.format("%8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  cpu %5.1f us/call  errors %d", perSecond,
                    p50ms, p99ms, cpuMicros, errors);
        }
    }

    /**
     * Calls from {@code concurrency} threads for 2 s of warm-up and {@code seconds} measured. The heap is collected
     * first, so a side does not pay for the garbage of the one measured before it, and latencies go into a small
     * histogram per thread (about 3 % resolution), not an array per call: arrays of millions of entries per thread
     * were humongous objects that made the collector work hardest for whichever side allocates more.
     */
    static Result measure(int concurrency, int seconds, Call call) throws Exception {
        System.gc();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicBoolean warm = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger seq = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<long[]> histograms = new ArrayList<>();
        AtomicLong cpuNanos = new AtomicLong();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            long[] histogram = new long[Latency.BUCKETS];
            histograms.add(histogram);
            pool.execute(() -> {
                long cpuAtWarm = -1;
                while (!stop.get()) {
                    if (cpuAtWarm < 0 && warm.get()) {
                        cpuAtWarm = threads.getCurrentThreadCpuTime();
                    }
                    long t0 = System.nanoTime();
                    try {
                        call.run(seq.incrementAndGet());
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (warm.get()) {
                        histogram[Latency.bucket(System.nanoTime() - t0)]++;
                    }
                }
                if (cpuAtWarm >= 0) {
                    cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpuAtWarm);
                }
                done.countDown();
            });
        }
        TimeUnit.SECONDS.sleep(2); // warm-up, not counted
        warm.set(true);
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        stop.set(true);
        double elapsed = (System.nanoTime() - start) / 1e9;
        done.await();
        pool.shutdown();
        long[] all = new long[Latency.BUCKETS];
        for (long[] histogram : histograms) {
            for (int i = 0; i < all.length; i++) {
                all[i] += histogram[i];
            }
        }
        long total = Arrays.stream(all).sum();
        return new Result(total / elapsed, Latency.quantile(all, total, 0.5) / 1e6,
                Latency.quantile(all, total, 0.99) / 1e6, errors.get(), total == 0 ? 0 : cpuNanos.get() / 1e3 / total);
    }

    /** A log-linear latency histogram: 32 buckets per power of two of nanoseconds. */
    static final class Latency {
        static final int BUCKETS = 64 * 32;

        private Latency() {
        }

        static int bucket(long nanos) {
            if (nanos < 32) {
                return (int) Math.max(0, nanos);
            }
            int shift = 63 - Long.numberOfLeadingZeros(nanos) - 5;
            return Math.min(BUCKETS - 1, (shift + 1) * 32 + (int) ((nanos >>> shift) & 31));
        }

        /** The lowest latency of a bucket. */
        static long lowest(int bucket) {
            if (bucket < 32) {
                return bucket;
            }
            int shift = bucket / 32 - 1;
            return (32L + bucket % 32) << shift;
        }

        static long quantile(long[] histogram, long total, double q) {
            long rank = (long) Math.ceil(total * q);
            long seen = 0;
            for (int i = 0; i < histogram.length; i++) {
                seen += histogram[i];
                if (seen >= rank && seen > 0) {
                    return lowest(i);
                }
            }
            return 0;
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    // ================================================================== sections

    static void emulatorCapacity() throws Exception {
        try (TencentCiEmulator emu = emulator(1, Duration.ofHours(1)); CloseableHttpClient http = bareClient(64)) {
            HttpHost target = HttpHost.create(URI.create(emu.baseUrl()));
            Map<String, String> params = Map.of("tag", "Tts", "size", "1");
            System.out.println("\n== emulator capacity: signed GET /jobs?tag=Tts&size=1, bare HttpClient 5, 32 threads");
            double[] rates = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                Result res = measure(32, SECONDS, n -> bareSend(http, target, "GET", "/jobs", params, null));
                rates[r] = res.perSecond();
                System.out.println("  run " + (r + 1) + ": " + res);
            }
            System.out.printf("  median %.0f req/s%n", median(rates));
        }
    }

    static void submitThroughput() throws Exception {
        System.out.println("\n== submit: Camel route (direct -> tencent-tts:submit) vs bare HttpClient 5, same signed"
                + " requests, same pool size (64)");
        for (int concurrency : new int[] {1, 8, 32}) {
            double[] camel = new double[RUNS];
            double[] bare = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                // a fresh emulator per run, jobs wait in its queue so synthesis does not compete for the CPU
                try (TencentCiEmulator emu = emulator(1, Duration.ofHours(1));
                     CloseableHttpClient http = bareClient(64);
                     CamelContext context = new DefaultCamelContext()) {
                    HttpHost target = HttpHost.create(URI.create(emu.baseUrl()));
                    context.addRoutes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("direct:submit").to("tencent-tts:submit?region=" + REGION + "&bucket=" + BUCKET
                                    + "&secretId=" + ID + "&secretKey=RAW(" + KEY + ")&endpointOverride="
                                    + emu.baseUrl() + "&mode=Sync&codec=mp3&maxConnections=64");
                        }
                    });
                    context.start();
                    ProducerTemplate template = context.createProducerTemplate();
                    Result b = measure(concurrency, SECONDS, n -> {
                        if (bareSend(http, target, "POST", "/jobs", null, submitBody(n)) != 200) {
                            throw new IllegalStateException();
                        }
                    });
                    Result c = measure(concurrency, SECONDS, n -> {
                        Exchange e = template.send("direct:submit", x -> {
                            x.getMessage().setBody("benchmark text number " + n);
                            x.getMessage().setHeader(TencentTtsConstants.OUTPUT_OBJECT, "bench/c" + n + ".mp3");
                        });
                        if (e.getException() != null) {
                            throw e.getException();
                        }
                    });
                    bare[r] = b.perSecond();
                    camel[r] = c.perSecond();
                    System.out.printf("  c=%-2d run %d  baseline %s%n               camel    %s  ratio %.2f%n",
                            concurrency, r + 1, b, c, c.perSecond() / b.perSecond());
                }
            }
            System.out.printf("  c=%-2d median baseline %.0f req/s, camel %.0f req/s, ratio %.2f%n", concurrency,
                    median(bare), median(camel), median(camel) / median(bare));
        }
    }

    static void consumerPolls() throws Exception {
        System.out.println("\n== consumer: 10 000 jobs in flight, 1 000 finishing per poll");
        try (TencentCiEmulator emu = emulator(1, Duration.ofHours(1)); CloseableHttpClient http = bareClient(64);
             CamelContext context = new DefaultCamelContext()) {
            HttpHost target = HttpHost.create(URI.create(emu.baseUrl()));
            // 10 000 waiting jobs: the queue's only slot is taken by a job that never ends
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<CompletableFuture<Void>> submits = new ArrayList<>();
            for (int i = 0; i < 10_001; i++) {
                int n = i;
                submits.add(CompletableFuture.runAsync(() -> {
                    try {
                        bareSend(http, target, "POST", "/jobs", null, submitBody(n));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            CompletableFuture.allOf(submits.toArray(CompletableFuture[]::new)).join();
            AtomicInteger emitted = new AtomicInteger();
            AtomicLong emitLatency = new AtomicLong();
            Map<String, Long> cancelledAt = new java.util.concurrent.ConcurrentHashMap<>();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("tencent-tts:jobs?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + ID
                            + "&secretKey=RAW(" + KEY + ")&endpointOverride=" + emu.baseUrl()
                            + "&states=Cancel&startScheduler=false&size=100&lookback=3600000").routeId("c")
                            .process(e -> {
                                Long t = cancelledAt.get(e.getMessage().getHeader(TencentTtsConstants.JOB_ID,
                                        String.class));
                                if (t != null) {
                                    emitLatency.addAndGet(System.nanoTime() - t);
                                }
                                emitted.incrementAndGet();
                            });
                }
            });
            context.start();
            var consumer = context.getRoute("c").getConsumer();
            java.lang.reflect.Method poll = consumer.getClass().getMethod("poll");
            System.gc();
            long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            emu.resetRequestCounts();
            poll.invoke(consumer); // first poll: discovers the 10 000 running jobs
            long firstCalls = emu.requestCount("listJobs") + emu.requestCount("getJob");
            System.gc();
            long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("  first poll (discovers 10 001 jobs): %d calls; heap per tracked job about %d bytes%n",
                    firstCalls, Math.max(0, heapAfter - heapBefore) / 10_001);
            List<String> ids = emu.jobs().stream().filter(j -> "Submitted".equals(j.state())).map(j -> j.jobId())
                    .toList();
            int pending = ids.size();
            for (int round = 0; round < 5; round++) {
                List<String> batch = ids.subList(round * 1000, round * 1000 + 1000);
                for (String id : batch) {
                    cancelledAt.put(id, System.nanoTime());
                    bareSend(http, target, "PUT", "/jobs/" + id, Map.of(), new byte[0]);
                }
                pending -= 1000;
                emu.resetRequestCounts();
                int before = emitted.get();
                long t0 = System.nanoTime();
                poll.invoke(consumer);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long calls = emu.requestCount("listJobs") + emu.requestCount("getJob");
                System.out.printf("  round %d: 1000 finished, %d pending: %d API calls (target <= %d), %d emitted,"
                        + " poll took %d ms%n", round + 1, pending, calls, 1000 / 100 + pending / 100 + 2,
                        emitted.get() - before, ms);
            }
            System.out.printf("  mean finish-to-emission latency %.1f ms (cancel sent until routed, incl. the"
                    + " other 999 cancels of the round)%n", emitLatency.get() / 1e6 / Math.max(1, emitted.get()));
            pool.shutdown();
        }
    }

    static void waitingExchanges() throws Exception {
        System.out.println("\n== waiting: 5 000 concurrent waitForCompletion exchanges");
        try (TencentCiEmulator emu = emulator(4, Duration.ZERO); CamelContext context = new DefaultCamelContext()) {
            emu.holdMarker("#hold#");
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "tencent-tts:submit?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + ID
                    + "&secretKey=RAW(" + KEY + ")&endpointOverride=" + emu.baseUrl()
                    + "&waitForCompletion=true&waitInterval=1000&waitMaxInterval=5000";
            System.gc();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            List<CompletableFuture<Exchange>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(template.asyncSend(uri, e -> e.getMessage().setBody("slot #hold#")));
            }
            for (int i = 0; i < 5000; i++) {
                String text = "waiting " + i;
                all.add(template.asyncSend(uri, e -> e.getMessage().setBody(text)));
            }
            while (emu.jobs().size() < 5004) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            TimeUnit.SECONDS.sleep(3);
            System.gc();
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long waitingNow = all.stream().filter(f -> !f.isDone()).count();
            System.out.printf("  %d exchanges waiting: threads %d (before %d, JVM total %d), heap %d MB (before %d MB)%n",
                    waitingNow, threads - threadsBefore, threadsBefore, threads, heap >> 20, heapBefore >> 20);
            emu.releaseHeldJobs();
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            long ok = all.stream().filter(f -> f.join().getException() == null).count();
            System.out.printf("  all completed: %d of %d successful%n", ok, all.size());
        }
    }
}
