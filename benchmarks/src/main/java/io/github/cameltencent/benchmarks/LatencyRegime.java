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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.ciModel.job.MediaJobObject;
import com.qcloud.cos.model.ciModel.job.MediaJobsRequest;

import io.github.cameltencent.tts.TencentTtsConfiguration;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.TencentTtsEndpoint;

/**
 * The latency regime: the emulator (its own JVM) adds {@code bench.latencyMs} (50) to every call, as a distant
 * service would. Measured: how many jobs per second the component submits and follows to completion with its default
 * pools, beside Tencent's SDK driven by as many threads as those pools hold (each thread submits, then polls every
 * waitInterval until the job ends, which is how the SDK is used); and what the component holds (threads, heap) with
 * {@code bench.waiting} (2 000) submits waiting for their jobs.
 *
 * <p>{@code java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.cameltencent.benchmarks.LatencyRegime}; options
 * {@code bench.seconds} (measured seconds per side, default 8), {@code bench.runs} (3), {@code bench.inflight} (how
 * many exchanges the driver keeps in flight on the component, default 256), {@code bench.processingMs} (how long a
 * job runs in the emulator, default 500), {@code bench.endpoint} (extra endpoint options, e.g.
 * {@code &ioPoolSize=64}).
 */
public final class LatencyRegime {

    static final int LATENCY = Integer.getInteger("bench.latencyMs", 50);
    static final int PROCESSING = Integer.getInteger("bench.processingMs", 500);
    static final int INFLIGHT = Integer.getInteger("bench.inflight", 256);
    static final int WAITING = Integer.getInteger("bench.waiting", 2000);
    static final int WAIT_INTERVAL = 200;
    /** Extra endpoint options, e.g. {@code &ioPoolSize=64}; empty measures the defaults. */
    static final String EXTRA = System.getProperty("bench.endpoint", "");

    private LatencyRegime() {
    }

    public static void main(String[] args) throws Exception {
        TencentTtsConfiguration defaults = new TencentTtsConfiguration();
        int poolThreads = defaults.getIoPoolSize() + defaults.getWorkerPoolSize() + 2; // + scheduler + tracker tick
        System.out.printf("== latency regime: %d ms added to every call, jobs run %d ms, waitInterval %d ms;"
                + " component default pools (io %d, worker %d, scheduler 1, tick 1)%s vs the SDK on %d threads%n",
                LATENCY, PROCESSING, WAIT_INTERVAL, defaults.getIoPoolSize(), defaults.getWorkerPoolSize(),
                EXTRA.isEmpty() ? "" : " with " + EXTRA, poolThreads);
        List<double[]> rates = new ArrayList<>();
        for (int run = 0; run < LoadDriver.RUNS; run++) {
            // alternate which side goes first, so the machine's drift favours neither
            double component;
            double sdk;
            if (run % 2 == 0) {
                component = componentThroughput();
                sdk = sdkThroughput(poolThreads);
            } else {
                sdk = sdkThroughput(poolThreads);
                component = componentThroughput();
            }
            System.out.printf("  run %d: component %.1f jobs/s, SDK %.1f jobs/s%n", run + 1, component, sdk);
            rates.add(new double[] {component, sdk});
        }
        System.out.printf("  median: component %.1f jobs/s, SDK (%d threads) %.1f jobs/s%n",
                LoadDriver.median(rates.stream().mapToDouble(r -> r[0]).toArray()), poolThreads,
                LoadDriver.median(rates.stream().mapToDouble(r -> r[1]).toArray()));
        waitingFootprint();
    }

    private static Process emulator(int processingMs) throws Exception {
        return AnswerPathLoad.startEmulator(processingMs, 100_000, List.of("--fault", "*:latency=" + LATENCY));
    }

    private static String options(String base) {
        return "region=" + LoadDriver.REGION + "&bucket=" + LoadDriver.BUCKET + "&secretId=" + LoadDriver.ID
                + "&secretKey=RAW(" + LoadDriver.KEY + ")&endpointOverride=" + base;
    }

    /** Jobs per second submitted and followed to Success by one endpoint with its default pools. */
    private static double componentThroughput() throws Exception {
        Process emu = emulator(PROCESSING);
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            String base = "http://127.0.0.1:" + AnswerPathLoad.port(emu);
            TencentTtsEndpoint endpoint = context.getEndpoint("tencent-tts:submit?" + options(base)
                    + "&mode=Sync&codec=mp3&waitForCompletion=true&waitInterval=" + WAIT_INTERVAL
                    + "&waitMaxInterval=" + WAIT_INTERVAL + EXTRA, TencentTtsEndpoint.class);
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            Semaphore slots = new Semaphore(INFLIGHT);
            AtomicBoolean counting = new AtomicBoolean();
            AtomicLong done = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            Thread driver = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    try {
                        slots.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    Exchange exchange = endpoint.createExchange();
                    exchange.getMessage().setBody("latency regime text " + n++);
                    producer.process(exchange, sync -> {
                        boolean ok = exchange.getException() == null
                                && "Success".equals(exchange.getMessage().getHeader(TencentTtsConstants.JOB_STATE));
                        if (counting.get()) {
                            (ok ? done : failed).incrementAndGet();
                        }
                        slots.release();
                    });
                }
            }, "latency-driver");
            driver.start();
            TimeUnit.SECONDS.sleep(3); // warm-up: the pools fill, the JIT settles
            counting.set(true);
            long start = System.nanoTime();
            TimeUnit.SECONDS.sleep(LoadDriver.SECONDS);
            long ok = done.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            counting.set(false);
            stop.set(true);
            driver.interrupt();
            driver.join();
            if (failed.get() > 0) {
                System.out.printf("    component: %d exchanges failed%n", failed.get());
            }
            producer.stop();
            return ok / seconds;
        } finally {
            emu.destroy();
        }
    }

    /** Jobs per second with the SDK: each thread submits, then polls every waitInterval until the job ends. */
    private static double sdkThroughput(int threads) throws Exception {
        Process emu = emulator(PROCESSING);
        String base = "http://127.0.0.1:" + AnswerPathLoad.port(emu);
        COSClient cos = AnswerPathLoad.sdkClient(base);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicBoolean counting = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong done = new AtomicLong();
            AtomicInteger numbers = new AtomicInteger();
            CountDownLatch finished = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    try {
                        while (!stop.get()) {
                            MediaJobsRequest submit = AnswerPathLoad.sdkSubmit(numbers.incrementAndGet());
                            MediaJobObject job = cos.createMediaJobs(submit).getJobsDetail();
                            String state = job.getState();
                            while (!"Success".equals(state) && !"Failed".equals(state) && !stop.get()) {
                                TimeUnit.MILLISECONDS.sleep(WAIT_INTERVAL);
                                MediaJobsRequest r = new MediaJobsRequest();
                                r.setBucketName(LoadDriver.BUCKET);
                                r.setJobId(job.getJobId());
                                state = cos.describeMediaJob(r).getJobsDetail().getState();
                            }
                            if ("Success".equals(state) && counting.get()) {
                                done.incrementAndGet();
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        System.out.println("    SDK thread failed: " + e);
                    } finally {
                        finished.countDown();
                    }
                });
            }
            TimeUnit.SECONDS.sleep(3);
            counting.set(true);
            long start = System.nanoTime();
            TimeUnit.SECONDS.sleep(LoadDriver.SECONDS);
            long ok = done.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            counting.set(false);
            stop.set(true);
            finished.await(30, TimeUnit.SECONDS);
            return ok / seconds;
        } finally {
            pool.shutdownNow();
            cos.shutdown();
            emu.destroy();
        }
    }

    /** Threads and heap the component holds with WAITING submits waiting for jobs that take ten minutes. */
    private static void waitingFootprint() throws Exception {
        Process emu = emulator(600_000);
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            String base = "http://127.0.0.1:" + AnswerPathLoad.port(emu);
            TencentTtsEndpoint endpoint = context.getEndpoint("tencent-tts:submit?" + options(base)
                    + "&mode=Sync&codec=mp3&waitForCompletion=true&waitTimeout=1800000&waitInterval=1000"
                    + "&waitMaxInterval=5000" + EXTRA, TencentTtsEndpoint.class);
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            System.gc();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long start = System.nanoTime();
            for (int i = 0; i < WAITING; i++) {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody("waiting " + i);
                producer.process(exchange, sync -> { });
            }
            while (endpoint.jobsWaiting() < WAITING) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            double submitSeconds = (System.nanoTime() - start) / 1e9;
            TimeUnit.SECONDS.sleep(5); // a few ticks of look-ups, so the tracker's state is what it stays at
            System.gc();
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("  %d submits waiting (all %d submitted in %.1f s at %d ms a call): threads +%d"
                    + " (JVM total %d, before %d), heap +%d MB (%d MB, before %d MB)%n", endpoint.jobsWaiting(),
                    WAITING, submitSeconds, LATENCY, threads - threadsBefore, threads, threadsBefore,
                    (heap - heapBefore) >> 20, heap >> 20, heapBefore >> 20);
            System.out.printf("  the SDK holds one blocked thread per waiting job: %d jobs waiting need %d threads%n",
                    WAITING, WAITING);
            producer.stop();
        } finally {
            emu.destroy();
        }
    }
}
