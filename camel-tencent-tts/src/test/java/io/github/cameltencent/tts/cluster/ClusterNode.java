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

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.PluginHelper;

import io.github.cameltencent.tts.TencentTtsConstants;

/**
 * One node of a cluster as its own JVM, for the process-level fault tests ({@link ClusterFaultsTest}): it loads
 * {@code docs/cluster-active-active.yaml} unchanged (placeholders from the arguments) and routes each finished job
 * into {@code direct:ledger}, which writes {@code START <job> <node> <millis>} when the exchange begins and
 * {@code DONE ...} when it ends into the node's ledger file, flushed line by line so that a {@code kill -9} keeps
 * every line written before it. Each exchange takes {@code workMillis} (a Camel delay), so that some are in
 * flight when a fault strikes.
 *
 * <p>Arguments: {@code name ledgerFile jdbcUrl emulatorUrl bucket secretId secretKey claimMaxAge claimKeepAlive
 * workMillis}. Standard input: a line {@code stop} stops the CamelContext gracefully (as {@code context.stop()}),
 * then the JVM exits; a line {@code hold <key>} leaves a claim's transaction open ({@link #hold}). Prints
 * {@code STARTED} once its route runs.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        Path ledger = Path.of(args[1]);
        Properties p = new Properties();
        p.setProperty("tts.cluster.jdbc-url", args[2]);
        p.setProperty("tts.cluster.jdbc-user", "postgres");
        p.setProperty("tts.cluster.jdbc-password", "postgres");
        p.setProperty("tts.endpoint-override", args[3]);
        p.setProperty("tts.region", "ap-guangzhou");
        p.setProperty("tts.bucket", args[4]);
        p.setProperty("tts.secret-id", args[5]);
        p.setProperty("tts.secret-key", args[6]);
        p.setProperty("tts.cluster.claim-max-age", args[7]);
        p.setProperty("tts.cluster.claim-keep-alive", args[8]);
        p.setProperty("tts.cluster.target", "direct:ledger");
        // claims last 3 s here: the pool waits at most 1 s for a connection (docs/cluster.md: keep it well below)
        p.setProperty("tts.cluster.connection-timeout", "1000");
        // below the 3 s claims: a node paused inside a claim's transaction holds the others up at most this long
        p.setProperty("tts.cluster.idle-in-transaction-timeout", "1000");
        // a node killed between recording a job and releasing its claim leaves that claim row: swept every second, so
        // the scenario's "no claim row left" does not wait the recipe's minute
        p.setProperty("tts.cluster.housekeeping-period", "1000");
        long work = Long.parseLong(args[9]);

        OutputStream out = new FileOutputStream(ledger.toFile(), true);
        CamelContext c = new DefaultCamelContext();
        c.getCamelContextExtension().setName(name);
        c.getPropertiesComponent().setInitialProperties(p);
        c.getRegistry().bind("camelContext", c); // as docs/cluster.md tells Camel Main users
        c.getShutdownStrategy().setTimeout(30);
        c.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ledger").routeId("ledger")
                        .process(e -> write(out, "START " + e.getMessage().getHeader(TencentTtsConstants.JOB_ID) + " "
                                                 + name + " " + System.currentTimeMillis()))
                        .delay(work).syncDelayed()
                        .process(e -> write(out, "DONE " + e.getMessage().getHeader(TencentTtsConstants.JOB_ID) + " "
                                                 + name + " " + System.currentTimeMillis()));
            }
        });
        Path recipe = Path.of(System.getProperty("tts.recipe"));
        PluginHelper.getRoutesLoader(c).loadRoutes(PluginHelper.getResourceLoader(c).resolveResource(
                "file:" + recipe.toAbsolutePath()));
        c.start();
        // successful and failed polls go into the ledger too (POLL ok|failed), so a test can see when a node polls
        // again after a fault; the recipe's route itself is left as shipped
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) c.getRoute("tts-finished-jobs").getConsumer();
        PollingConsumerPollStrategy strategy = consumer.getPollStrategy();
        consumer.setPollStrategy(new PollingConsumerPollStrategy() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
                return strategy.begin(consumer, endpoint);
            }

            @Override
            public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
                write(out, "POLL ok " + name + " " + System.currentTimeMillis());
                strategy.commit(consumer, endpoint, polledMessages);
            }

            @Override
            public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause)
                    throws Exception {
                write(out, "POLL failed " + name + " " + System.currentTimeMillis());
                return strategy.rollback(consumer, endpoint, retryCounter, cause);
            }
        });
        System.out.println("STARTED");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.trim().equals("stop")) {
                break;
            }
            if (line.startsWith("hold ")) {
                hold(c, line.substring("hold ".length()).trim());
            }
        }
        c.stop();
        System.out.println("STOPPED");
        System.out.flush();
        System.exit(0);
    }

    /** transactions left open on purpose (see {@link #hold}); kept reachable so that nothing closes them */
    private static final List<Connection> HELD = new ArrayList<>();

    /**
     * Standard input {@code hold <key>}: refreshes that claim row as camel-sql's keep-alive does, in a transaction
     * on the recipe's own pool, and leaves the transaction open, holding the row's lock, as a node paused (SIGSTOP)
     * between a claim's statements leaves it. Prints {@code HELD <key>}.
     */
    private static void hold(CamelContext c, String key) throws SQLException {
        DataSource ds = c.getRegistry().lookupByNameAndType("clusterDataSource", DataSource.class);
        Connection conn = ds.getConnection();
        conn.setAutoCommit(false);
        try (PreparedStatement ps = conn.prepareStatement("UPDATE CAMEL_MESSAGEPROCESSED SET createdAt = ?"
                                                          + " WHERE processorName = ? AND messageId = ?")) {
            ps.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            ps.setString(2, ClusterRecipe.CLAIMS);
            ps.setString(3, key);
            ps.executeUpdate();
        }
        HELD.add(conn);
        System.out.println("HELD " + key);
        System.out.flush();
    }

    private static synchronized void write(OutputStream out, String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
