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

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.camel.support.PluginHelper;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.tts.TencentTtsConstants;

/**
 * The YAML recipes of docs/cluster.md, loaded as shipped ({@code docs/cluster-active-*.yaml}) with only the
 * placeholders filled: the beans bind, the route runs against a real PostgreSQL (and ZooKeeper), and finished jobs
 * are emitted and recorded in the shared table.
 */
class YamlRecipesTest {

    static final String ID = "AKIDYAMLRECIPE1";
    static final String KEY = "yaml-recipe-secret-1";

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(ID, KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(20)).concurrency(4).speech(false));

    final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    CamelContext node(String recipe, String bucket, Properties extra, CamelClusterService cluster) throws Exception {
        POSTGRES.clear();
        Properties p = new Properties();
        p.setProperty("tts.cluster.jdbc-url", POSTGRES.jdbcUrl());
        p.setProperty("tts.cluster.jdbc-user", "postgres");
        p.setProperty("tts.cluster.jdbc-password", "postgres");
        p.setProperty("tts.region", "ap-guangzhou");
        p.setProperty("tts.bucket", bucket);
        p.setProperty("tts.secret-id", ID);
        p.setProperty("tts.secret-key", KEY);
        p.setProperty("tts.endpoint-override", EMULATOR.emulator().baseUrl());
        p.setProperty("tts.cluster.target", "mock:finished");
        p.setProperty("tts.cluster.housekeeping-period", "200");
        p.putAll(extra);
        CamelContext c = new DefaultCamelContext();
        c.getPropertiesComponent().setInitialProperties(p);
        // what Spring Boot provides, and what docs/cluster.md tells Camel Main users to bind
        c.getRegistry().bind("camelContext", c);
        if (cluster != null) {
            c.addService(cluster); // as docs/cluster.md shows for Camel Main
        }
        Path file = PostgresExtension.SCHEMA.resolveSibling(recipe);
        PluginHelper.getRoutesLoader(c).loadRoutes(PluginHelper.getResourceLoader(c).resolveResource(
                "file:" + file.toAbsolutePath()));
        c.start();
        closing.add(c);
        return c;
    }

    void emitsFinishedJobs(CamelContext node, String bucket) throws Exception {
        CamelContext client = new DefaultCamelContext();
        client.start();
        closing.add(client);
        MockEndpoint finished = node.getEndpoint("mock:finished", MockEndpoint.class);
        finished.expectedMessageCount(3);
        for (int i = 0; i < 3; i++) {
            String text = "yaml recipe " + i;
            Exchange e = client.createProducerTemplate().send("tencent-tts:submit?region=ap-guangzhou&bucket=" + bucket
                    + "&secretId=" + ID + "&secretKey=RAW(" + KEY + ")&endpointOverride="
                    + EMULATOR.emulator().baseUrl(), x -> x.getMessage().setBody(text));
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_ID)).isNotNull();
        }
        finished.assertIsSatisfied(30_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> POSTGRES.rows(ClusterRecipe.EMITTED) == 3
                && POSTGRES.rows(ClusterRecipe.CLAIMS) == 0);
    }

    @Test
    void activeActiveRecipe() throws Exception {
        CamelContext node = node("cluster-active-active.yaml", "yaml-aa-1250000000", new Properties(), null);
        JdbcOrphanLockAwareIdempotentRepository claims = node.getRegistry().lookupByNameAndType("ttsClaims",
                JdbcOrphanLockAwareIdempotentRepository.class);
        assertThat(claims.getTransactionTemplate().getIsolationLevel()).isEqualTo(
                TransactionDefinition.ISOLATION_REPEATABLE_READ);
        assertThat(claims.getLockMaxAgeMillis()).isEqualTo(30_000);
        assertThat(node.getRegistry().lookupByNameAndType("ttsClaimsTransactions", TransactionTemplate.class))
                .isSameAs(claims.getTransactionTemplate());
        emitsFinishedJobs(node, "yaml-aa-1250000000");
        deletesClaimRowsOfJobsAlreadyEmitted();
    }

    @Test
    void activePassiveRecipe() throws Exception {
        TestingServer zookeeper = new TestingServer(true);
        closing.add(zookeeper);
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId("node-1");
        cluster.setNodes(zookeeper.getConnectString());
        cluster.setBasePath("/camel/tencent-tts");
        CamelContext node = node("cluster-active-passive.yaml", "yaml-ap-1250000000", new Properties(), cluster);
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.getView("tts").getLocalMember().isLeader());
        emitsFinishedJobs(node, "yaml-ap-1250000000");
        deletesClaimRowsOfJobsAlreadyEmitted();
    }

    /**
     * What a node killed between recording a job and releasing its claim leaves: a claim row of an emitted job. The
     * recipe's housekeeping route deletes it, and leaves the claim of a job not emitted yet (a live exchange's, or a
     * dead node's that another node takes over) alone.
     */
    void deletesClaimRowsOfJobsAlreadyEmitted() {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String insert = "INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt) VALUES (?, ?, ?)";
        POSTGRES.sql().update(insert, ClusterRecipe.EMITTED, "j-recorded-not-released", now);
        POSTGRES.sql().update(insert, ClusterRecipe.CLAIMS, "j-recorded-not-released", now);
        POSTGRES.sql().update(insert, ClusterRecipe.CLAIMS, "j-being-routed", now);
        await().atMost(Duration.ofSeconds(10)).until(() -> !claimRows().contains("j-recorded-not-released"));
        assertThat(claimRows()).as("a claim of a job not emitted is kept").containsExactly("j-being-routed");
        assertThat(POSTGRES.rows(ClusterRecipe.EMITTED)).as("the record kept").isEqualTo(4);
    }

    List<String> claimRows() {
        return POSTGRES.sql().queryForList("SELECT messageId FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?",
                String.class, ClusterRecipe.CLAIMS);
    }
}
