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

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.tts.TencentTtsConstants;

/**
 * Faults survived by the documented active/active cluster, with real parts: three nodes as separate JVMs
 * ({@link ClusterNode}, each loading {@code docs/cluster-active-active.yaml} unchanged with its repeatable-read
 * recipe), one PostgreSQL server created from {@code docs/cluster-postgresql.sql} on a fixed port and a kept data
 * directory (so it can be stopped and started again on the same data), the emulator over HTTP (with a data
 * directory too, so it can be restarted), and real signals: a graceful stop ({@code context.stop()}), {@code kill -9}
 * ({@link Process#destroyForcibly()}), {@code SIGSTOP}/{@code SIGCONT}, PostgreSQL away for 10 s and 60 s, the
 * emulator away for 10 s.
 *
 * <p>How it counts: each node writes {@code START} when an exchange of a job begins and {@code DONE} when it ends
 * into its own ledger file (flushed per line, so a killed node's lines stay). A job is <b>lost</b> when no node has
 * a DONE for it; <b>twice</b> when DONE lines for it number more than one. The exchanges <b>in flight</b> at a fault
 * are the jobs with a START and no DONE on the faulted node at the instant of the fault (kill, stop signal); for a
 * database outage, the exchanges that started before the database came back and had not ended when it went away.
 * Each scenario prints its figures. Claims last 3 s (keep-alive 0.5 s), a node polls every second (the recipe's
 * delay) and each exchange takes 200 ms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsTest {

    static final String ID = "AKIDCLUSTERFAULTS";
    static final String KEY = "cluster-faults-secret-1";
    static final String BUCKET = "faults-1250000000";
    static final long CLAIM_MAX_AGE = 3000;
    static final long CLAIM_KEEP_ALIVE = 500;
    static final long POLL = 1000;
    static final long WORK = 200;

    Path dir;
    int pgPort;
    EmbeddedPostgres postgres;
    int emulatorPort;
    TencentCiEmulator emulator;
    CamelContext client;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    /** every job submitted, in order, with the scenario that submitted it */
    final Map<String, String> jobs = new LinkedHashMap<>();
    final long suiteStart = System.nanoTime();

    final class Node {
        final String name;
        final Path ledger;
        final Path log;
        Process process;
        OutputStream stdin;

        Node(String name) {
            this.name = name;
            this.ledger = dir.resolve(name + ".ledger");
            this.log = dir.resolve(name + ".log");
        }

        void start() throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"),
                    "-Dtts.recipe=" + PostgresExtension.SCHEMA.resolveSibling("cluster-active-active.yaml"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                    "-Dorg.slf4j.simpleLogger.showDateTime=true",
                    ClusterNode.class.getName(), name, ledger.toString(), jdbcUrl(), emulator.baseUrl(), BUCKET, ID,
                    KEY, Long.toString(CLAIM_MAX_AGE), Long.toString(CLAIM_KEEP_ALIVE), Long.toString(WORK));
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = pb.start();
            stdin = process.getOutputStream();
            await().atMost(Duration.ofSeconds(90)).until(() -> read(log).contains("STARTED")
                    && count(read(log), "STARTED") > starts());
            started++;
        }

        int started;

        int starts() {
            return started;
        }

        void stopGracefully() throws IOException, InterruptedException {
            stdin.write("stop\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(name + " stops").isTrue();
        }

        void signal(String sig) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + sig, Long.toString(process.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -" + sig).isTrue();
        }

        /** job ids with a START and no DONE in this node's ledger right now */
        Set<String> inFlight() {
            Set<String> started = new HashSet<>();
            for (String[] l : lines(ledger)) {
                if (l[0].equals("START")) {
                    started.add(l[1]);
                } else if (l[0].equals("DONE")) {
                    started.remove(l[1]);
                }
            }
            return started;
        }

        /** job ids this node's ledger has a DONE for whose emitted record is not in the database */
        Set<String> endedNotCommitted() {
            Set<String> ended = new HashSet<>();
            for (String[] l : lines(ledger)) {
                if (l[0].equals("DONE")) {
                    ended.add(l[1]);
                }
            }
            ended.removeAll(new JdbcTemplate(postgres.getPostgresDatabase()).queryForList(
                    "SELECT messageId FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?", String.class,
                    ClusterRecipe.EMITTED));
            return ended;
        }
    }

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("tts-faults");
        pgPort = freePort();
        startPostgres();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(PostgresExtension.schema());
        }
        emulator = emulatorBuilder().start();
        emulatorPort = emulator.port();
        client = new DefaultCamelContext();
        client.start();
        for (String name : List.of("node-a", "node-b", "node-c")) {
            nodes.put(name, new Node(name));
        }
        for (Node n : nodes.values()) {
            n.start();
        }
    }

    TencentCiEmulator.Builder emulatorBuilder() {
        TencentCiEmulator.Builder b = TencentCiEmulator.builder().credential(ID, KEY)
                .processingTime(Duration.ofMillis(300)).concurrency(4).speech(false).dataDir(dir.resolve("emulator"));
        return emulatorPort == 0 ? b : b.port(emulatorPort);
    }

    void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(pgPort).setDataDirectory(dir.resolve("pgdata"))
                .setCleanDataDirectory(false).start();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pgPort + "/postgres";
    }

    @AfterAll
    void stop() throws Exception {
        for (Node n : nodes.values()) {
            if (n.process != null && n.process.isAlive()) {
                n.process.destroyForcibly();
            }
        }
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        System.out.printf("ClusterFaultsTest: all scenarios took %d s%n", TimeUnit.NANOSECONDS.toSeconds(
                System.nanoTime() - suiteStart));
    }

    // ------------------------------------------------------------------ scenarios

    @Test
    @Order(1)
    void aGracefulStopLeavesNoClaimBehind() throws Exception {
        List<String> wave = submit("graceful", 24);
        Node a = nodes.get("node-a");
        // looked at every 10 ms, so that the fault strikes while an exchange runs (each takes 200 ms)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> done(wave).size() >= 6 && !a.inFlight().isEmpty());
        Set<String> inFlight = a.inFlight();
        long stoppedAt = System.currentTimeMillis();
        a.stopGracefully();
        long exited = System.currentTimeMillis();
        try {
            // nothing of node-a's is left claimed: no claim row outlives the stop
            Set<String> aClaims = claimRows();
            List<String> more = submit("graceful-after", 6);
            List<String> all = concat(wave, more);
            await().atMost(Duration.ofSeconds(60)).until(() -> done(all).containsAll(all));
            long lastDone = lastDone(all);
            Figures f = figures("graceful stop of node-a", all, inFlight);
            System.out.printf("  stop took %d ms; claim rows right after it: %d (of live nodes only); every job"
                              + " done %d ms after the stop%n", exited - stoppedAt, aClaims.size(), lastDone - exited);
            f.assertNoneLostNoneTwice();
            assertConsistent(all);
        } finally {
            // the next scenarios need three nodes, whatever this one found
            a.start();
        }
    }

    @Test
    @Order(2)
    void aKilledNodesClaimsAreTakenOverAndNothingIsLost() throws Exception {
        List<String> wave = submit("kill", 30);
        Node b = nodes.get("node-b");
        // looked at every 10 ms, so that the fault strikes while an exchange runs (each takes 200 ms)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> done(wave).size() >= 6 && !b.inFlight().isEmpty());
        b.process.destroyForcibly();
        b.process.waitFor(10, TimeUnit.SECONDS);
        long killedAt = System.currentTimeMillis();
        try {
            // in flight at its death: exchanges begun and not ended, and exchanges ended whose commit (on the
            // exchange's completion, after the route's last step) the kill cut off. Read at once: its claims last
            // CLAIM_MAX_AGE, so nobody has taken one over yet. A kill -9 between the route's end and the commit is
            // the one window no component can close without a transaction spanning the route's own side effects.
            Set<String> inFlight = new HashSet<>(b.inFlight());
            inFlight.addAll(b.endedNotCommitted());
            // taken over: the instant another node's claim replaces the dead one, which is the claim row's createdAt
            // (the new owner's keep-alive moves it on only every CLAIM_KEEP_ALIVE; looked at every 20 ms)
            Map<String, Long> takenOverAt = new HashMap<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
                claimRowsCreated().forEach((id, createdAt) -> {
                    if (inFlight.contains(id) && createdAt > killedAt) {
                        takenOverAt.putIfAbsent(id, createdAt);
                    }
                });
                return takenOverAt.keySet().containsAll(inFlight);
            });
            long takenOver = takenOverAt.values().stream().mapToLong(t -> t).max().orElse(killedAt) - killedAt;
            List<String> more = submit("kill-after", 6);
            List<String> all = concat(wave, more);
            await().atMost(Duration.ofSeconds(60)).until(() -> done(all).containsAll(all));
            long doneElsewhere = inFlight.stream().mapToLong(this::firstDone).max().orElse(killedAt) - killedAt;
            Figures f = figures("kill -9 of node-b", all, inFlight);
            System.out.printf("  its in-flight jobs claimed by another node %d ms after the kill, done"
                              + " %d ms after it (claims last %d ms, polls every %d ms)%n", takenOver, doneElsewhere,
                    CLAIM_MAX_AGE, POLL);
            f.assertNoneLost();
            assertThat(f.twice).as("twice: only the killed node's in-flight exchanges").isSubsetOf(inFlight);
            // lockMaxAgeMillis plus two polls; the claim's age counts from its last keep-alive, up to one
            // keep-alive interval before the kill, so the bound holds from the kill too
            assertThat(takenOver).as("take-over").isLessThanOrEqualTo(CLAIM_MAX_AGE + 2 * POLL);
            assertConsistent(all);
        } finally {
            // the next scenarios need three nodes, whatever this one found
            b.start();
        }
    }

    @Test
    @Order(3)
    void aPausedNodeIsFencedOnItsReturn() throws Exception {
        List<String> wave = submit("pause", 30);
        Node c = nodes.get("node-c");
        // looked at every 10 ms, so that the fault strikes while an exchange runs (each takes 200 ms)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> done(wave).size() >= 6 && !c.inFlight().isEmpty());
        c.signal("STOP");
        // the exchanges it had started: begun and not ended, or ended with the commit (on the exchange's
        // completion) not yet made when it froze; read before its claims (CLAIM_MAX_AGE) can be taken over
        Set<String> started = new HashSet<>(c.inFlight());
        started.addAll(c.endedNotCommitted());
        Set<String> heldBefore = claimRows();
        long stoppedAt = System.currentTimeMillis();
        long takenOver;
        try {
            // the others take its claims over once they are older than lockMaxAgeMillis, and finish every job
            await().atMost(Duration.ofSeconds(60)).until(() -> done(wave).containsAll(wave)
                    && claimRows().isEmpty());
            takenOver = System.currentTimeMillis() - stoppedAt;
        } finally {
            // the next scenarios need three live nodes, whatever this one found
            c.signal("CONT");
        }
        List<String> more = submit("pause-after", 6);
        List<String> all = concat(wave, more);
        await().atMost(Duration.ofSeconds(60)).until(() -> done(all).containsAll(all));
        // a few more polls of node-c: it must route nothing more of what it held
        long polls = emulator.requestCount("listJobs");
        await().atMost(Duration.ofSeconds(30)).until(() -> emulator.requestCount("listJobs") > polls + 6);
        Figures f = figures("SIGSTOP of node-c past lockMaxAgeMillis", all, started);
        System.out.printf("  claim rows when it was stopped: %d; exchanges it had started: %d; every job done by"
                          + " the others %d ms after SIGSTOP%n", heldBefore.size(), started.size(), takenOver);
        f.assertNoneLost();
        assertThat(f.twice).as("twice: only the exchanges it had started").isSubsetOf(started);
        assertConsistent(all);
    }

    @Test
    @Order(4)
    void aDatabaseOutageOfTenSecondsLosesNothing() throws Exception {
        databaseOutage("database away 10 s", Duration.ofSeconds(10));
    }

    @Test
    @Order(5)
    void aDatabaseOutageOfSixtySecondsLosesNothing() throws Exception {
        databaseOutage("database away 60 s", Duration.ofSeconds(60));
    }

    /**
     * By hand only (five minutes, tagged out of the build): {@code -Dtts.excludedGroups=
     * -Dtest='ClusterFaultsTest#aLongDatabaseOutageLosesNothing'}; {@code -Dtts.faults.longOutage=PT10M} for longer.
     */
    @Test
    @Tag("long")
    @Order(8)
    void aLongDatabaseOutageLosesNothing() throws Exception {
        String longOutage = System.getProperty("tts.faults.longOutage", "PT5M");
        databaseOutage("database away " + longOutage, Duration.parse(longOutage));
    }

    @Test
    @Order(6)
    void anEmulatorRestartLosesNothingAndRepeatsNothing() throws Exception {
        List<String> wave = submit("service", 24);
        await().atMost(Duration.ofSeconds(60)).until(() -> done(wave).size() >= 6);
        emulator.stop();
        long down = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(15)).until(() -> System.currentTimeMillis() - down >= 10_000);
        emulator = emulatorBuilder().start();
        await().atMost(Duration.ofSeconds(90)).until(() -> done(wave).containsAll(wave));
        Figures f = figures("emulator away 10 s", wave, Set.of());
        f.assertNoneLostNoneTwice();
        assertConsistent(wave);
    }

    /**
     * A node paused (SIGSTOP) in the middle of a claim's transaction keeps its row lock; without the recipe's
     * {@code idle_in_transaction_session_timeout} every other node's take-over of that claim, and with it that
     * node's whole poll, would wait until the paused node ran again (one CI run saw two nodes stand still for the
     * 57 s node-c was paused). Here node-a leaves a claim's transaction open, is paused, and a take-over of the row
     * must go through within the claim age.
     */
    @Test
    @Order(7)
    void aNodePausedInsideATransactionHoldsNoOtherNodeUp() throws Exception {
        JdbcTemplate sql = new JdbcTemplate(postgres.getPostgresDatabase());
        String key = "held-by-a-paused-node";
        sql.update("INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt) VALUES (?, ?, ?)",
                ClusterRecipe.CLAIMS, key, new Timestamp(System.currentTimeMillis()));
        Node a = nodes.get("node-a");
        a.stdin.write(("hold " + key + "\n").getBytes(StandardCharsets.UTF_8));
        a.stdin.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> read(a.log).contains("HELD " + key));
        a.signal("STOP");
        long pausedAt = System.currentTimeMillis();
        try {
            // what a take-over does to a claim row: it waits for the row's lock
            CompletableFuture<Integer> takeOver = CompletableFuture.supplyAsync(() -> sql.update(
                    "UPDATE CAMEL_MESSAGEPROCESSED SET createdAt = ? WHERE processorName = ? AND messageId = ?",
                    new Timestamp(System.currentTimeMillis()), ClusterRecipe.CLAIMS, key));
            await().atMost(Duration.ofMillis(CLAIM_MAX_AGE)).until(takeOver::isDone);
            assertThat(takeOver.get()).as("the claim row taken over").isEqualTo(1);
            System.out.printf("node-a paused inside a claim's transaction: its row taken over %d ms after the"
                              + " pause (idle_in_transaction_session_timeout 1000 ms, claims last %d ms)%n",
                    System.currentTimeMillis() - pausedAt, CLAIM_MAX_AGE);
        } finally {
            a.signal("CONT");
        }
        // node-a goes on: its pool replaces the session PostgreSQL ended, and it polls again
        long polls = lines(a.ledger).stream().filter(l -> l[0].equals("POLL") && l[1].equals("ok")).count();
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(a.ledger).stream()
                .filter(l -> l[0].equals("POLL") && l[1].equals("ok")).count() > polls + 2);
        assertThat(a.process.isAlive()).isTrue();
        sql.update("DELETE FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ? AND messageId = ?",
                ClusterRecipe.CLAIMS, key);
    }

    void databaseOutage(String scenario, Duration outage) throws Exception {
        List<String> wave = submit(scenario, 30);
        await().atMost(Duration.ofSeconds(60)).until(() -> done(wave).size() >= 6);
        Map<String, Set<String>> inFlightAtStop = new HashMap<>();
        nodes.values().forEach(n -> inFlightAtStop.put(n.name, n.inFlight()));
        long downAt = System.currentTimeMillis();
        postgres.close();
        // jobs keep ending while the database is away
        List<String> during = submit(scenario + " during", 6);
        await().atMost(outage.plusSeconds(30)).until(() -> System.currentTimeMillis() - downAt >= outage.toMillis());
        startPostgres();
        long upAt = System.currentTimeMillis();
        List<String> all = concat(wave, during);
        await().atMost(Duration.ofSeconds(90)).until(() -> done(all).containsAll(all));
        long allDone = lastDone(all) - upAt;
        // the exchanges in flight during the outage: started before the database came back, not ended before it went
        Set<String> inFlight = new HashSet<>();
        inFlightAtStop.values().forEach(inFlight::addAll);
        for (Node n : nodes.values()) {
            for (String[] l : lines(n.ledger)) {
                if (l[0].equals("START") && Long.parseLong(l[3]) >= downAt && Long.parseLong(l[3]) < upAt) {
                    inFlight.add(l[1]);
                }
            }
        }
        Figures f = figures(scenario, all, inFlight);
        System.out.printf("  every job done %d ms after the database returned; exchanges in flight during the"
                          + " outage: %d%n", allDone, inFlight.size());
        // each node's first successful poll after the return (its poll strategy writes POLL ok into the ledger)
        Map<String, Long> pollsAgain = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            long firstOk = lines(n.ledger).stream().filter(l -> l[0].equals("POLL") && l[1].equals("ok"))
                    .mapToLong(l -> Long.parseLong(l[3])).filter(t -> t >= upAt).min().orElse(Long.MAX_VALUE);
            long failed = lines(n.ledger).stream().filter(l -> l[0].equals("POLL") && l[1].equals("failed"))
                    .mapToLong(l -> Long.parseLong(l[3])).filter(t -> t >= downAt && t < upAt).count();
            System.out.printf("  %s: %d polls failed during the outage, polling again %d ms after the return%n",
                    n.name, failed, firstOk - upAt);
            pollsAgain.put(n.name, firstOk - upAt);
        }
        f.assertNoneLost();
        assertThat(f.twice).as("twice: only exchanges in flight during the outage").isSubsetOf(inFlight);
        assertConsistent(all);
        // two polls, plus the pool's reconnect: HikariCP backs off up to half its connectionTimeout (1 s here, the
        // recipe's default 5 s) between attempts while the database is away
        assertThat(pollsAgain).as("each node polls again within two polls of the return, plus the reconnect")
                .allSatisfy((node, millis) -> assertThat(millis).isLessThanOrEqualTo(2 * POLL + 2500));
        for (Node n : nodes.values()) {
            assertThat(n.process.isAlive()).as(n.name + " lives").isTrue();
        }
    }

    // ------------------------------------------------------------------ counting

    final class Figures {
        final Set<String> lost = new HashSet<>();
        final Set<String> twice = new HashSet<>();

        void assertNoneLost() {
            assertThat(lost).as("lost").isEmpty();
        }

        void assertNoneLostNoneTwice() {
            assertNoneLost();
            assertThat(twice).as("emitted twice").isEmpty();
        }
    }

    Figures figures(String scenario, List<String> wave, Set<String> inFlight) {
        Map<String, Integer> doneCount = new HashMap<>();
        for (Node n : nodes.values()) {
            for (String[] l : lines(n.ledger)) {
                if (l[0].equals("DONE")) {
                    doneCount.merge(l[1], 1, Integer::sum);
                }
            }
        }
        Figures f = new Figures();
        for (String id : wave) {
            int n = doneCount.getOrDefault(id, 0);
            if (n == 0) {
                f.lost.add(id);
            } else if (n > 1) {
                f.twice.add(id);
            }
        }
        System.out.printf("%s: %d jobs, %d lost, %d emitted twice, %d exchanges in flight at the fault%n", scenario,
                wave.size(), f.lost.size(), f.twice.size(), inFlight.size());
        return f;
    }

    /** After a scenario: every emitted job committed once, no claim row left, the resume point past every job. */
    void assertConsistent(List<String> wave) {
        JdbcTemplate sql = new JdbcTemplate(postgres.getPostgresDatabase());
        await().atMost(Duration.ofSeconds(30)).until(() -> claimRows().isEmpty());
        List<String> emitted = sql.queryForList("SELECT messageId FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?",
                String.class, ClusterRecipe.EMITTED);
        assertThat(emitted).as("every job emitted so far committed, once").containsExactlyInAnyOrderElementsOf(
                jobs.keySet());
        Instant newest = wave.stream().map(id -> emulator.job(id).creationTime()).max(Instant::compareTo)
                .orElseThrow();
        // no cursor keeps a job in flight: the shared resume point moves past the newest job of the scenario
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> state = sql.queryForList("SELECT stateValue FROM CAMEL_TTS_STATE", String.class);
            return state.size() == 1 && !Instant.parse(state.get(0)).isBefore(newest.minusSeconds(1));
        });
    }

    Set<String> claimRows() {
        return new HashSet<>(new JdbcTemplate(postgres.getPostgresDatabase()).queryForList(
                "SELECT messageId FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?", String.class,
                ClusterRecipe.CLAIMS));
    }

    /** the claim rows now, with their createdAt (millis) */
    Map<String, Long> claimRowsCreated() {
        Map<String, Long> rows = new HashMap<>();
        new JdbcTemplate(postgres.getPostgresDatabase()).query(
                "SELECT messageId, createdAt FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?",
                rs -> {
                    rows.put(rs.getString(1), rs.getTimestamp(2).getTime());
                }, ClusterRecipe.CLAIMS);
        return rows;
    }

    List<String> submit(String scenario, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = scenario + " job " + i;
            Exchange e = client.createProducerTemplate().send("tencent-tts:submit?region=ap-guangzhou&bucket="
                    + BUCKET + "&secretId=" + ID + "&secretKey=RAW(" + KEY + ")&endpointOverride="
                    + emulator.baseUrl(), x -> x.getMessage().setBody(text));
            assertThat(e.getException()).isNull();
            String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
            ids.add(id);
            jobs.put(id, scenario);
        }
        return ids;
    }

    Set<String> done(List<String> wave) {
        Set<String> wanted = new HashSet<>(wave);
        Set<String> done = new HashSet<>();
        for (Node n : nodes.values()) {
            for (String[] l : lines(n.ledger)) {
                if (l[0].equals("DONE") && wanted.contains(l[1])) {
                    done.add(l[1]);
                }
            }
        }
        return done;
    }

    long firstDone(String id) {
        long first = Long.MAX_VALUE;
        for (Node n : nodes.values()) {
            for (String[] l : lines(n.ledger)) {
                if (l[0].equals("DONE") && l[1].equals(id)) {
                    first = Math.min(first, Long.parseLong(l[3]));
                }
            }
        }
        return first;
    }

    long lastDone(List<String> wave) {
        return wave.stream().mapToLong(this::firstDone).max().orElse(0);
    }

    static List<String[]> lines(Path ledger) {
        List<String[]> out = new ArrayList<>();
        for (String line : read(ledger).split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 4) {
                out.add(parts);
            }
        }
        return out;
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
