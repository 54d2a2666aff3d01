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
package io.github.cameltencent.tts.job;

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the component can tell about the in-progress repository it is given. camel-sql's
 * JdbcOrphanLockAwareIdempotentRepository takes a dead node's claim over with an unconditional UPDATE: under the
 * database's default read committed two nodes taking over the same dead claim at the same instant both win. A
 * graceful stop leaves no claim behind (the consumer releases them), so this only matters after a crash or a pause.
 * With such a repository the emitter arbitrates every claim through the idempotent repository's unique insert (one
 * insert and one delete more per job); a TransactionTemplate with ISOLATION_REPEATABLE_READ (docs/cluster.md) makes
 * the take-over itself exclusive, and the arbitration is then left out. Read as bean properties, so the component
 * needs no camel-sql or Spring dependency.
 */
public final class ClusterSafety {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSafety.class);
    /** Spring's TransactionDefinition.ISOLATION_REPEATABLE_READ */
    private static final int REPEATABLE_READ = 4;
    private static final int ISOLATION_DEFAULT = -1;

    private ClusterSafety() {
    }

    /** Logs, at the consumer's start, what the in-progress repository given means for take-overs. */
    public static void check(IdempotentRepository inProgress) {
        if (takeOversNeedArbitration(inProgress)) {
            LOG.info("inProgressRepository is a JdbcOrphanLockAwareIdempotentRepository at the database's default"
                     + " isolation, where two nodes may take over the same crashed node's claim at once: each claim"
                     + " is arbitrated through the idempotent repository (one insert and one delete more per job)."
                     + " A TransactionTemplate with ISOLATION_REPEATABLE_READ makes this unnecessary (see the"
                     + " component's cluster page).");
        }
    }

    /** Whether two nodes could both win the take-over of the same dead claim in this repository. */
    public static boolean takeOversNeedArbitration(IdempotentRepository inProgress) {
        if (inProgress == null || !isOrphanLockSubclass(inProgress.getClass())) {
            return false;
        }
        try {
            Object tx = inProgress.getClass().getMethod("getTransactionTemplate").invoke(inProgress);
            int isolation = tx == null ? ISOLATION_DEFAULT
                    : (Integer) tx.getClass().getMethod("getIsolationLevel").invoke(tx);
            return isolation < REPEATABLE_READ;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // cannot tell: arbitrate, it is only slower
        }
    }

    private static boolean isOrphanLockSubclass(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository")) {
                return true;
            }
        }
        return false;
    }
}
