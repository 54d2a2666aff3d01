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

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sound.sampled.AudioSystem;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.cameltencent.emulator.Faults;
import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.state.JdbcStateRepository;

/**
 * The polling consumer against the emulator: every finished job emitted exactly once, across route failures,
 * restarts with file and JDBC repositories, and with API calls per poll that do not grow with history.
 */
class ConsumerTest {

    static final String ID = "AKIDCONSUMER01";
    static final String KEY = "consumer-secret-9x";
    static final String REGION = "ap-guangzhou";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(ID, KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(30)).concurrency(4).speech(false)
                    .failMarker("#fail#"));

    static final AtomicInteger BUCKETS = new AtomicInteger();

    /** Each test gets a bucket of its own, so jobs of other tests never show up in its listings. */
    String bucket;
    /** The emulator the endpoints talk to: the class's, unless a test needs one of its own. */
    String baseUrl;
    final List<CamelContext> contexts = new ArrayList<>();

    @TempDir
    Path dir;

    static TencentCiEmulator emulator() {
        return EMULATOR.emulator();
    }

    @BeforeEach
    void bucket() {
        bucket = "consumer" + BUCKETS.incrementAndGet() + "-1250000000";
        baseUrl = emulator().baseUrl();
        emulator().holdMarker("#hold#");
    }

    @AfterEach
    void stop() throws Exception {
        emulator().releaseHeldJobs();
        for (CamelContext c : contexts) {
            c.close();
        }
    }

    String uri(String operation, String options) {
        return "tencent-tts:" + operation + "?region=" + REGION + "&bucket=" + bucket + "&secretId=" + ID
                + "&secretKey=RAW(" + KEY + ")&endpointOverride=" + baseUrl
                + (options.isEmpty() ? "" : "&" + options);
    }

    CamelContext context(RouteBuilder routes, Map<String, Object> beans) throws Exception {
        CamelContext c = new DefaultCamelContext();
        beans.forEach((k, v) -> c.getRegistry().bind(k, v));
        c.addRoutes(routes);
        c.start();
        contexts.add(c);
        return c;
    }

    /** Collects what the route received: job id → times emitted. */
    static final class Received {
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

        void add(Exchange e) {
            counts.computeIfAbsent(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class),
                    k -> new AtomicInteger()).incrementAndGet();
            exchanges.add(e.copy());
        }

        Set<String> ids() {
            return counts.keySet();
        }

        boolean noDuplicates() {
            return counts.values().stream().allMatch(a -> a.get() == 1);
        }
    }

    String submit(CamelContext c, String text) {
        Exchange e = c.createProducerTemplate().send(uri("submit", "mode=Sync&codec=wav"),
                x -> x.getMessage().setBody(text));
        assertThat(e.getException()).isNull();
        return e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
    }

    @Test
    void eachFinishedJobIsEmittedExactlyOnceWhateverItsStory() throws Exception {
        Received received = new Received();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "delay=50&size=3")).routeId("jobs").process(received::add);
            }
        }, Map.of());
        List<String> success = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            success.add(submit(c, "plain job " + i));
        }
        for (int i = 0; i < 2; i++) {
            failed.add(submit(c, "broken job " + i + " #fail#"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> received.ids().containsAll(success)
                && received.ids().containsAll(failed));

        // four long-running jobs take every slot, so the fifth waits and can be cancelled
        List<String> longRunning = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            longRunning.add(submit(c, "a job that runs for hours #hold# " + i));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> longRunning.stream()
                .allMatch(id -> "Running".equals(emulator().job(id).state())));
        String cancelled = submit(c, "cancel me");
        Exchange cancel = c.createProducerTemplate().send(uri("cancelJob", "jobId=" + cancelled), x -> { });
        assertThat(cancel.getException()).isNull();
        TencentTtsConsumer consumer = (TencentTtsConsumer) c.getRoute("jobs").getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.cursor().pendingCount() == 4);
        assertThat(received.ids()).doesNotContainAnyElementsOf(longRunning);

        emulator().releaseHeldJobs();
        await().atMost(Duration.ofSeconds(30)).until(() -> received.ids().containsAll(longRunning));
        // a few more polls change nothing
        long polls = emulator().requestCount("listJobs");
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestCount("listJobs") > polls + 5);
        assertThat(received.ids()).hasSize(12).doesNotContain(cancelled);
        assertThat(received.noDuplicates()).isTrue();

        Exchange failedOne = received.exchanges.stream().filter(e -> failed.contains(
                e.getMessage().getHeader(TencentTtsConstants.JOB_ID))).findFirst().orElseThrow();
        assertThat(failedOne.getMessage().getHeader(TencentTtsConstants.JOB_STATE)).isEqualTo("Failed");
        assertThat(failedOne.getMessage().getHeader(TencentTtsConstants.CODE)).isEqualTo("SynthesisFailed");
        assertThat(failedOne.getMessage().getHeader(TencentTtsConstants.MESSAGE, String.class)).isNotBlank();
        Exchange ok = received.exchanges.stream().filter(e -> success.contains(
                e.getMessage().getHeader(TencentTtsConstants.JOB_ID))).findFirst().orElseThrow();
        JobsDetail job = ok.getMessage().getBody(JobsDetail.class);
        assertThat(job.getState()).isEqualTo("Success");
        String object = ok.getMessage().getHeader(TencentTtsConstants.JOB_OUTPUT_OBJECT, String.class);
        assertThat(ok.getMessage().getHeader(TencentTtsConstants.MD5)).isEqualTo(emulator().object(bucket, object)
                .md5());
        assertThat(ok.getMessage().getHeader(TencentTtsConstants.JOB_OUTPUT_BUCKET)).isEqualTo(bucket);
        assertThat(ok.getMessage().getHeader(TencentTtsConstants.JOB_OUTPUT_REGION)).isEqualTo(REGION);
        assertThat(ok.getMessage().getHeader(TencentTtsConstants.END_TIME, String.class)).isNotBlank();
        assertThat(ok.getMessage().getHeader(TencentTtsConstants.CREATION_TIME, String.class)).isNotBlank();
        assertThat(ok.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)).isPositive();
        assertThat(ok.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class)).isNotNull();
        assertThat(ok.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class)).isNotNull();
    }

    @Test
    void jobsARouteFailsOnAreOfferedAgainThenEmittedOnce() throws Exception {
        Received received = new Received();
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "delay=50&states=Success,Failed,Cancel&userData=x")).routeId("flaky")
                        .process(e -> {
                            String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
                            String text = e.getMessage().getBody(JobsDetail.class).getOperation().getTtsConfig()
                                    .getInput();
                            if (text.contains("flaky") && attempts.computeIfAbsent(id, k -> new AtomicInteger())
                                    .incrementAndGet() < 3) {
                                throw new IllegalStateException("downstream is down");
                            }
                        })
                        .process(received::add);
            }
        }, Map.of());
        String flaky = submit(c, "a flaky one");
        String steady = submit(c, "a steady one");
        await().atMost(Duration.ofSeconds(30)).until(() -> received.ids().containsAll(List.of(flaky, steady)));
        assertThat(attempts.get(flaky).get()).isEqualTo(3);
        long polls = emulator().requestCount("listJobs");
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestCount("listJobs") > polls + 5);
        assertThat(received.noDuplicates()).isTrue();
    }

    /**
     * lookback=1 (ms): a consumer that did not resume from the state repository would list from its own start and
     * miss the jobs made while it was down.
     */
    void restartKeepsEverythingOnce(IdempotentRepository first, IdempotentRepository second,
                                    StateRepository<String, String> state1, StateRepository<String, String> state2)
            throws Exception {
        Received received = new Received();
        RouteBuilder routes1 = routes(received);
        CamelContext c1 = context(routes1, Map.of("repo", first, "state", state1));
        // creation times have whole seconds: the first job is made in a second after the consumer's start
        long startSecond = java.time.Instant.now().getEpochSecond();
        await().atMost(Duration.ofSeconds(2)).until(() -> java.time.Instant.now().getEpochSecond() > startSecond);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(submit(c1, "before restart " + i));
        }
        String longOne = submit(c1, "spans the restart #hold#");
        all.add(longOne);
        await().atMost(Duration.ofSeconds(30)).until(() -> received.ids().size() == 5);
        c1.close();
        contexts.remove(c1);

        for (int i = 0; i < 3; i++) {
            all.add(submit(contexts.isEmpty() ? context(new RouteBuilder() {
                @Override
                public void configure() {
                }
            }, Map.of()) : contexts.get(0), "while down " + i));
        }
        emulator().releaseHeldJobs();
        emulator().resetRequestCounts();
        CamelContext c2 = context(routes(received), Map.of("repo", second, "state", state2));
        await().atMost(Duration.ofSeconds(30)).until(() -> received.ids().containsAll(all));
        long polls = emulator().requestCount("listJobs");
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestCount("listJobs") > polls + 3);
        assertThat(received.ids()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(received.noDuplicates()).as("no job twice: " + received.counts).isTrue();
        c2.close();
    }

    RouteBuilder routes(Received received) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "delay=50&lookback=1&idempotentRepository=#repo&stateRepository=#state"))
                        .process(received::add);
            }
        };
    }

    @Test
    void restartWithFileRepositoriesLosesAndRepeatsNothing() throws Exception {
        File store = dir.resolve("emitted.txt").toFile();
        File state = dir.resolve("state.txt").toFile();
        restartKeepsEverythingOnce(FileIdempotentRepository.fileIdempotentRepository(store, 100_000),
                FileIdempotentRepository.fileIdempotentRepository(store, 100_000),
                FileStateRepository.fileStateRepository(state), FileStateRepository.fileStateRepository(state));
        assertThat(Files.readString(store.toPath())).doesNotContain("tencent-tts");
        assertThat(stateKeys(state)).singleElement().asString().startsWith("tencent-tts/");
    }

    /** The keys a FileStateRepository holds: it appends each write as key=value and keeps the last per key. */
    static List<String> stateKeys(File state) throws java.io.IOException {
        return Files.readAllLines(state.toPath()).stream().filter(l -> l.contains("="))
                .map(l -> l.substring(0, l.indexOf('='))).distinct().toList();
    }

    @Test
    void restartWithJdbcRepositoriesLosesAndRepeatsNothing() throws Exception {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:mem:restart" + BUCKETS.get() + ";DB_CLOSE_DELAY=-1");
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE CAMEL_TTS_STATE (stateKey VARCHAR(255) NOT NULL PRIMARY KEY,"
                      + " stateValue VARCHAR(255) NOT NULL)");
        }
        restartKeepsEverythingOnce(
                new org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository(ds, "tts"),
                new org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository(ds, "tts"),
                new JdbcStateRepository(ds), new JdbcStateRepository(ds));
        try (var c = ds.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM CAMEL_TTS_STATE")) {
            rs.next();
            assertThat(rs.getInt(1)).as("one resume point per endpoint").isEqualTo(1);
        }
    }

    @Test
    void aThousandPollsOverSimulatedHoursLeaveOnlyJobIdsInTheIdempotentRepositoryAndOneResumePoint()
            throws Exception {
        // an emulator of its own: its clock runs hours ahead by the end, which the other tests must not inherit
        try (TencentCiEmulator hours = TencentCiEmulator.builder().credential(ID, KEY)
                .processingTime(Duration.ofMillis(30)).concurrency(4).speech(false).start()) {
            baseUrl = hours.baseUrl();
            File store = dir.resolve("emitted.txt").toFile();
            File state = dir.resolve("state.txt").toFile();
            Received received = new Received();
            CamelContext c = context(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri("jobs", "delay=1&idempotentRepository=#repo&stateRepository=#state")).routeId("polls")
                            .process(received::add);
                }
            }, Map.of("repo", FileIdempotentRepository.fileIdempotentRepository(store, 100_000),
                      "state", FileStateRepository.fileStateRepository(state)));
            List<String> jobs = new ArrayList<>();
            Duration perPoll = Duration.ofSeconds(15);
            long start = hours.requestCount("listJobs");
            // a job per 40 polls or so, and the service clock 15 s on per poll: jobs are created and end all along
            // the thousand polls and over four hours of creation times, so the resume point moves many times
            while (hours.requestCount("listJobs") - start < 1000) {
                hours.clockOffset(perPoll.multipliedBy(hours.requestCount("listJobs") - start));
                jobs.add(submit(c, "job " + jobs.size()));
                long at = hours.requestCount("listJobs");
                await().atMost(Duration.ofSeconds(10)).until(() -> hours.requestCount("listJobs") > at + 40);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> received.ids().containsAll(jobs));
            c.getRouteController().stopRoute("polls");
            long polls = hours.requestCount("listJobs") - start;
            Duration span = Duration.between(hours.job(jobs.get(0)).creationTime(),
                    hours.job(jobs.get(jobs.size() - 1)).creationTime());
            assertThat(span).as("creation times span simulated hours").isGreaterThan(Duration.ofHours(3));
            // the client's 15-minute signatures expired on the way, and it corrected its clock from the Date
            // header each time (one more listJobs request then), as against a real service whose clock is ahead
            long corrected = ((TencentTtsEndpoint) c.getRoute("polls").getEndpoint()).getClient()
                    .clockOffsetSeconds();
            assertThat(corrected).as("the consumer's signing clock follows the service's")
                    .isGreaterThan(Duration.ofHours(3).toSeconds());
            assertThat(received.noDuplicates()).isTrue();
            assertThat(received.ids()).as("every job emitted").containsExactlyInAnyOrderElementsOf(jobs);
            assertThat(Files.readAllLines(store.toPath())).as("exactly the emitted job ids")
                    .containsExactlyInAnyOrderElementsOf(jobs);
            List<String> entries = stateKeys(state);
            assertThat(entries).as("one resume point for the endpoint").singleElement().asString()
                    .startsWith("tencent-tts/" + REGION + "/" + bucket + "/");
            System.out.printf("1000-poll run: %d listJobs requests, %d jobs over %d simulated minutes of creation"
                              + " times, emitted once each; idempotent repository %d ids, state repository %d"
                              + " entry%n", polls, jobs.size(), span.toMinutes(), jobs.size(), entries.size());
        }
    }

    @Test
    void downloadPutsTheCheckedAudioOnTheBodyReadyForTheFileComponent() throws Exception {
        Path out = dir.resolve("audio");
        Received received = new Received();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "delay=50&download=true")).process(received::add).to("file:" + out);
            }
        }, Map.of());
        String id = submit(c, "Download me, please.");
        await().atMost(Duration.ofSeconds(30)).until(() -> received.ids().contains(id));
        Exchange e = received.exchanges.get(0);
        assertThat(e.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/wav");
        String name = e.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        assertThat(name).endsWith(".wav").doesNotContain("/");
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class).getJobId())
                .isEqualTo(id);
        Path file = out.resolve(name);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(file));
        byte[] audio = Files.readAllBytes(file);
        String object = emulator().job(id).outputObject();
        assertThat(audio).isEqualTo(emulator().object(bucket, object).data());
        try (var in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio))) {
            assertThat(in.getFormat().getSampleRate()).isEqualTo(16000f);
            assertThat(in.getFrameLength()).isPositive();
        }
    }

    @Test
    void aMismatchedOrMissingDownloadFailsTheExchangeAndTheJobStaysUnemitted() throws Exception {
        emulator().holdMarker(null);
        Received received = new Received();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(false).process(e -> failures.add(
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from(uri("jobs", "delay=100&download=true&downloadAttempts=2&startScheduler=false")).routeId("dl")
                        .process(received::add);
            }
        }, Map.of());
        String id = submit(c, "tampered audio");
        await().atMost(Duration.ofSeconds(30)).until(() -> emulator().job(id).isTerminal());
        String object = emulator().job(id).outputObject();
        byte[] good = emulator().object(bucket, object).data();
        emulator().putObject(bucket, object, "not the audio".getBytes(), "audio/wav");
        TencentTtsConsumer consumer = (TencentTtsConsumer) c.getRoute("dl").getConsumer();
        // a poll does not wait for downloads: a retried download continues after its pause, off the poll thread
        consumer.poll();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(failures).hasSize(1));
        assertThat(received.ids()).isEmpty();
        assertThat(failures.get(0)).isInstanceOf(TencentTtsDownloadException.class).hasMessageContaining("MD5");

        emulator().deleteObject(bucket, object);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            consumer.poll();
            assertThat(failures).hasSize(2);
        });
        assertThat(received.ids()).isEmpty();
        assertThat(failures.get(1)).hasMessageContaining("2 attempt").hasMessageContaining("NoSuchKey");

        emulator().putObject(bucket, object, good, "audio/wav");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            consumer.poll();
            assertThat(received.ids()).containsExactly(id);
        });
        consumer.poll();
        assertThat(received.counts.get(id).get()).isEqualTo(1);
    }

    @Test
    void apiCallsPerPollAreBoundedByNewAndPendingJobsNotHistory() throws Exception {
        int size = 20;
        Received received = new Received();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "startScheduler=false&size=" + size)).routeId("bound").process(received::add);
            }
        }, Map.of());
        TencentTtsConsumer consumer = (TencentTtsConsumer) c.getRoute("bound").getConsumer();
        // a history of 2000 finished jobs, all emitted
        List<String> history = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 2000; i++) {
            history.add(submit(c, "history " + i));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> history.stream()
                .allMatch(id -> emulator().job(id).isTerminal()));
        while (received.ids().size() < history.size()) {
            consumer.poll();
        }

        // steady state: 3 long-running jobs and batches of new ones; count every call of each poll
        for (int i = 0; i < 3; i++) {
            submit(c, "long #hold# " + i);
        }
        for (int round = 0; round < 4; round++) {
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                fresh.add(submit(c, "round " + round + " job " + i));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> fresh.stream()
                    .allMatch(id -> emulator().job(id).isTerminal()));
            emulator().resetRequestCounts();
            consumer.poll();
            long calls = emulator().requestCount("listJobs") + emulator().requestCount("getJob");
            int completed = fresh.size();
            int pending = consumer.cursor().pendingCount();
            long bound = (long) Math.ceil((completed + pending) / (double) size) + 2;
            assertThat(calls).as("round %d: %d completed, %d pending", round, completed, pending)
                    .isLessThanOrEqualTo(bound);
            assertThat(received.ids()).containsAll(fresh);
        }
        assertThat(received.noDuplicates()).isTrue();
    }

    @Test
    void pollErrorsReachTheRoutesErrorHandlingAndTheHealthCheck() throws Exception {
        List<Exception> errors = new CopyOnWriteArrayList<>();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(e -> errors.add(
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from(uri("jobs", "delay=50&bridgeErrorHandler=true")).routeId("errors").to("log:never");
            }
        }, Map.of());
        HealthCheck check = HealthCheckHelper.getHealthCheckRepository(c, "consumers")
                .getCheck("consumer:errors").orElseThrow();
        // ready once the first poll went through
        await().atMost(Duration.ofSeconds(10)).until(() -> check.call().getState() == HealthCheck.State.UP);
        emulator().faults().set("listJobs", Faults.Spec.NONE.withError503(1.0));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !errors.isEmpty());
            assertThat(errors.get(0)).isInstanceOf(io.github.cameltencent.tts.client.CiException.class)
                    .hasMessageContaining("ServiceUnavailable");
        } finally {
            emulator().faults().clear();
        }
        emulator().removeCredential(ID);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> check.call().getState() == HealthCheck.State.DOWN);
        } finally {
            emulator().addCredential(io.github.cameltencent.emulator.auth.Credential.of(ID, KEY));
        }
    }

    /**
     * The database of the repositories goes away (an H2 server stopped, then started again on the same port and
     * file) while an exchange is routed: its commit fails, is retried with backoff while the claim is kept, the dev
     * console lists it, readiness is DOWN; once the database is back the commit is written, readiness is UP again,
     * and nothing was routed twice or lost.
     */
    @Test
    void aFailedCommitIsRetriedUntilWrittenAndReadinessTellsTheTruth() throws Exception {
        try (RestartableH2 db = new RestartableH2(dir)) {
            javax.sql.DataSource ds = db.dataSource("repos");
            Received received = new Received();
            CamelContext c = context(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri("jobs", "delay=50&idempotentRepository=#repo")).routeId("commits")
                            .process(e -> {
                                if (e.getMessage().getBody(JobsDetail.class).getOperation().getTtsConfig().getInput()
                                        .contains("#db-away#")) {
                                    db.stop(); // the database goes away while this exchange is routed
                                }
                            })
                            .process(received::add);
                }
            }, Map.of("repo", new org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository(ds, "tts")));
            HealthCheck check = HealthCheckHelper.getHealthCheckRepository(c, "consumers").getCheck("consumer:commits")
                    .orElseThrow();
            await().atMost(Duration.ofSeconds(10)).until(() -> check.call().getState() == HealthCheck.State.UP);
            TencentTtsEndpoint endpoint = (TencentTtsEndpoint) c.getRoute("commits").getEndpoint();
            TencentTtsDevConsole console = new TencentTtsDevConsole();
            console.setCamelContext(c);

            String id = submit(c, "finished while the database goes #db-away#");
            await().atMost(Duration.ofSeconds(30)).until(() -> received.ids().contains(id));
            await().atMost(Duration.ofSeconds(10)).until(() -> endpoint.getEmitter().commitsRetrying()
                    .containsKey(id));
            HealthCheck.Result down = check.call();
            assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(down.getDetails()).containsKey("repositories");
            assertThat(console.call(org.apache.camel.console.DevConsole.MediaType.TEXT).toString())
                    .contains("commitsRetrying").contains(id);
            String later = submit(c, "finished while the database is away");

            db.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> endpoint.getEmitter().commitsRetrying().isEmpty()
                    && received.ids().contains(later));
            await().atMost(Duration.ofSeconds(10)).until(() -> check.call().getState() == HealthCheck.State.UP);
            long polls = emulator().requestCount("listJobs");
            await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestCount("listJobs") > polls + 5);
            assertThat(received.noDuplicates()).as("routed once each: " + received.counts).isTrue();
            assertThat(endpoint.getEmitter().isEmitted(id)).isTrue();
            assertThat(endpoint.getEmitter().isEmitted(later)).isTrue();
        }
    }

    @Test
    void lookbackAndStartCreationTimeChooseTheFirstWindow() throws Exception {
        CamelContext producer = context(new RouteBuilder() {
            @Override
            public void configure() {
            }
        }, Map.of());
        String old = submit(producer, "finished before any consumer ran");
        await().atMost(Duration.ofSeconds(20)).until(() -> emulator().job(old).isTerminal());
        await().atMost(Duration.ofSeconds(5)).until(() -> emulator().job(old).creationTime()
                .isBefore(java.time.Instant.now().minusSeconds(2)));
        Received shortSight = new Received();
        Received longSight = new Received();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "startScheduler=false&lookback=1000")).routeId("short").process(shortSight::add);
                from(uri("jobs", "startScheduler=false&startCreationTime=RAW(2000-01-01T00:00:00+0800)"))
                        .routeId("long").process(longSight::add);
            }
        }, Map.of());
        ((TencentTtsConsumer) c.getRoute("short").getConsumer()).poll();
        ((TencentTtsConsumer) c.getRoute("long").getConsumer()).poll();
        assertThat(shortSight.ids()).doesNotContain(old);
        assertThat(longSight.ids()).contains(old);
    }

    @Test
    void maxMessagesPerPollSpreadsABacklogOverPolls() throws Exception {
        Received received = new Received();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "startScheduler=false&maxMessagesPerPoll=2")).routeId("max").process(received::add);
            }
        }, Map.of());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(submit(c, "backlog " + i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> emulator().job(id)
                .isTerminal()));
        TencentTtsConsumer consumer = (TencentTtsConsumer) c.getRoute("max").getConsumer();
        assertThat(consumer.poll()).isEqualTo(2);
        assertThat(consumer.poll()).isEqualTo(2);
        assertThat(consumer.poll()).isEqualTo(1);
        assertThat(consumer.poll()).isZero();
        assertThat(received.ids()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aJobClaimedInTheInProgressRepositoryIsNotEmittedUntilReleased() throws Exception {
        IdempotentRepository claims = org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository
                .memoryIdempotentRepository();
        Received received = new Received();
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "startScheduler=false&inProgressRepository=#claims")).routeId("claims")
                        .process(received::add);
            }
        }, Map.of("claims", claims));
        String id = submit(c, "claimed elsewhere");
        await().atMost(Duration.ofSeconds(20)).until(() -> emulator().job(id).isTerminal());
        claims.add(id);
        TencentTtsConsumer consumer = (TencentTtsConsumer) c.getRoute("claims").getConsumer();
        consumer.poll();
        assertThat(received.ids()).isEmpty();
        claims.remove(id);
        consumer.poll();
        consumer.poll();
        assertThat(received.ids()).containsExactly(id);
        assertThat(received.noDuplicates()).isTrue();
    }

    @Test
    void camelsSchedulerAndErrorOptionsApply() throws Exception {
        List<Exchange> idle = new CopyOnWriteArrayList<>();
        AtomicInteger rollbacks = new AtomicInteger();
        org.apache.camel.spi.PollingConsumerPollStrategy strategy =
                new org.apache.camel.support.DefaultPollingConsumerPollStrategy() {
                    @Override
                    public boolean rollback(org.apache.camel.Consumer consumer, org.apache.camel.Endpoint endpoint,
                                            int retryCounter, Exception e) {
                        rollbacks.incrementAndGet();
                        return false;
                    }
                };
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "initialDelay=0&delay=20&timeUnit=MILLISECONDS&useFixedDelay=true"
                        + "&sendEmptyMessageWhenIdle=true&greedy=false&backoffMultiplier=2&backoffIdleThreshold=50"
                        + "&backoffErrorThreshold=50&repeatCount=0&runLoggingLevel=TRACE&exchangePattern=InOnly"
                        + "&pollStrategy=#strategy")).routeId("sched").process(idle::add);
            }
        }, Map.of("strategy", strategy));
        await().atMost(Duration.ofSeconds(10)).until(() -> idle.size() >= 3);
        assertThat(idle.get(0).getMessage().getBody()).isNull();
        assertThat(idle.get(0).getPattern()).isEqualTo(org.apache.camel.ExchangePattern.InOnly);
        TencentTtsConsumer consumer = (TencentTtsConsumer) c.getRoute("sched").getConsumer();
        assertThat(consumer.getDelay()).isEqualTo(20);
        assertThat(consumer.isUseFixedDelay()).isTrue();
        assertThat(consumer.getBackoffMultiplier()).isEqualTo(2);
        emulator().faults().set("listJobs", Faults.Spec.NONE.withError503(1.0));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> rollbacks.get() > 0);
        } finally {
            emulator().faults().clear();
        }
    }

    @Test
    void theConsumerIsOnlyForJobsAndJobsOnlyForTheConsumer() throws Exception {
        CamelContext c = context(new RouteBuilder() {
            @Override
            public void configure() {
            }
        }, Map.of());
        Exchange e = c.createProducerTemplate().send(uri("jobs", ""), x -> x.getMessage().setBody("x"));
        assertThat(e.getException()).isInstanceOf(TencentTtsValidationException.class).hasMessageContaining("from(");
        Map<String, Object> none = new HashMap<>();
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> context(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("submit", "")).to("log:x");
            }
        }, none));
    }
}
