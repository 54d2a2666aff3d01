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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.state.JdbcStateRepository;

/**
 * Two nodes under camel-master with the file-lock cluster service and one shared JDBC repository: only the leader
 * polls, the other takes over when it stops, and no job is lost or emitted twice.
 */
class ClusterConsumerTest {

    static final String ID = "AKIDCLUSTER01";
    static final String KEY = "cluster-secret-1";
    static final String BUCKET = "clustered-1250000000";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(ID, KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(20)).concurrency(4).speech(false));

    @TempDir
    Path lockDir;

    final List<CamelContext> nodes = new ArrayList<>();
    final Map<String, AtomicInteger> emitted = new ConcurrentHashMap<>();
    final Map<String, String> emittedBy = new ConcurrentHashMap<>();

    @AfterEach
    void stop() throws Exception {
        for (CamelContext c : nodes) {
            c.close();
        }
    }

    String uri(String operation, String options) {
        return "tencent-tts:" + operation + "?region=ap-guangzhou&bucket=" + BUCKET + "&secretId=" + ID
                + "&secretKey=RAW(" + KEY + ")&endpointOverride=" + EMULATOR.emulator().baseUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    CamelContext node(String name, JdbcDataSource ds) throws Exception {
        CamelContext c = new DefaultCamelContext();
        c.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(lockDir.toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        c.addService(cluster);
        c.getRegistry().bind("emitted", new JdbcMessageIdRepository(ds, "tts-cluster"));
        c.getRegistry().bind("resume", new JdbcStateRepository(ds));
        c.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:tts:" + uri("jobs", "delay=50&idempotentRepository=#emitted&stateRepository=#resume")).routeId("jobs-" + name)
                        .process(e -> {
                            String id = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
                            emitted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                            emittedBy.put(id, name);
                        });
            }
        });
        c.start();
        nodes.add(c);
        return c;
    }

    @Test
    void onlyTheLeaderPollsAndTheOtherTakesOverWithoutLossOrRepeat() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:cluster;DB_CLOSE_DELAY=-1");
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE CAMEL_TTS_STATE (stateKey VARCHAR(255) NOT NULL PRIMARY KEY,"
                      + " stateValue VARCHAR(255) NOT NULL)");
        }
        CamelContext a = node("node-a", ds);
        CamelContext b = node("node-b", ds);
        CamelContext client = new DefaultCamelContext();
        client.start();
        nodes.add(client);

        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(submit(client, "first wave " + i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> emitted.keySet().containsAll(jobs));
        assertThat(emittedBy.values()).as("a single leader emitted the first wave").containsOnly(
                emittedBy.get(jobs.get(0)));
        String leader = emittedBy.get(jobs.get(0));
        CamelContext leaderNode = leader.equals("node-a") ? a : b;
        String follower = leader.equals("node-a") ? "node-b" : "node-a";

        // jobs keep coming while the leader goes away
        for (int i = 0; i < 10; i++) {
            jobs.add(submit(client, "during failover " + i));
        }
        leaderNode.stop();
        for (int i = 0; i < 10; i++) {
            jobs.add(submit(client, "after failover " + i));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> emitted.keySet().containsAll(jobs));
        assertThat(emitted.values()).as("no job twice: " + emitted).allMatch(n -> n.get() == 1);
        assertThat(emittedBy.get(jobs.get(jobs.size() - 1))).isEqualTo(follower);
        assertThat(emitted.keySet()).containsExactlyInAnyOrderElementsOf(jobs);
    }

    private String submit(CamelContext client, String text) {
        Exchange e = client.createProducerTemplate().send(uri("submit", ""), x -> x.getMessage().setBody(text));
        assertThat(e.getException()).isNull();
        return e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
    }
}
