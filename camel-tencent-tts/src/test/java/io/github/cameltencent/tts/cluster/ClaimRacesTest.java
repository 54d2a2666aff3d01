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
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.cameltencent.tts.job.JobEmitter;

/**
 * The claim of the active/active recipe on a real PostgreSQL, at the two instants where two nodes race for the same
 * job: both claiming a fresh job, and both taking over the claim of a dead node. Each race is played exactly: the
 * second node's claim is committed inside the first node's claim transaction, between its look and its write.
 * Exactly one node may win; the loser is refused (false or an exception, which the consumer counts as "not mine").
 */
class ClaimRacesTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    final List<HikariDataSource> pools = new ArrayList<>();
    CamelContext camel;

    @BeforeEach
    void start() {
        POSTGRES.clear();
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
        pools.forEach(HikariDataSource::close);
    }

    DataSource pool(String name) {
        HikariDataSource ds = POSTGRES.newPool(name);
        pools.add(ds);
        return ds;
    }

    /** A node's claim repository built by the recipe, in which the other node's claim lands right before the write. */
    static final class Racing extends JdbcOrphanLockAwareIdempotentRepository {
        Consumer<String> beforeWrite = key -> { };

        Racing(DataSource ds, TransactionTemplate tx, CamelContext camel) {
            super(ds, tx, ClusterRecipe.CLAIMS, camel);
            setCreateTableIfNotExists(false);
            setLockMaxAgeMillis(2000);
            setLockKeepAliveIntervalMillis(500);
        }

        @Override
        protected int insert(String key) {
            beforeWrite.accept(key);
            return super.insert(key);
        }
    }

    /** Node a with the recipe's isolation (or another one, to show why the recipe sets it). */
    Racing nodeA(int isolation) {
        DataSource ds = pool("a");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        tx.setIsolationLevel(isolation);
        Racing a = new Racing(ds, tx, camel);
        a.start();
        return a;
    }

    JdbcOrphanLockAwareIdempotentRepository nodeB() {
        JdbcOrphanLockAwareIdempotentRepository b = ClusterRecipe.claims(pool("b"), camel, 2000, 500);
        b.start();
        return b;
    }

    @Test
    void twoNodesClaimingTheSameJobAtOnceOnlyOneGetsIt() {
        Racing a = nodeA(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        JdbcOrphanLockAwareIdempotentRepository b = nodeB();
        boolean[] bWon = new boolean[1];
        a.beforeWrite = key -> bWon[0] = b.add("job-1");

        Throwable refused = catchThrowable(() -> a.add("job-1"));

        assertThat(bWon[0]).isTrue();
        // the primary key of the shipped schema refuses the second insert: PostgreSQL's unique violation
        assertThat(refused).isInstanceOf(DuplicateKeyException.class);
        assertThat(POSTGRES.rows(ClusterRecipe.CLAIMS)).isEqualTo(1);
        assertThat(a.getProcessorNameMessageIdSet()).as("a keeps nothing alive it does not own").isEmpty();
        assertThat(b.getProcessorNameMessageIdSet()).hasSize(1);
    }

    @Test
    void twoNodesTakingOverADeadNodesClaimAtOnceOnlyOneGetsIt() {
        deadClaim("job-2");
        Racing a = nodeA(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        JdbcOrphanLockAwareIdempotentRepository b = nodeB();
        boolean[] bWon = new boolean[1];
        a.beforeWrite = key -> bWon[0] = b.add("job-2");

        Throwable refused = catchThrowable(() -> a.add("job-2"));

        assertThat(bWon[0]).as("b took the dead claim over").isTrue();
        assertThat(refused).as("a's take-over of the row b just took is refused").isInstanceOf(
                DataAccessException.class).hasMessageContaining("could not serialize access");
        assertThat(b.contains("job-2")).isTrue();
    }

    @Test
    void underReadCommittedBothNodesWouldTakeOverTheSameDeadClaim() {
        // why the recipe sets repeatable read: camel-sql's take-over is an unconditional UPDATE
        deadClaim("job-3");
        Racing a = nodeA(TransactionDefinition.ISOLATION_READ_COMMITTED);
        JdbcOrphanLockAwareIdempotentRepository b = nodeB();
        boolean[] bWon = new boolean[1];
        a.beforeWrite = key -> bWon[0] = b.add("job-3");

        boolean aWon = a.add("job-3");

        assertThat(bWon[0]).isTrue();
        assertThat(aWon).as("both won: a job would be emitted twice").isTrue();
    }

    @Test
    void aClaimKeptAliveIsNotTakenOverAndADeadOneIs() {
        JdbcOrphanLockAwareIdempotentRepository a = nodeB();
        JdbcOrphanLockAwareIdempotentRepository b = nodeB();
        assertThat(a.add("job-4")).isTrue();
        assertThat(b.add("job-4")).as("held by a live node").isFalse();
        deadClaim("job-5");
        assertThat(b.add("job-5")).as("left by a dead node").isTrue();
        assertThat(b.add("job-5")).isFalse();
    }

    /**
     * camel-sql's repositories as Camel documents them (no TransactionTemplate: read committed), the race of
     * {@link #underReadCommittedBothNodesWouldTakeOverTheSameDeadClaim} played through the component's claim: both
     * take-overs succeed in the repository, and the idempotent repository's unique insert of the claim's generation
     * lets only one node route the job.
     */
    @Test
    void onCamelSqlAsDocumentedOnlyOneNodeWinsATakeOverRace() {
        deadClaim("job-6");
        DataSource aPool = pool("a");
        // node a: camel-sql's own transactions at the database's default isolation, as documented
        TransactionTemplate defaultIsolation = new TransactionTemplate(new DataSourceTransactionManager(aPool));
        Racing aClaims = new Racing(aPool, defaultIsolation, camel);
        aClaims.start();
        DataSource bPool = pool("b");
        JdbcOrphanLockAwareIdempotentRepository bClaims = ClusterRecipe.documentedClaims(bPool, camel, 2000, 500);
        bClaims.start();
        JobEmitter a = emitter(ClusterRecipe.emitted(aPool), aClaims);
        JobEmitter b = emitter(ClusterRecipe.emitted(bPool), bClaims);
        boolean[] bWon = new boolean[1];
        aClaims.beforeWrite = key -> {
            if (key.equals("job-6")) {
                bWon[0] = b.claim("job-6");
            }
        };

        boolean aWon = a.claim("job-6");

        assertThat(bWon[0]).as("b took the dead claim over").isTrue();
        assertThat(aWon).as("a's take-over succeeded in the repository, but the arbitration went to b").isFalse();
        assertThat(a.takeOversLost()).isEqualTo(1);
        b.release("job-6");
        assertThat(POSTGRES.sql().queryForObject("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?",
                Integer.class, ClusterRecipe.EMITTED)).as("no arbitration key left behind").isZero();
    }

    /** What the arbitration costs: claims and releases of 200 jobs, documented repositories against the recipe. */
    @Test
    void theArbitrationCostsOneInsertAndOneDeleteMorePerJob() {
        DataSource ds = pool("cost");
        JobEmitter documented = emitter(ClusterRecipe.emitted(ds), started(ClusterRecipe.documentedClaims(ds, camel,
                2000, 500)));
        JobEmitter recipe = emitter(ClusterRecipe.emitted(ds), started(ClusterRecipe.claims(ds, camel, 2000, 500)));
        long[] nanos = new long[2];
        for (int round = 0; round < 2; round++) { // the first round warms both up
            for (int side = 0; side < 2; side++) {
                JobEmitter e = side == 0 ? documented : recipe;
                long t0 = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    String id = "cost-" + round + "-" + side + "-" + i;
                    assertThat(e.claim(id)).isTrue();
                    e.release(id);
                }
                nanos[side] = System.nanoTime() - t0;
            }
        }
        System.out.printf("claim + release of 200 jobs on PostgreSQL: %d ms with camel-sql as documented (arbitrated),"
                          + " %d ms with the repeatable-read recipe%n", nanos[0] / 1_000_000, nanos[1] / 1_000_000);
        assertThat(POSTGRES.rows(ClusterRecipe.EMITTED)).isZero();
        assertThat(POSTGRES.rows(ClusterRecipe.CLAIMS)).isZero();
    }

    static JdbcOrphanLockAwareIdempotentRepository started(JdbcOrphanLockAwareIdempotentRepository repo) {
        repo.start();
        return repo;
    }

    static JobEmitter emitter(JdbcMessageIdRepository emitted, IdempotentRepository claims) {
        emitted.start();
        return new JobEmitter(null, emitted, claims, false, 1, Set.of(), true, job -> { });
    }

    /** A claim whose owner stopped keeping it alive an hour ago. */
    void deadClaim(String key) {
        POSTGRES.sql().update("INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt) VALUES (?, ?, ?)",
                ClusterRecipe.CLAIMS, key, new Timestamp(System.currentTimeMillis() - 3_600_000));
    }
}
