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

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.cameltencent.tts.state.JdbcStateRepository;

/**
 * The repositories exactly as {@code docs/cluster.md} tells users to set them up, so that the tests prove the
 * recipe and not something near it. Keep the two in step.
 */
public final class ClusterRecipe {

    public static final String EMITTED = "tencent-tts-emitted";
    public static final String CLAIMS = "tencent-tts-claims";

    private ClusterRecipe() {
    }

    /** The idempotent repository: jobs emitted (job ids only), shared by every node; camel-sql's as it comes. */
    public static JdbcMessageIdRepository emitted(DataSource ds) {
        JdbcMessageIdRepository repo = new JdbcMessageIdRepository(ds, EMITTED);
        repo.setCreateTableIfNotExists(false);
        return repo;
    }

    /** The resume point every node shares: one row per endpoint. */
    public static JdbcStateRepository state(DataSource ds) {
        return new JdbcStateRepository(ds);
    }

    /**
     * The in-progress repository as Camel documents it (a DataSource and a name, camel-sql's own transactions at the
     * database's default isolation).
     */
    public static JdbcOrphanLockAwareIdempotentRepository documentedClaims(DataSource ds, CamelContext context,
                                                                           long maxAgeMillis, long keepAliveMillis) {
        JdbcOrphanLockAwareIdempotentRepository repo = new JdbcOrphanLockAwareIdempotentRepository(ds, CLAIMS,
                context);
        repo.setCreateTableIfNotExists(false);
        repo.setLockMaxAgeMillis(maxAgeMillis);
        repo.setLockKeepAliveIntervalMillis(keepAliveMillis);
        return repo;
    }

    /**
     * The in-progress repository of active/active: a claim row per job being routed, kept fresh by its owner every
     * {@code keepAliveMillis}, taken over by another node once older than {@code maxAgeMillis}. Repeatable read makes
     * a take-over exclusive: of two nodes taking over the same dead claim at once, the second fails to update the
     * row the first just updated (PostgreSQL: "could not serialize access"), and the consumer counts that as a claim
     * lost. (Under read committed both updates would succeed and both nodes would emit the job.)
     */
    public static JdbcOrphanLockAwareIdempotentRepository claims(DataSource ds, CamelContext context,
                                                                 long maxAgeMillis, long keepAliveMillis) {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        JdbcOrphanLockAwareIdempotentRepository repo
                = new JdbcOrphanLockAwareIdempotentRepository(ds, tx, CLAIMS, context);
        repo.setCreateTableIfNotExists(false);
        repo.setLockMaxAgeMillis(maxAgeMillis);
        repo.setLockKeepAliveIntervalMillis(keepAliveMillis);
        return repo;
    }
}
