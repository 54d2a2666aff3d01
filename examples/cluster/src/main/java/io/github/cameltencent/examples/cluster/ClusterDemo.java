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
package io.github.cameltencent.examples.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.tts.TencentTtsConstants;

/**
 * The launcher of the cluster example: one embedded PostgreSQL (loaded with docs/cluster-postgresql.sql), one
 * emulator, three node JVMs that each run docs/cluster-active-active.yaml as documented, and a steady stream of jobs
 * submitted through the component's producer. Each node says on the console which job it emitted. One node is killed
 * with SIGKILL (automatically after a third of the jobs, or by hand: type its number and Enter, or
 * {@code kill -9 <pid>}); the others take over its claims and carry on. The run ends by itself once every job has been
 * emitted, with a summary, and fails when a job is missing at the deadline.
 *
 * <p>Settings, as system properties: {@code cluster.jobs} (30), {@code cluster.nodes} (3), {@code cluster.every}
 * (milliseconds between two submits, 400), {@code cluster.kill} (the node killed automatically, node-2; {@code none}
 * for no automatic kill), {@code cluster.killAfter} (jobs emitted before it is killed, a third of the jobs),
 * {@code cluster.timeout} (seconds, 60), {@code cluster.home} (this module's folder, set by Maven).
 */
public final class ClusterDemo {

    /** What a node prints for each job it emitted; routes/node.camel.yaml writes it. */
    static final Pattern EMITTED = Pattern.compile("(node-\\d+) emitted job (\\S+)");
    /** What a node prints when an exchange of a job begins. */
    static final Pattern ROUTING = Pattern.compile("(node-\\d+) routing job (\\S+)");
    static final Pattern UP = Pattern.compile("(node-\\d+) is up");
    static final String REGION = "ap-guangzhou";
    static final String BUCKET = "cluster-1250000000";

    /** The settings of one run. */
    public record Settings(Path home, int nodes, int jobs, Duration every, String kill, int killAfter,
            Duration timeout) {

        public static Settings fromSystemProperties() {
            int jobs = Integer.getInteger("cluster.jobs", 30);
            return new Settings(Path.of(System.getProperty("cluster.home", ".")).toAbsolutePath().normalize(),
                    Integer.getInteger("cluster.nodes", 3), jobs,
                    Duration.ofMillis(Integer.getInteger("cluster.every", 400)),
                    System.getProperty("cluster.kill", "node-2"),
                    Integer.getInteger("cluster.killAfter", Math.max(1, jobs / 3)),
                    Duration.ofSeconds(Integer.getInteger("cluster.timeout", 60)));
        }

        public Settings {
            if (nodes < 2) {
                throw new IllegalArgumentException("cluster.nodes must be at least 2 (one is killed), not " + nodes);
            }
            if (jobs < 1) {
                throw new IllegalArgumentException("cluster.jobs must be at least 1, not " + jobs);
            }
        }
    }

    /**
     * What happened: the jobs submitted, which node(s) emitted each, and the kill.
     *
     * @param submitted        job ids in submission order
     * @param emittedBy        job id to the nodes that emitted it, in order (two nodes when the killed one died
     *                         between emitting a job and committing it: docs/cluster.md, "Limits")
     * @param killed           the node killed, or null
     * @param killedExit       its exit code (137 for SIGKILL), or -1
     * @param emittedAfterKill per node, the jobs it emitted after the kill
     * @param claimsLeft       the claims still in the database at the end: jobs some node claimed and never
     *                         committed or released (a killed node's, when no other node took them over)
     * @param inFlightAtKill   the killed node's exchanges in flight at its death: jobs it began routing whose
     *                         claim was still in the database right after it died, not recorded as emitted
     * @param takeOver         from the death to the last of those jobs emitted by another node, or null
     */
    public record Result(List<String> submitted, Map<String, List<String>> emittedBy, String killed, int killedExit,
            Map<String, Integer> emittedAfterKill, List<String> claimsLeft, List<String> inFlightAtKill,
            Duration takeOver) {

        public List<String> missing() {
            return submitted.stream().filter(id -> !emittedBy.containsKey(id)).toList();
        }

        public Map<String, Long> perNode() {
            return emittedBy.values().stream().flatMap(List::stream)
                    .collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()));
        }

        public List<String> emittedTwice() {
            return emittedBy.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        }
    }

    private final Settings settings;
    private final PrintStream out;
    private final InputStream keys;

    private final List<Node> nodes = new ArrayList<>();
    private final List<String> submitted = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> emittedBy = new ConcurrentHashMap<>();
    private final Map<String, Integer> emittedAfterKill = new ConcurrentHashMap<>();
    private final Map<String, List<String>> routing = new ConcurrentHashMap<>();
    /** job id to when a node other than the killed one first emitted it after the death */
    private final Map<String, Long> emittedByOthersAt = new ConcurrentHashMap<>();
    private volatile EmbeddedPostgres postgres;
    private volatile long diedAt;
    private volatile List<String> claimsAtDeath = List.of();
    private final CountDownLatch allUp;
    private volatile Node killed;

    public ClusterDemo(Settings settings, PrintStream out, InputStream keys) {
        this.settings = settings;
        this.out = out;
        this.keys = keys;
        this.allUp = new CountDownLatch(settings.nodes());
    }

    public static void main(String[] args) throws Exception {
        Result r = new ClusterDemo(Settings.fromSystemProperties(), System.out, System.in).run();
        if (!r.missing().isEmpty()) {
            // an exception, not System.exit: under exec:java this is Maven's own JVM
            throw new IllegalStateException(r.missing().size() + " job(s) were never emitted: " + r.missing());
        }
    }

    /** Runs the whole example and returns what happened; everything it started is stopped when it returns. */
    public Result run() throws Exception {
        Path docs = settings.home().resolve("../../docs").normalize();
        Path classpath = settings.home().resolve("target/node-classpath.txt");
        if (!Files.isRegularFile(classpath)) {
            throw new IllegalStateException(classpath + " is missing: build the example first (README)");
        }
        String secretId = "AKIDCLUSTER" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String secretKey = UUID.randomUUID().toString();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             TencentCiEmulator emulator = TencentCiEmulator.builder().credential(secretId, secretKey).speech(false)
                     .processingTime(Duration.ofMillis(300)).start();
             CamelContext client = new DefaultCamelContext()) {
            this.postgres = postgres;
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(Files.readString(docs.resolve("cluster-postgresql.sql")));
            }
            say("PostgreSQL on port %d (schema docs/cluster-postgresql.sql), emulator on %s", postgres.getPort(),
                    emulator.baseUrl());
            say("%d nodes, each its own JVM running docs/cluster-active-active.yaml; %d jobs, one every %d ms",
                    settings.nodes(), settings.jobs(), settings.every().toMillis());

            Map<String, String> env = new LinkedHashMap<>();
            // the recipe's placeholders, by environment (Camel maps TTS_SECRET_KEY to tts.secret-key): the secret
            // stays off the command line, where every user of the machine could read it
            env.put("TTS_REGION", REGION);
            env.put("TTS_BUCKET", BUCKET);
            env.put("TTS_SECRET_ID", secretId);
            env.put("TTS_SECRET_KEY", secretKey);
            env.put("TTS_ENDPOINT_OVERRIDE", emulator.baseUrl());
            env.put("TTS_CLUSTER_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
            env.put("TTS_CLUSTER_JDBC_USER", "postgres");
            env.put("TTS_CLUSTER_JDBC_PASSWORD", "postgres");
            String cp = settings.home().resolve("target/classes") + java.io.File.pathSeparator
                        + Files.readString(classpath).trim();
            try {
                for (int i = 1; i <= settings.nodes(); i++) {
                    nodes.add(Node.start("node-" + i, cp, docs.resolve("cluster-active-active.yaml"), env, this));
                }
                say("kill a node: type its number and Enter (1-%d), or kill -9 its pid%s", settings.nodes(),
                        "none".equals(settings.kill()) ? ""
                                : "; " + settings.kill() + " is killed anyway after " + settings.killAfter()
                                  + " jobs");
                listenForKeys();
                if (!allUp.await(settings.timeout().toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the nodes did not all start within " + settings.timeout());
                }
                client.start();
                submitJobs(client.createProducerTemplate(), emulator.baseUrl(), secretId, secretKey);
                return summary(claimsLeft(postgres));
            } finally {
                for (Node n : nodes) {
                    n.stop();
                }
            }
        }
    }

    private void submitJobs(ProducerTemplate producer, String endpoint, String secretId, String secretKey)
            throws InterruptedException {
        String uri = "tencent-tts:submit?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + secretId
                     + "&secretKey=RAW(" + secretKey + ")&endpointOverride=" + endpoint + "&codec=mp3";
        ScheduledExecutorService submitter = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger n = new AtomicInteger();
        try {
            submitter.scheduleAtFixedRate(() -> {
                int i = n.incrementAndGet();
                if (i > settings.jobs()) {
                    return;
                }
                Exchange e = producer.send(uri, x -> {
                    x.getMessage().setBody("Cluster job number " + i + ".");
                    x.getMessage().setHeader(TencentTtsConstants.OUTPUT_OBJECT, "cluster/job-" + i + ".mp3");
                });
                if (e.getException() != null) {
                    say("submit %d failed: %s", i, e.getException().getMessage());
                    return;
                }
                String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
                submitted.add(id);
                say("submitted job %d/%d: %s", i, settings.jobs(), id);
            }, 0, settings.every().toMillis(), TimeUnit.MILLISECONDS);

            long deadline = System.nanoTime() + settings.timeout().toNanos();
            while (System.nanoTime() < deadline) {
                // printed is not yet committed: a killed node may have printed a job it never recorded, which its
                // claim, once expired, hands to another node; the run waits for that too
                if (submitted.size() == settings.jobs() && emittedBy.keySet().containsAll(submitted)
                    && settled()) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            say("deadline of %s reached", settings.timeout());
        } finally {
            submitter.shutdownNow();
        }
    }

    /** Called by a node's reader thread for each line the node prints. */
    void onLine(Node node, String line) {
        out.println(line);
        Matcher up = UP.matcher(line);
        if (up.find()) {
            allUp.countDown();
            return;
        }
        Matcher r = ROUTING.matcher(line);
        if (r.find()) {
            routing.computeIfAbsent(r.group(1), k -> new CopyOnWriteArrayList<>()).add(r.group(2));
            return;
        }
        Matcher m = EMITTED.matcher(line);
        if (!m.find()) {
            return;
        }
        emittedBy.computeIfAbsent(m.group(2), k -> new CopyOnWriteArrayList<>()).add(m.group(1));
        if (killed != null) {
            emittedAfterKill.merge(m.group(1), 1, Integer::sum);
            if (diedAt != 0 && !m.group(1).equals(killed.name)) {
                emittedByOthersAt.putIfAbsent(m.group(2), System.nanoTime());
            }
        } else if (!"none".equals(settings.kill()) && emittedBy.size() >= settings.killAfter() && (
                emittedBy.values().stream().anyMatch(by -> by.contains(settings.kill()))
                || emittedBy.size() >= 2 * settings.killAfter())) {
            // preferably a node that has been working: its death then interrupts a stream of its own
            nodes.stream().filter(n -> n.name.equals(settings.kill())).findFirst().ifPresent(this::kill);
        }
    }

    /** SIGKILL, as a crash or an OOM killer would: no shutdown hook, no graceful stop, claims left behind. */
    synchronized void kill(Node node) {
        if (!node.process.isAlive()) {
            return;
        }
        if (nodes.stream().filter(n -> n != node && n.process.isAlive()).findAny().isEmpty()) {
            say("%s is the last node alive: not killing it", node.name);
            return;
        }
        if (killed == null) {
            killed = node;
        }
        say(">>> killing %s (pid %d) with SIGKILL after %d jobs emitted", node.name, node.process.pid(),
                emittedBy.size());
        node.process.destroyForcibly();
    }

    void onExit(Node node, int code) {
        if (node.stopping) {
            return;
        }
        synchronized (this) {
            if (killed == null) {
                killed = node; // killed from outside, e.g. kill -9 <pid>
            }
        }
        if (node == killed) {
            diedAt = System.nanoTime();
            try {
                // its claims of jobs not recorded right after its death are its exchanges never committed (with
                // those the live nodes hold this instant, which the routing lines of the killed node tell apart)
                claimsAtDeath = claimsNotCommitted(postgres);
            } catch (java.sql.SQLException e) {
                say("could not read the claims at %s's death: %s", node.name, e.getMessage());
            }
        }
        String others = nodes.stream().filter(n -> n != node && n.process.isAlive()).map(n -> n.name)
                .collect(Collectors.joining(" and "));
        say(">>> %s (pid %d) is gone, exit %d; its claims are taken over when they expire (4 s), %s carry on",
                node.name, node.process.pid(), code, others);
    }

    private void listenForKeys() {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(keys, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    String name = "node-" + line.trim();
                    nodes.stream().filter(n -> n.name.equals(name)).findFirst().ifPresentOrElse(this::kill,
                            () -> say("type a node's number (1-%d) and Enter to kill it", settings.nodes()));
                }
            } catch (IOException e) {
                // no console (CI, a test): nothing to listen to
            }
        }, "cluster-keys");
        t.setDaemon(true);
        t.start();
    }

    private static List<String> claimsLeft(EmbeddedPostgres postgres) throws java.sql.SQLException {
        return query(postgres,
                "SELECT messageId FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'tencent-tts-claims'");
    }

    /** Claims whose job is not recorded as emitted: exchanges never committed (a commit records, then releases). */
    private static List<String> claimsNotCommitted(EmbeddedPostgres postgres) throws java.sql.SQLException {
        return query(postgres, "SELECT c.messageId FROM CAMEL_MESSAGEPROCESSED c WHERE c.processorName"
                               + " = 'tencent-tts-claims' AND NOT EXISTS (SELECT 1 FROM CAMEL_MESSAGEPROCESSED e"
                               + " WHERE e.processorName = 'tencent-tts-emitted' AND e.messageId = c.messageId)");
    }

    /** Every job submitted is recorded as emitted and no claim is left: nothing more will be emitted. */
    private boolean settled() {
        try {
            return claimsLeft(postgres).isEmpty() && query(postgres, "SELECT messageId FROM CAMEL_MESSAGEPROCESSED"
                    + " WHERE processorName = 'tencent-tts-emitted'").containsAll(submitted);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static List<String> query(EmbeddedPostgres postgres, String sql) throws java.sql.SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private Result summary(List<String> claimsLeft) throws InterruptedException {
        // the others may finish every job before the killed JVM is reaped; its exit code is part of the story
        if (killed != null) {
            killed.process.waitFor(10, TimeUnit.SECONDS);
        }
        int exit = killed == null || killed.process.isAlive() ? -1 : killed.process.exitValue();
        List<String> inFlight = killed == null ? List.of()
                : routing.getOrDefault(killed.name, List.of()).stream().filter(claimsAtDeath::contains).distinct()
                        .toList();
        Duration takeOver = inFlight.isEmpty() || !emittedByOthersAt.keySet().containsAll(inFlight) ? null
                : Duration.ofNanos(inFlight.stream().mapToLong(emittedByOthersAt::get).max().orElseThrow() - diedAt);
        Result r = new Result(List.copyOf(submitted), Map.copyOf(emittedBy), killed == null ? null : killed.name,
                exit, Map.copyOf(emittedAfterKill), List.copyOf(claimsLeft), inFlight, takeOver);
        say("---");
        say("%d jobs submitted, %d emitted; per node: %s", r.submitted().size(), r.submitted().size()
                - r.missing().size(), r.perNode());
        if (r.killed() != null) {
            say("%s was killed (exit %d); after that: %s", r.killed(), exit,
                new TreeMap<>(r.emittedAfterKill()));
        }
        if (r.killed() != null) {
            say("%s had %d exchange(s) in flight at its death%s", r.killed(), r.inFlightAtKill().size(),
                    r.takeOver() == null ? "" : "; the others emitted them " + r.takeOver().toMillis()
                                                + " ms after it (claims of 4 s, polls every second)");
        }
        say("emitted twice: %s", r.emittedTwice().isEmpty() ? "none" : r.emittedTwice()
                + " (the killed node died between emitting and committing: docs/cluster.md, Limits)");
        if (!r.missing().isEmpty()) {
            say("NEVER EMITTED: %s; claims still held in the database: %s", r.missing(), r.claimsLeft());
        } else if (!r.claimsLeft().isEmpty()) {
            say("claims still held in the database: %s (not yet taken over)", r.claimsLeft());
        }
        return r;
    }

    synchronized void say(String format, Object... args) {
        out.println("[cluster] " + String.format(format, args));
    }

    /** One node: a JVM running camel-main with the recipe, its console read line by line. */
    static final class Node {
        final String name;
        final Process process;
        volatile boolean stopping;

        private Node(String name, Process process) {
            this.name = name;
            this.process = process;
        }

        static Node start(String name, String classpath, Path recipe, Map<String, String> env, ClusterDemo demo)
                throws IOException {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // small and quick to start: three of them share the machine with the launcher
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", classpath,
                    "-Dnode.name=" + name,
                    "-Dcluster.launcher.pid=" + ProcessHandle.current().pid(),
                    "-Dcamel.main.routes-include-pattern=file:" + recipe + ",classpath:routes/node.camel.yaml",
                    "org.apache.camel.main.Main");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putAll(env);
            Node node = new Node(name, pb.start());
            demo.say("%s started: pid %d", name, node.process.pid());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(node.process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        demo.onLine(node, line);
                    }
                } catch (IOException e) {
                    // the node is gone; onExit says so
                }
            }, name + "-console");
            reader.setDaemon(true);
            reader.start();
            node.process.onExit().thenAccept(p -> demo.onExit(node, p.exitValue()));
            return node;
        }

        /** SIGTERM: camel-main stops its routes and commits what is in flight; SIGKILL if that takes too long. */
        void stop() throws InterruptedException {
            stopping = true;
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
