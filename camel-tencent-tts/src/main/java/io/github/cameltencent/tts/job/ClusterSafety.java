package io.github.cameltencent.tts.job;

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the polling consumer can tell about the in-progress repository it is given, at start. camel-sql's
 * JdbcOrphanLockAwareIdempotentRepository takes a dead node's claim over with an unconditional UPDATE: under the
 * database's default read committed two nodes taking over the same dead claim at the same instant both win. A
 * graceful stop leaves no claim behind (the consumer releases them), so this only matters after a crash or a pause;
 * the fix is a TransactionTemplate with ISOLATION_REPEATABLE_READ (docs/cluster.md), and the log says so.
 * Read as bean properties, so the component needs no camel-sql or Spring dependency.
 */
public final class ClusterSafety {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSafety.class);
    /** Spring's TransactionDefinition.ISOLATION_REPEATABLE_READ */
    private static final int REPEATABLE_READ = 4;
    private static final int ISOLATION_DEFAULT = -1;

    private ClusterSafety() {
    }

    public static void check(IdempotentRepository inProgress) {
        if (inProgress == null || !"JdbcOrphanLockAwareIdempotentRepository".equals(inProgress.getClass()
                .getSimpleName()) && !isOrphanLockSubclass(inProgress.getClass())) {
            return;
        }
        int isolation;
        try {
            Object tx = inProgress.getClass().getMethod("getTransactionTemplate").invoke(inProgress);
            isolation = tx == null ? ISOLATION_DEFAULT
                    : (Integer) tx.getClass().getMethod("getIsolationLevel").invoke(tx);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return;
        }
        if (isolation < REPEATABLE_READ) {
            LOG.warn("inProgressRepository is a JdbcOrphanLockAwareIdempotentRepository whose transactions run at the"
                     + " database's default isolation: if two nodes take over a crashed node's claim at the same"
                     + " instant, both route that job. Give it a TransactionTemplate with ISOLATION_REPEATABLE_READ"
                     + " (see the component's cluster page). Graceful stops are safe either way.");
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
