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

import static io.github.cameltencent.emulator.Faults.Action.ERROR_500;
import static io.github.cameltencent.emulator.Faults.Action.ERROR_503;
import static io.github.cameltencent.emulator.Faults.Action.RESET_AFTER;
import static io.github.cameltencent.emulator.Faults.Action.RESET_BEFORE;
import static io.github.cameltencent.emulator.Faults.Action.THROTTLE_429;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.Faults;
import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.emulator.ci.Job;
import io.github.cameltencent.tts.client.AmbiguousSubmitException;
import io.github.cameltencent.tts.client.CiException;

/** Retries that never duplicate a job, throttling, clock skew, and a fault-injection run of 1 000 submits. */
class ReliabilityTest {

    static final String ID = "AKIDRELIABLE1";
    static final String KEY = "reliable-secret-6";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(ID, KEY)
            .configure(b -> b.processingTime(Duration.ZERO).concurrency(8).speech(false));

    static final AtomicInteger BUCKETS = new AtomicInteger();
    String bucket;
    CamelContext context;
    ProducerTemplate template;

    static TencentCiEmulator emulator() {
        return EMULATOR.emulator();
    }

    @BeforeEach
    void start() throws Exception {
        bucket = "reliable" + BUCKETS.incrementAndGet() + "-1250000000";
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        emulator().faults().clear();
        emulator().clockOffset(Duration.ZERO);
        context.close();
    }

    String uri(String operation, String options) {
        return "tencent-tts:" + operation + "?region=ap-guangzhou&bucket=" + bucket + "&secretId=" + ID
                + "&secretKey=RAW(" + KEY + ")&endpointOverride=" + emulator().baseUrl()
                + "&retryBaseDelay=5&retryMaxDelay=50" + (options.isEmpty() ? "" : "&" + options);
    }

    Exchange submit(String options, String text, String object) {
        return template.send(uri("submit", options), e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(TencentTtsConstants.OUTPUT_OBJECT, object);
        });
    }

    long jobsFor(String object) {
        return emulator().jobs().stream().filter(j -> j.bucket().equals(bucket) && object.equals(j.outputObject()))
                .count();
    }

    @Test
    void readsAreRetriedOnThrottlingServerErrorsAndResetsThenGiveUp() {
        emulator().faults().script("getSpeechQueues", THROTTLE_429, ERROR_503, ERROR_500, RESET_BEFORE);
        long before = emulator().requestCount("getSpeechQueues");
        Exchange ok = template.send(uri("getQueues", "maxRetries=4"), e -> { });
        assertThat(ok.getException()).isNull();
        assertThat(emulator().requestCount("getSpeechQueues") - before).isEqualTo(5);

        emulator().faults().set("getSpeechQueues", Faults.Spec.NONE.withError503(1.0));
        long again = emulator().requestCount("getSpeechQueues");
        Exchange failed = template.send(uri("getQueues", "maxRetries=2"), e -> { });
        assertThat(failed.getException()).isInstanceOf(CiException.class);
        assertThat(((CiException) failed.getException()).getStatusCode()).isEqualTo(503);
        assertThat(emulator().requestCount("getSpeechQueues") - again).isEqualTo(3);
    }

    @Test
    void aSubmitIsRetriedOnlyWhenItProvablyWasNotApplied() {
        emulator().faults().script("submitJob", ERROR_503, THROTTLE_429, RESET_BEFORE);
        Exchange e = submit("", "retried safely", "r/one.mp3");
        assertThat(e.getException()).isNull();
        assertThat(jobsFor("r/one.mp3")).isEqualTo(1);
    }

    @Test
    void anAmbiguousSubmitAdoptsTheJobItCreatedInsteadOfSubmittingTwice() {
        emulator().faults().script("submitJob", RESET_AFTER);
        Exchange e = submit("", "created, but the answer was lost", "r/two.mp3");
        assertThat(e.getException()).isNull();
        String adopted = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        assertThat(jobsFor("r/two.mp3")).isEqualTo(1);
        assertThat(emulator().jobs().stream().filter(j -> j.jobId().equals(adopted)).findFirst().orElseThrow()
                .outputObject()).isEqualTo("r/two.mp3");

        // a 500 before anything was applied: nothing to adopt, so it is submitted again, once
        emulator().faults().script("submitJob", ERROR_500);
        assertThat(submit("", "500 before applying", "r/three.mp3").getException()).isNull();
        assertThat(jobsFor("r/three.mp3")).isEqualTo(1);
    }

    @Test
    void anAmbiguousSubmitFindsItsJobBehindMoreThanAPageOfNewerOnes() throws Exception {
        emulator().faults().script("submitJob", RESET_AFTER);
        // the search's first page is held, as a listing waiting on its own retries would be, and fills up meanwhile
        emulator().faults().hold("listJobs");
        long lists = emulator().requestCount("listJobs");
        CompletableFuture<Exchange> buried = CompletableFuture.supplyAsync(() -> submit("", "buried", "r/buried.mp3"));
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestCount("listJobs") > lists);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Exchange>> newer = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String object = "r/newer-" + i + ".mp3";
            newer.add(CompletableFuture.supplyAsync(() -> submit("", "newer", object), pool));
        }
        CompletableFuture.allOf(newer.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(newer).allSatisfy(f -> assertThat(f.join().getException()).isNull());
        emulator().faults().release("listJobs");

        Exchange e = buried.get(30, TimeUnit.SECONDS);
        assertThat(e.getException()).isNull();
        assertThat(jobsFor("r/buried.mp3")).as("adopted, not submitted again").isEqualTo(1);
        assertThat(emulator().jobs().stream().filter(j -> "r/buried.mp3".equals(j.outputObject())).findFirst()
                .orElseThrow().jobId()).isEqualTo(e.getMessage().getHeader(TencentTtsConstants.JOB_ID));
        assertThat(emulator().requestCount("listJobs") - lists).as("searched past the first page").isEqualTo(2);
    }

    @Test
    void anAmbiguousSubmitThatCannotBeSettledFailsClearlyWithoutADuplicate() {
        emulator().faults().script("submitJob", RESET_AFTER);
        emulator().faults().script("listJobs", ERROR_503, ERROR_503, ERROR_503, ERROR_503);
        Exchange e = submit("maxRetries=3", "cannot tell", "r/four.mp3");
        assertThat(e.getException()).isInstanceOf(AmbiguousSubmitException.class)
                .hasMessageContaining("could not be searched");
        assertThat(jobsFor("r/four.mp3")).isEqualTo(1);
    }

    @Test
    void theRateLimitKeepsUnderTheServersQuota() {
        emulator().faults().set("getSpeechQueues", Faults.Spec.NONE.withRateLimit(5));
        int throttled = 0;
        for (int i = 0; i < 12; i++) {
            Exchange e = template.send(uri("getQueues", "maxRetries=0"), x -> { });
            throttled += e.getException() != null ? 1 : 0;
        }
        assertThat(throttled).as("without a client limit the burst is throttled").isPositive();
        // wait for the server's next one-second window, then stay under its limit: 2 a second leaves room in any
        // window for the call that found it open and for a call delayed into the next window on a busy machine
        await().atMost(Duration.ofSeconds(5)).until(() -> template.send(uri("getQueues", "maxRetries=0"), x -> { })
                .getException() == null);
        for (int i = 0; i < 8; i++) {
            Exchange e = template.send(uri("getQueues", "maxRetries=0&rateLimit=2"), x -> { });
            assertThat(e.getException()).isNull();
        }
    }

    @Test
    void aSkewedClockIsCorrectedFromTheServersDateOnce() throws Exception {
        emulator().clockOffset(Duration.ofMinutes(40));
        TencentTtsEndpoint endpoint = context.getEndpoint(uri("getQueues", "maxRetries=0"), TencentTtsEndpoint.class);
        Exchange e = template.send(endpoint, x -> { });
        assertThat(e.getException()).isNull();
        assertThat(endpoint.getClient().clockOffsetSeconds()).isBetween(2390L, 2410L);
        Exchange next = template.send(endpoint, x -> { });
        assertThat(next.getException()).isNull();
    }

    @Test
    void aThousandSubmitsUnderFaultsEndWellWithoutDuplicatesAndAreEmittedOnce() throws Exception {
        emulator().faults().set(Faults.ALL, new Faults.Spec(0.10, 0, 0.05, 0.02, 0.02, 0, 0.02, 100, 0));
        Map<String, AtomicInteger> emitted = new ConcurrentHashMap<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "delay=100&size=100&maxRetries=5")).routeId("fi").process(x -> emitted
                        .computeIfAbsent(x.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class),
                                k -> new AtomicInteger()).incrementAndGet());
            }
        });
        int total = 1000;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String object = "fi/" + i + ".mp3";
            String text = "fault injection " + i;
            sent.add(CompletableFuture.supplyAsync(() -> submit("maxRetries=5", text, object), pool));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        pool.shutdown();
        Map<String, Long> outcomes = new HashMap<>();
        for (CompletableFuture<Exchange> f : sent) {
            Exception ex = f.join().getException();
            assertThat(ex == null || ex instanceof CiException).as("typed outcome: " + ex).isTrue();
            outcomes.merge(ex == null ? "success" : ex.getClass().getSimpleName(), 1L, Long::sum);
        }
        Map<String, Long> perObject = emulator().jobs().stream().filter(j -> j.bucket().equals(bucket))
                .collect(Collectors.groupingBy(Job::outputObject, Collectors.counting()));
        assertThat(perObject.values()).as("jobs per exchange").allMatch(n -> n == 1);
        assertThat(outcomes.getOrDefault("success", 0L)).isGreaterThan(total * 9 / 10);

        emulator().faults().set(Faults.ALL, new Faults.Spec(0.10, 0, 0.05, 0.02, 0, 0, 0.02, 100, 0));
        Set<String> created = emulator().jobs().stream().filter(j -> j.bucket().equals(bucket)).map(Job::jobId)
                .collect(Collectors.toSet());
        await().atMost(Duration.ofMinutes(2)).until(() -> emitted.keySet().containsAll(created));
        emulator().faults().clear();
        long polls = emulator().requestCount("listJobs");
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestCount("listJobs") > polls + 3);
        assertThat(emitted.keySet()).isEqualTo(created);
        assertThat(emitted.values()).allMatch(n -> n.get() == 1);
        System.out.println("FAULT-INJECTION " + total + " submits: outcomes " + outcomes + ", jobs created "
                + created.size() + ", duplicates 0, emitted once " + emitted.size() + ", faults injected "
                + emulator().faults().injectedCount());
    }
}
