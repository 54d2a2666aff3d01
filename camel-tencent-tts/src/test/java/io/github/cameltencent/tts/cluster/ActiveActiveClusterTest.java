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
package io.github.cameltencent.tts.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Active/active: every node polls, each finished job is claimed in a shared PostgreSQL table
 * (JdbcOrphanLockAwareIdempotentRepository as the in-progress repository, the claim kept alive by its owner) and
 * marked emitted in the same database when its exchange completes. No leader, no coordinator.
 *
 * <p>"Killed" here: the node's route is blocked mid-exchange, then its connection pool is closed (nothing it does
 * reaches the database any more, so its claim stops being kept alive), its keep-alive task is shut down, the blocked
 * exchange is let go only to fail, and its CamelContext is stopped.
 */
class ActiveActiveClusterTest {

    static final String ID = "AKIDACTIVEACTIVE1";
    static final String KEY = "active-active-secret-1";
    static final long CLAIM_MAX_AGE = 2000;
    static final long CLAIM_KEEP_ALIVE = 300;

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(ID, KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(20)).concurrency(8).speech(false));

    static int buckets;

    String bucket;
    CamelContext client;
    final List<Node> nodes = new ArrayList<>();
    /** job id → the nodes whose route finished it (the ledger of emissions that completed) */
    final Map<String, List<String>> completed = new ConcurrentHashMap<>();
    /** job id → the nodes whose route started it */
    final Map<String, List<String>> started = new ConcurrentHashMap<>();
    final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        POSTGRES.clear();
        bucket = "active" + ++buckets + "-1250000000";
        client = new DefaultCamelContext();
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (Node n : nodes) {
            n.close();
        }
        client.close();
    }

    /** What a node's route does with one job; the default records it. */
    interface Work {
        void on(Node node, String jobId, String text) throws Exception;
    }

    final class Node {
        final String name;
        final HikariDataSource pool;
        final CamelContext camel = new DefaultCamelContext();
        final JdbcOrphanLockAwareIdempotentRepository claims;
        volatile boolean dead;

        Node(String name, IdempotentRepository claimsOverride, Work work) throws Exception {
            // maxMessagesPerPoll=1: a node whose route is busy holds one claim, so others take the rest
            this(name, claimsOverride, "maxMessagesPerPoll=1", work);
        }

        Node(String name, IdempotentRepository claimsOverride, String options, Work work) throws Exception {
            this(name, claimsOverride, options, work, false);
        }

        /** @param documented the claims repository as Camel documents it (default isolation) instead of the recipe */
        Node(String name, IdempotentRepository claimsOverride, String options, Work work, boolean documented)
                throws Exception {
            this.name = name;
            this.pool = POSTGRES.newPool(name);
            this.claims = documented ? ClusterRecipe.documentedClaims(pool, camel, CLAIM_MAX_AGE, CLAIM_KEEP_ALIVE)
                    : ClusterRecipe.claims(pool, camel, CLAIM_MAX_AGE, CLAIM_KEEP_ALIVE);
            camel.getCamelContextExtension().setName(name);
            camel.getRegistry().bind("emitted", ClusterRecipe.emitted(pool));
            camel.getRegistry().bind("claims", claimsOverride != null ? claimsOverride : claims);
            camel.getRegistry().bind("state", ClusterRecipe.state(pool));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri("jobs", "delay=100&idempotentRepository=#emitted&inProgressRepository=#claims"
                                     + "&stateRepository=#state&" + options)).routeId("jobs")
                            .process(e -> {
                                String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
                                started.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(name);
                                work.on(Node.this, id, e.getMessage().getBody(JobsDetail.class).getOperation()
                                        .getTtsConfig().getInput());
                                if (dead) {
                                    throw new IllegalStateException(name + " is dead: this exchange never ends");
                                }
                                completed.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(name);
                            });
                }
            });
            camel.start();
            nodes.add(this);
        }

        /** Cut off the database, stop keeping claims alive, let the blocked exchange fail, stop. */
        void kill(CountDownLatch blocked) {
            dead = true;
            pool.close();
            claims.shutdown();
            blocked.countDown();
            camel.stop();
        }

        void close() throws Exception {
            if (!pool.isClosed()) {
                pool.close();
            }
            claims.shutdown();
            camel.close();
        }
    }

    String uri(String operation, String options) {
        return "tencent-tts:" + operation + "?region=ap-guangzhou&bucket=" + bucket + "&secretId=" + ID
                + "&secretKey=RAW(" + KEY + ")&endpointOverride=" + EMULATOR.emulator().baseUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    String submit(String text) {
        Exchange e = client.createProducerTemplate().send(uri("submit", ""), x -> x.getMessage().setBody(text));
        assertThat(e.getException()).isNull();
        return e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
    }

    List<String> submit(String text, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(submit(text + " " + i));
        }
        return ids;
    }

    static boolean passed(CountDownLatch latch) throws InterruptedException {
        return latch.await(30, TimeUnit.SECONDS);
    }

    void assertEachEmittedOnce(List<String> jobs) {
        await().atMost(Duration.ofSeconds(60)).until(() -> completed.keySet().containsAll(jobs));
        assertThat(problems).isEmpty();
        assertThat(completed.keySet()).containsExactlyInAnyOrderElementsOf(jobs);
        assertThat(completed).as("each job completed by exactly one node").allSatisfy((id, by) -> assertThat(by)
                .hasSize(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> POSTGRES.rows(ClusterRecipe.CLAIMS) == 0);
        assertThat(POSTGRES.rows(ClusterRecipe.EMITTED)).isEqualTo(jobs.size());
    }

    @Test
    void threeNodesShareTheJobsAndAKilledNodesJobIsTakenOverOnce() throws Exception {
        CountDownLatch allThreeBusy = new CountDownLatch(3);
        AtomicReference<Node> stalledOn = new AtomicReference<>();
        CountDownLatch stall = new CountDownLatch(1);
        Work work = (node, id, text) -> {
            if (text.contains("#together#")) {
                // three jobs can only be in flight at once if three different nodes took them
                allThreeBusy.countDown();
                if (!passed(allThreeBusy)) {
                    problems.add(node.name + ": the three nodes were never busy at once");
                }
            } else if (text.contains("#stall#") && stalledOn.compareAndSet(null, node)) {
                passed(stall); // mid-exchange when it is killed
            }
        };
        Node a = new Node("node-a", null, work);
        Node b = new Node("node-b", null, work);
        Node c = new Node("node-c", null, work);

        List<String> jobs = new ArrayList<>();
        // every node polls and routes: three jobs are in flight at once, one on each node
        List<String> together = submit("three at once #together#", 3);
        jobs.addAll(together);
        await().atMost(Duration.ofSeconds(30)).until(() -> completed.keySet().containsAll(together));
        assertThat(together.stream().map(id -> completed.get(id).get(0))).containsExactlyInAnyOrder(a.name, b.name,
                c.name);

        // a node dies in the middle of an exchange while jobs keep ending
        String stalled = submit("the job whose node dies #stall#");
        jobs.add(stalled);
        jobs.addAll(submit("before the death", 10));
        await().atMost(Duration.ofSeconds(30)).until(() -> stalledOn.get() != null);
        Node victim = stalledOn.get();
        victim.kill(stall);
        jobs.addAll(submit("while a claim is orphaned", 10));

        assertEachEmittedOnce(jobs);
        assertThat(completed.get(stalled)).as("taken over by a live node").doesNotContain(victim.name);
        assertThat(started.get(stalled)).as("started on the dead node, then once more").hasSize(2)
                .startsWith(victim.name);
    }

    /**
     * Issue 27's run: three nodes, one stopped gracefully ({@code context.stop()}) mid-stream while it holds claims on
     * jobs it has not routed yet. Each exchange takes 30 ms (a latch that nobody opens, awaited with a timeout), a
     * poll claims up to 5 jobs, so a node holds unrouted claims most of the time.
     */
    void gracefulStopMidStream(boolean documented) throws Exception {
        Work slow = (node, id, text) -> new CountDownLatch(1).await(30, TimeUnit.MILLISECONDS);
        Node a = new Node("node-a", null, "maxMessagesPerPoll=5", slow, documented);
        new Node("node-b", null, "maxMessagesPerPoll=5", slow, documented);
        new Node("node-c", null, "maxMessagesPerPoll=5", slow, documented);
        List<String> jobs = submit("graceful", 150);
        await().atMost(Duration.ofSeconds(60)).until(() -> completed.size() >= 20 && a.camel.getRoute("jobs")
                .getConsumer() instanceof io.github.cameltencent.tts.TencentTtsConsumer consumer
                && consumer.unroutedCount() > 0);
        io.github.cameltencent.tts.TencentTtsConsumer consumer
                = (io.github.cameltencent.tts.TencentTtsConsumer) a.camel.getRoute("jobs").getConsumer();
        Set<String> unroutedAtStop = consumer.unroutedJobIds();
        long t0 = System.nanoTime();
        a.camel.stop();
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        long afterStop = System.nanoTime();
        assertThat(consumer.unroutedCount()).as("every unrouted claim released by the stop").isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> completed.keySet().containsAll(unroutedAtStop));
        long releasedDoneMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - afterStop);
        await().atMost(Duration.ofSeconds(60)).until(() -> completed.keySet().containsAll(jobs));
        long twice = completed.values().stream().filter(by -> by.size() > 1).count();
        System.out.printf("graceful stop (%s): %d jobs, %d lost, %d emitted twice; node-a held %d unrouted claims at"
                          + " the stop, which took %d ms; the others emitted them %d ms after it (claims last %d ms,"
                          + " polls every 100 ms)%n", documented ? "camel-sql as documented, read committed"
                          : "repeatable-read recipe", jobs.size(), jobs.size() - completed.size(), twice,
                unroutedAtStop.size(), stopMillis, releasedDoneMillis, CLAIM_MAX_AGE);
        assertEachEmittedOnce(jobs);
        assertThat(unroutedAtStop).as("node-a held unrouted claims when it stopped").isNotEmpty();
        assertThat(releasedDoneMillis).as("the released jobs did not wait for their claims to expire")
                .isLessThan(CLAIM_MAX_AGE);
    }

    @Test
    void aGracefulStopMidStreamOnCamelSqlAsDocumentedLosesAndRepeatsNothing() throws Exception {
        gracefulStopMidStream(true);
    }

    @Test
    void aGracefulStopMidStreamWithTheRepeatableReadRecipeLosesAndRepeatsNothing() throws Exception {
        gracefulStopMidStream(false);
    }

    @Test
    void aClaimMadeRightAfterAnotherNodeCommittedIsGivenBack() throws Exception {
        // node a looks (not emitted), then node b routes and commits the job, then node a claims it: the claim
        // succeeds (b's claim is gone), so a must look at the emitted repository again or emit the job twice
        CountDownLatch aIsClaiming = new CountDownLatch(1);
        AtomicReference<String> target = new AtomicReference<>();
        HikariDataSource aPool = POSTGRES.newPool("node-a-claims");
        JdbcOrphanLockAwareIdempotentRepository aClaims = ClusterRecipe.claims(aPool, client, CLAIM_MAX_AGE,
                CLAIM_KEEP_ALIVE);
        IdempotentRepository late = new Delegating(aClaims) {
            @Override
            public boolean add(String key) {
                if (key.equals(target.get())) {
                    aIsClaiming.countDown();
                    await().atMost(Duration.ofSeconds(30)).until(() -> completed.containsKey(key)
                            && POSTGRES.rows(ClusterRecipe.CLAIMS) == 0);
                }
                return super.add(key);
            }
        };
        try {
            new Node("node-a", late, (node, id, text) -> { });
            new Node("node-b", null, (node, id, text) -> {
                if (!passed(aIsClaiming)) {
                    problems.add("node-a never tried to claim the job");
                }
            });
            EMULATOR.emulator().holdMarker("#hold#");
            target.set(submit("one job, two nodes #hold#"));
            await().atMost(Duration.ofSeconds(10)).until(() -> "Running".equals(EMULATOR.emulator().job(target.get())
                    .state()));
            EMULATOR.emulator().releaseHeldJobs();
            assertEachEmittedOnce(List.of(target.get()));
            assertThat(completed.get(target.get())).containsExactly("node-b");
            // and it stays so over more polls
            long polls = EMULATOR.emulator().requestCount("listJobs");
            await().atMost(Duration.ofSeconds(10)).until(() -> EMULATOR.emulator().requestCount("listJobs") > polls
                                                                                                                + 6);
            assertThat(completed.get(target.get())).hasSize(1);
        } finally {
            aClaims.shutdown();
            aPool.close();
        }
    }

    @Test
    void aClaimTheDatabaseRefusesLeavesNoOtherJobStranded() throws Exception {
        // four jobs end before the node starts, so its first poll claims all four in a row; the fourth claim meets
        // another node's insert of the same claim (a real unique violation from PostgreSQL)
        List<String> jobs = submit("ended before the poll", 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> jobs.stream().allMatch(id -> "Success".equals(
                EMULATOR.emulator().job(id).state())));
        HikariDataSource aPool = POSTGRES.newPool("node-a-claims");
        HikariDataSource otherPool = POSTGRES.newPool("other-claims");
        TransactionTemplate rr = new TransactionTemplate(new DataSourceTransactionManager(aPool));
        rr.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        ClaimRacesTest.Racing aClaims = new ClaimRacesTest.Racing(aPool, rr, client);
        JdbcOrphanLockAwareIdempotentRepository other = ClusterRecipe.claims(otherPool, client, CLAIM_MAX_AGE,
                CLAIM_KEEP_ALIVE);
        other.start();
        String last = jobs.get(3);
        boolean[] raced = new boolean[1];
        aClaims.beforeWrite = key -> {
            if (key.equals(last) && !raced[0]) {
                raced[0] = true;
                other.add(last);
            }
        };
        try {
            // no limit per poll: the first poll claims the four jobs in a row
            new Node("node-a", aClaims, "maxMessagesPerPoll=0", (node, id, text) -> { });
            await().atMost(Duration.ofSeconds(30)).until(() -> completed.size() >= 3);
            assertThat(raced[0]).isTrue();
            assertThat(completed).doesNotContainKey(last);
            other.remove(last); // the other node is done with it without emitting: the job is free again
            assertEachEmittedOnce(jobs);
        } finally {
            other.shutdown();
            aClaims.shutdown();
            otherPool.close();
            aPool.close();
        }
    }

    /** An in-progress repository that hands everything to another. */
    static class Delegating implements IdempotentRepository {
        final IdempotentRepository delegate;

        Delegating(IdempotentRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean add(String key) {
            return delegate.add(key);
        }

        @Override
        public boolean contains(String key) {
            return delegate.contains(key);
        }

        @Override
        public boolean remove(String key) {
            return delegate.remove(key);
        }

        @Override
        public boolean confirm(String key) {
            return delegate.confirm(key);
        }

        @Override
        public void clear() {
            delegate.clear();
        }

        @Override
        public void start() {
            ServiceHelper.startService(delegate);
        }

        @Override
        public void stop() {
            ServiceHelper.stopService(delegate);
        }
    }
}
