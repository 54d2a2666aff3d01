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
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Active/passive: {@code master:tts:tencent-tts:jobs} with camel-zookeeper's ZooKeeperClusterService on a real
 * three-server ZooKeeper ensemble (curator-test), the idempotent and in-progress repositories on a real PostgreSQL.
 * Only the leader polls; the leader is stopped twice in the middle of the stream (once while an exchange is in
 * flight) and every job, including those ending during the elections, is emitted exactly once.
 */
class ActivePassiveClusterTest {

    static final String ID = "AKIDACTIVEPASSIVE1";
    static final String KEY = "active-passive-secret-1";
    static final String BUCKET = "passive-1250000000";

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(ID, KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(20)).concurrency(8).speech(false));

    static TestingCluster zookeeper;

    @BeforeAll
    static void ensemble() throws Exception {
        zookeeper = new TestingCluster(ensembleSpecs(3));
        zookeeper.start();
    }

    /**
     * Curator's default specs pick each port by binding port 0 and letting it go: two of a server's three ports
     * can come out equal ("Client and election port must be different"), and a port let go can be handed to the
     * next bind(0) of the emulator or PostgreSQL before ZooKeeper binds it (ZooKeeper then exits the JVM, code
     * 14). So the ports are chosen below the kernel's ephemeral range, where bind(0) never lands, all distinct,
     * each checked free by binding it.
     */
    static List<InstanceSpec> ensembleSpecs(int servers) throws IOException {
        List<Integer> ports = new ArrayList<>();
        for (int candidate = 20_000 + new Random().nextInt(10_000); ports.size() < 3 * servers; candidate++) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(candidate));
                ports.add(candidate);
            } catch (IOException taken) {
                // in use: the next one
            }
        }
        List<InstanceSpec> specs = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            specs.add(new InstanceSpec(null, ports.get(3 * i), ports.get(3 * i + 1), ports.get(3 * i + 2), true,
                    i + 1));
        }
        return specs;
    }

    @AfterAll
    static void closeEnsemble() throws Exception {
        zookeeper.close();
    }

    final List<Node> nodes = new ArrayList<>();
    final Map<String, List<String>> completed = new ConcurrentHashMap<>();
    final CountDownLatch slow = new CountDownLatch(1);
    final AtomicReference<String> slowOn = new AtomicReference<>();
    CamelContext client;

    @AfterEach
    void stop() throws Exception {
        slow.countDown();
        for (Node n : nodes) {
            n.close();
        }
        if (client != null) {
            client.close();
        }
    }

    final class Node {
        final String name;
        final HikariDataSource pool;
        final CamelContext camel = new DefaultCamelContext();
        final JdbcOrphanLockAwareIdempotentRepository claims;

        Node(String name) throws Exception {
            this.name = name;
            pool = POSTGRES.newPool(name);
            claims = ClusterRecipe.claims(pool, camel, 2000, 300);
            camel.getCamelContextExtension().setName(name);
            ZooKeeperClusterService cluster = new ZooKeeperClusterService();
            cluster.setId(name);
            cluster.setNodes(zookeeper.getConnectString());
            cluster.setBasePath("/camel/tencent-tts");
            cluster.setSessionTimeout(5000);
            cluster.setConnectTimeout(5000);
            camel.addService(cluster);
            camel.getRegistry().bind("emitted", ClusterRecipe.emitted(pool));
            camel.getRegistry().bind("claims", claims);
            camel.getRegistry().bind("state", ClusterRecipe.state(pool));
            camel.getShutdownStrategy().setTimeout(30);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("master:tts:" + uri("jobs", "delay=100&idempotentRepository=#emitted"
                                                    + "&inProgressRepository=#claims&stateRepository=#state"))
                            .routeId("jobs")
                            .process(e -> {
                                String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
                                String text = e.getMessage().getBody(JobsDetail.class).getOperation().getTtsConfig()
                                        .getInput();
                                if (text.contains("#slow#") && slowOn.compareAndSet(null, name)) {
                                    slow.await(30, TimeUnit.SECONDS);
                                }
                                completed.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(name);
                            });
                }
            });
            camel.start();
            nodes.add(this);
        }

        void close() throws Exception {
            camel.close();
            claims.shutdown();
            pool.close();
        }
    }

    String uri(String operation, String options) {
        return "tencent-tts:" + operation + "?region=ap-guangzhou&bucket=" + BUCKET + "&secretId=" + ID
                + "&secretKey=RAW(" + KEY + ")&endpointOverride=" + EMULATOR.emulator().baseUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    List<String> submit(String text, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Exchange e = client.createProducerTemplate().send(uri("submit", ""),
                    x -> x.getMessage().setBody(text + " " + ids.size()));
            assertThat(e.getException()).isNull();
            ids.add(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class));
        }
        return ids;
    }

    String emitter(List<String> wave) {
        await().atMost(Duration.ofSeconds(60)).until(() -> completed.keySet().containsAll(wave));
        List<String> by = wave.stream().map(id -> completed.get(id).get(0)).distinct().toList();
        assertThat(by).as("one leader emitted the whole wave").hasSize(1);
        return by.get(0);
    }

    Node node(String name) {
        return nodes.stream().filter(n -> n.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheLeaderEmitsAndEachTakeoverLosesAndDoublesNothing() throws Exception {
        POSTGRES.clear();
        client = new DefaultCamelContext();
        client.start();
        new Node("node-a");
        new Node("node-b");
        new Node("node-c");
        List<String> jobs = new ArrayList<>();

        List<String> first = submit("first wave", 10);
        jobs.addAll(first);
        String leader1 = emitter(first);

        // the leader is stopped while one of its exchanges is in flight; jobs end before, during and after
        jobs.addAll(submit("in flight when the leader stops #slow#", 1));
        jobs.addAll(submit("before the stop", 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> slowOn.get() != null);
        assertThat(slowOn.get()).isEqualTo(leader1);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> node(leader1).camel.stop());
        jobs.addAll(submit("during the election", 5));
        await().atMost(Duration.ofSeconds(10)).until(() -> node(leader1).camel.isStopping() || stopping.isDone());
        slow.countDown();
        stopping.get(60, TimeUnit.SECONDS);
        List<String> second = submit("after the first takeover", 10);
        jobs.addAll(second);
        String leader2 = emitter(second);
        assertThat(leader2).isNotEqualTo(leader1);

        // and once more: the last node standing takes over
        node(leader2).camel.stop();
        List<String> third = submit("after the second takeover", 10);
        jobs.addAll(third);
        String leader3 = emitter(third);
        assertThat(leader3).isNotIn(leader1, leader2);

        await().atMost(Duration.ofSeconds(60)).until(() -> completed.keySet().containsAll(jobs));
        assertThat(completed.keySet()).containsExactlyInAnyOrderElementsOf(jobs);
        assertThat(completed).as("each job emitted by exactly one node, once").allSatisfy((id, by) -> assertThat(by)
                .hasSize(1));
        assertThat(POSTGRES.rows(ClusterRecipe.EMITTED)).isEqualTo(jobs.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> POSTGRES.rows(ClusterRecipe.CLAIMS) == 0);
        // the new leaders started from the resume point in PostgreSQL (one row for the endpoint), not from the
        // whole history; the idempotent repository holds job ids only
        assertThat(POSTGRES.sql().queryForObject("SELECT COUNT(*) FROM CAMEL_TTS_STATE", Integer.class)).isEqualTo(1);
        assertThat(POSTGRES.sql().queryForObject("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?",
                Integer.class, ClusterRecipe.EMITTED)).isEqualTo(jobs.size());
    }
}
