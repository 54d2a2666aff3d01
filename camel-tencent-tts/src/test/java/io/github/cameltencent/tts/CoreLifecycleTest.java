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

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiClientConfig;
import io.github.cameltencent.tts.client.CiTime;
import io.github.cameltencent.tts.client.credentials.StaticCredentialsProvider;
import io.github.cameltencent.tts.job.JobState;
import io.github.cameltencent.tts.job.JobTracker;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The core's shared rooms, over real HTTP: the one job tracker (batches, unknown ids, coalesced re-reads, watches),
 * the emitter's rollback into the consumer's ExceptionHandler, and options set once on the component (what a
 * result header may steer: HeadersByNameTest).
 */
class CoreLifecycleTest extends TtsTestSupport {

    private final List<Throwable> handled = new CopyOnWriteArrayList<>();
    private final List<Exchange> handledExchanges = new CopyOnWriteArrayList<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("recordingHandler", (ExceptionHandler) new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                handled.add(exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                handled.add(exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                handledExchanges.add(exchange);
                handled.add(exception);
            }
        });
    }

    private String submit(String text) {
        Exchange e = send(uri("submit", "mode=Sync&codec=wav"), text, java.util.Map.of());
        assertThat(e.getException()).isNull();
        return e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
    }

    private CiClient client() {
        return testClient(CiClientConfig.of(REGION, URI.create(emulator().baseUrl())),
                StaticCredentialsProvider.ofNullable(SECRET_ID, SECRET_KEY, null));
    }

    // ------------------------------------------------------------------ the tracker

    @Test
    void theTrackerLooksUpAtMostAHundredJobsPerCallAndNamesTheUnknownOnes() {
        List<String> ids = new ArrayList<>();
        emulator().processingTime(Duration.ofMillis(1)); // 105 jobs must not hold up the other tests' jobs
        try {
            for (int i = 0; i < 105; i++) {
                ids.add(submit("Job number " + i + "."));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> emulator().job(id)
                    .isTerminal()));
        } finally {
            emulator().processingTime(Duration.ofMillis(300));
        }
        ids.add("nosuchjob0000000000000000000001");
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        try (CiClient client = client()) {
            JobTracker tracker = new JobTracker(client, BUCKET, 50, 200, ticks, Executors.newFixedThreadPool(2));
            tracker.start();
            long before = emulator().requestCount("getJob");
            JobTracker.Lookup lookup = tracker.lookUp(ids);
            assertThat(emulator().requestCount("getJob") - before).as("106 ids in two look-ups").isEqualTo(2);
            assertThat(lookup.found()).hasSize(105).containsKeys(ids.get(0), ids.get(104));
            assertThat(lookup.missing()).containsExactly("nosuchjob0000000000000000000001");
            tracker.stop();
        }
    }

    @Test
    void reReadsOfOneJobShareOneLookUpAndWatchesEndWithTheJobOrItsAbsence() throws Exception {
        String id = submit("Read me again.");
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ExecutorService handOver = Executors.newFixedThreadPool(2);
        CountDownLatch hold = new CountDownLatch(1);
        // the tick thread is held while twenty re-reads arrive, so they all find the first one still waiting
        ticks.execute(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (CiClient client = client()) {
            JobTracker tracker = new JobTracker(client, BUCKET, 50, 200, ticks, handOver);
            tracker.start();
            long before = emulator().requestCount("getJob");
            List<CompletableFuture<JobsDetail>> reads = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                reads.add(tracker.refresh(id));
            }
            hold.countDown();
            CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            assertThat(reads).allSatisfy(r -> assertThat(r.join().getJobId()).isEqualTo(id));
            assertThat(emulator().requestCount("getJob") - before).as("twenty re-reads, one look-up").isEqualTo(1);

            JobTracker.Watched watched = tracker.watch(id, 30_000).get(30, TimeUnit.SECONDS);
            assertThat(watched.ended()).isTrue();
            assertThat(JobState.of(watched.job().getState())).isEqualTo(JobState.Success);

            CompletableFuture<JobTracker.Watched> gone = tracker.watch("nosuchjob0000000000000000000002", 30_000);
            await().atMost(Duration.ofSeconds(10)).until(gone::isDone);
            assertThat(gone).isCompletedExceptionally();
            try {
                gone.join();
            } catch (CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(NoSuchJobException.class);
            }
            CompletableFuture<JobTracker.Watched> shortWait = tracker.watch(submit("Slow one."), 1);
            assertThat(shortWait.get(10, TimeUnit.SECONDS).ended()).as("the wait ran out first").isFalse();
            tracker.stop();
        }
    }

    @Test
    void aRetryPendingWhenTheClientClosesFailsTheCallInsteadOfLeavingItHanging() {
        emulator().faults().set("getSpeechQueues", io.github.cameltencent.emulator.Faults.Spec.NONE
                .withError503(1.0));
        try {
            CiClient client = testClient(new CiClientConfig(REGION, URI.create(emulator().baseUrl()), null, null,
                    null, 0, null, null, null, 0, new io.github.cameltencent.tts.client.RetryPolicy(5,
                            Duration.ofMillis(500), Duration.ofMillis(500)), 0, 0, null),
                    StaticCredentialsProvider.ofNullable(SECRET_ID, SECRET_KEY, null));
            CompletableFuture<?> call = client.getQueues(BUCKET, new io.github.cameltencent.tts.model.QueueQuery(
                    null, null, 1, 1));
            assertThat(call).as("the first attempt failed and a retry waits").isNotDone();
            client.close();
            await().atMost(Duration.ofSeconds(5)).until(call::isDone);
            assertThat(call).isCompletedExceptionally();
        } finally {
            emulator().faults().clear();
        }
    }

    // ------------------------------------------------------------------ the emitter

    @Test
    void aFailedExchangeRollsBackReachesTheExceptionHandlerAndTheJobComesAgainOnce() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "delay=50&exceptionHandler=#recordingHandler&startCreationTime=RAW("
                        + CiTime.format(Instant.now().minusSeconds(1)) + ")")).routeId("failing")
                        .process(e -> {
                            if (attempts.incrementAndGet() == 1) {
                                throw new IllegalStateException("the first delivery fails");
                            }
                            delivered.add(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class));
                        });
            }
        });
        String id = submit("Fail once, then pass.");
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered.contains(id));
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0)).isInstanceOf(IllegalStateException.class);
        assertThat(handledExchanges.get(0).getMessage().getHeader(TencentTtsConstants.JOB_ID)).isEqualTo(id);
        TencentTtsEndpoint endpoint = (TencentTtsEndpoint) context.getRoute("failing").getEndpoint();
        await().atMost(Duration.ofSeconds(5)).until(() -> endpoint.getEmitter().committed() == 1);
        assertThat(endpoint.getEmitter().rolledBack()).isEqualTo(1);
        assertThat(endpoint.getConfiguration().getIdempotentRepository().contains(id)).isTrue();
        // emitted once: later polls do not bring it again
        long polls = emulator().requestCount("listJobs");
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestCount("listJobs") > polls + 3);
        assertThat(delivered).containsExactly(id);
    }

    // ------------------------------------------------------------------ options on the component

    @Test
    void consumerOptionsSetOnTheComponentReachEveryEndpointAndEndpointOptionsWin() throws Exception {
        TencentTtsComponent component = context.getComponent("tencent-tts", TencentTtsComponent.class);
        // the same path Camel Main and the Spring Boot starter take for camel.component.tencent-tts.*
        TencentTtsComponentConfigurer configurer = new TencentTtsComponentConfigurer();
        configurer.configure(context, component, "download", "true", true);
        configurer.configure(context, component, "downloadAttempts", "7", true);
        configurer.configure(context, component, "maxMessagesPerPoll", "1", true);
        configurer.configure(context, component, "lookback", "PT1M", true);
        configurer.configure(context, component, "verifyCallbacks", "false", true);
        configurer.configure(context, component, "callbackToken", "component-token-1", true);
        configurer.configure(context, component, "path", "/tts/component", true);

        TencentTtsEndpoint jobs = context.getEndpoint(uri("jobs", "startScheduler=false"), TencentTtsEndpoint.class);
        TencentTtsConfiguration c = jobs.getConfiguration();
        assertThat(c.isDownload()).isTrue();
        assertThat(c.getDownloadAttempts()).isEqualTo(7);
        assertThat(c.getMaxMessagesPerPoll()).isEqualTo(1);
        assertThat(c.getLookback()).isEqualTo(60_000L);
        assertThat(c.isVerifyCallbacks()).isFalse();
        assertThat(c.getCallbackToken()).isEqualTo("component-token-1");
        assertThat(c.getPath()).isEqualTo("/tts/component");
        assertThat(context.getEndpoint(uri("jobs", "download=false&maxMessagesPerPoll=5"), TencentTtsEndpoint.class)
                .getConfiguration()).satisfies(o -> {
                    assertThat(o.isDownload()).isFalse();
                    assertThat(o.getMaxMessagesPerPoll()).isEqualTo(5);
                });

        // and they act: one job per poll, each with its audio as the body
        List<Exchange> received = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(jobs).routeId("componentOptions").process(received::add);
            }
        });
        String first = submit("First of two.");
        String second = submit("Second of two.");
        await().atMost(Duration.ofSeconds(30)).until(() -> emulator().job(second).isTerminal()
                && emulator().job(first).isTerminal());
        TencentTtsConsumer consumer = (TencentTtsConsumer) context.getRoute("componentOptions").getConsumer();
        assertThat(consumer.poll()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        assertThat(consumer.poll()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
        for (Exchange e : received) {
            byte[] audio = e.getMessage().getBody(byte[].class);
            JobsDetail job = e.getMessage().getHeader(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class);
            assertThat(audio).isEqualTo(emulator().object(BUCKET, job.getOperation().getOutput().getObject())
                    .data());
        }
    }
}
