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
package io.github.cameltencent.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpHost;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.tts.client.CiXml;
import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.Output;
import io.github.cameltencent.tts.model.TtsConfig;
import io.github.cameltencent.tts.model.TtsTpl;

/**
 * Active/active scaling: 1, 2 and 3 nodes (each a CamelContext with its own PostgreSQL pool, the recipe of
 * docs/cluster.md) drain one emulator whose jobs end at a steady rate, higher than one node can route. A node's route
 * does {@code bench.workMillis} of blocking work per job (a downstream call), in the poll thread, so one node routes
 * at most 1000 / workMillis jobs a second. Prints jobs emitted per second and the API calls each node makes per
 * poll. Run from the repository root (it reads docs/cluster-postgresql.sql).
 */
public final class ClusterLoad {

    static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final int RATE = Integer.getInteger("bench.rate", 20);
    static final int WORK_MILLIS = Integer.getInteger("bench.workMillis", 200);

    private ClusterLoad() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1, 2, 3) : Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.printf("machine: %d cores, Java %s; jobs end at %d/s; route work %d ms per job; %d runs of %d s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RATE, WORK_MILLIS,
                RUNS, SECONDS);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(Files.readString(Path.of(System.getProperty("cluster.schema",
                        "docs/cluster-postgresql.sql"))));
            }
            double one = 0;
            for (int n : sizes) {
                double[] rates = new double[RUNS];
                String calls = "";
                for (int run = 0; run < RUNS; run++) {
                    Result r = run(pg, n);
                    rates[run] = r.perSecond;
                    calls = r.calls;
                    System.out.printf("  %d node(s), run %d: %.1f jobs emitted/s; %s%n", n, run + 1, r.perSecond,
                            r.calls);
                }
                double median = LoadDriver.median(rates);
                one = n == sizes.get(0) ? median / n : one;
                System.out.printf("%d node(s): median %.1f jobs emitted/s, scaling %.2f of linear; %s%n", n, median,
                        median / (one * n), calls);
            }
        }
    }

    record Result(double perSecond, String calls) {
    }

    /** WAV keeps the emulator's synthesis cheap (MP3 encoding would make it the bottleneck). */
    static byte[] submitBody(int n) {
        JobRequest r = new JobRequest().withTag("Tts").withOperation(new JobOperation()
                .withTtsTpl(new TtsTpl().withMode("Sync").withCodec("wav"))
                .withTtsConfig(new TtsConfig().withInputType("Text").withInput("cluster job " + n))
                .withOutput(new Output().withRegion(LoadDriver.REGION).withBucket(LoadDriver.BUCKET)
                        .withObject("cluster/" + n + ".wav")));
        return CiXml.write(r);
    }

    static Result run(EmbeddedPostgres pg, int nodes) throws Exception {
        try (var admin = pg.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("DELETE FROM CAMEL_MESSAGEPROCESSED");
        }
        // submissions at RATE set the pace at which jobs end (16 slots of 20 ms are never all busy)
        try (TencentCiEmulator emu = LoadDriver.emulator(16, Duration.ofMillis(20));
             CloseableHttpClient http = LoadDriver.bareClient(16)) {
            HttpHost target = HttpHost.create(URI.create(emu.baseUrl()));
            AtomicInteger emitted = new AtomicInteger();
            AtomicInteger polls = new AtomicInteger();
            PollingConsumerPollStrategy counting = new DefaultPollingConsumerPollStrategy() {
                @Override
                public boolean begin(Consumer consumer, Endpoint endpoint) {
                    polls.incrementAndGet();
                    return true;
                }
            };
            List<CamelContext> contexts = new ArrayList<>();
            List<HikariDataSource> pools = new ArrayList<>();
            List<JdbcOrphanLockAwareIdempotentRepository> claims = new ArrayList<>();
            ScheduledExecutorService submitter = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger submitted = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            try {
                for (int i = 0; i < nodes; i++) {
                    HikariConfig config = new HikariConfig();
                    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
                    config.setMaximumPoolSize(4);
                    HikariDataSource ds = new HikariDataSource(config);
                    pools.add(ds);
                    CamelContext c = new DefaultCamelContext();
                    JdbcMessageIdRepository done = new JdbcMessageIdRepository(ds, "tencent-tts-emitted");
                    done.setCreateTableIfNotExists(false);
                    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
                    tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
                    JdbcOrphanLockAwareIdempotentRepository claim
                            = new JdbcOrphanLockAwareIdempotentRepository(ds, tx, "tencent-tts-claims", c);
                    claim.setCreateTableIfNotExists(false);
                    claim.setLockMaxAgeMillis(30_000);
                    claim.setLockKeepAliveIntervalMillis(5_000);
                    claims.add(claim);
                    c.getRegistry().bind("emitted", done);
                    c.getRegistry().bind("claims", claim);
                    c.getRegistry().bind("countPolls", counting);
                    c.addRoutes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("tencent-tts:jobs?region=" + LoadDriver.REGION + "&bucket=" + LoadDriver.BUCKET
                                    + "&secretId=" + LoadDriver.ID + "&secretKey=RAW(" + LoadDriver.KEY
                                    + ")&endpointOverride=" + emu.baseUrl() + "&delay=50&maxMessagesPerPoll=10"
                                    + "&idempotentRepository=#emitted&inProgressRepository=#claims&pollStrategy=#countPolls")
                                    .process(e -> {
                                        Thread.sleep(WORK_MILLIS); // the route's downstream call
                                        emitted.incrementAndGet();
                                    });
                        }
                    });
                    contexts.add(c);
                }
                for (CamelContext c : contexts) {
                    c.start();
                }
                // a node's first poll looks for its low-water marker (hundreds of look-ups in an empty repository):
                // measure from when every node has polled once
                while (emu.requestCount("listJobs") < nodes) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                long tickMicros = 1_000_000L / RATE;
                submitter.scheduleAtFixedRate(() -> {
                    try {
                        int code = LoadDriver.bareSend(http, target, "POST", "/jobs", null,
                                submitBody(submitted.incrementAndGet()));
                        if (code != 200) {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }, 0, tickMicros, TimeUnit.MICROSECONDS);
                TimeUnit.SECONDS.sleep(2); // warm-up
                int before = emitted.get();
                emu.resetRequestCounts();
                polls.set(0);
                long t0 = System.nanoTime();
                TimeUnit.SECONDS.sleep(SECONDS);
                double secs = (System.nanoTime() - t0) / 1e9;
                int count = emitted.get() - before;
                long lists = emu.requestCount("listJobs");
                long gets = emu.requestCount("getJob");
                int pollCount = Math.max(1, polls.get());
                String calls = String.format("per node %.1f polls/s; per poll %.2f listJobs + %.2f getJob calls",
                        pollCount / secs / nodes, lists / (double) pollCount, gets / (double) pollCount);
                if (refused.get() > 0 || Boolean.getBoolean("bench.verbose")) {
                    System.out.printf("    submits refused: %d of %d; requests %s%n", refused.get(), submitted.get(),
                            emu.requestCounts());
                }
                return new Result(count / secs, calls);
            } finally {
                submitter.shutdownNow();
                for (CamelContext c : contexts) {
                    c.close();
                }
                claims.forEach(JdbcOrphanLockAwareIdempotentRepository::shutdown);
                pools.forEach(HikariDataSource::close);
            }
        }
    }
}
