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

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.job.JobEmitter;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * A consumer's failed commits, tried again with backoff while the claim is kept, until written or the consumer
 * stops. Both consumers route through the same emitter, so both need this: a routed job that is never recorded
 * would keep its claim alive for as long as the node lives and be routed again by another node after a restart.
 * One thread of its own (from Camel's ExecutorServiceManager, owned by the consumer): a retry waiting on an
 * unreachable database must not hold up a poll, a callback or the fence's clock.
 */
final class CommitRetries {

    private static final Logger LOG = LoggerFactory.getLogger(CommitRetries.class);
    private static final long FIRST_MILLIS = 250;
    private static final long MAX_MILLIS = 5_000;

    private final CamelContext context;
    private final JobEmitter emitter;
    private volatile ScheduledExecutorService scheduler;

    CommitRetries(CamelContext context, Object owner, JobEmitter emitter) {
        this.context = context;
        this.emitter = emitter;
        this.scheduler = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(owner,
                "TencentTtsCommitRetry");
    }

    /** Tries the commit again after a pause that grows with each failure; the outcome hears when it is written. */
    void retry(JobsDetail job, JobEmitter.Outcome outcome) {
        retry(job, outcome, 0);
    }

    private void retry(JobsDetail job, JobEmitter.Outcome outcome, int attempt) {
        ScheduledExecutorService retries = scheduler;
        if (retries == null || retries.isShutdown()) {
            return;
        }
        long delay = Math.min(MAX_MILLIS, FIRST_MILLIS << Math.min(attempt, 10));
        try {
            retries.schedule(() -> {
                if (!emitter.retryCommit(job, outcome)) {
                    retry(job, outcome, attempt + 1);
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warn("job {}: stopping while its commit is still failing; its claim expires and another node may"
                     + " route it again", job.getJobId());
        }
    }

    /**
     * For a consumer without polls (callbacks): the claims whose release failed are tried again every second, as
     * the polling consumer does at the start of each poll.
     */
    void retryReleasesEverySecond() {
        scheduler.scheduleWithFixedDelay(emitter::retryReleases, 1, 1, TimeUnit.SECONDS);
    }

    /** Reports the commits still failing (their claims are left to expire) and ends the retries. */
    void stop() {
        ScheduledExecutorService retries = scheduler;
        scheduler = null;
        if (retries != null) {
            for (String jobId : emitter.commitsRetrying().keySet()) {
                LOG.warn("job {} routed but still not recorded as emitted at stop", jobId);
            }
            context.getExecutorServiceManager().shutdownNow(retries);
        }
    }
}
