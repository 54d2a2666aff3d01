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

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.EmptyAsyncCallback;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.job.ClusterSafety;
import io.github.cameltencent.tts.job.JobCursor;
import io.github.cameltencent.tts.job.JobEmitter;
import io.github.cameltencent.tts.job.JobState;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Emits each finished TTS job into the route once. A poll asks the cursor for finished jobs (one listing for new jobs,
 * batched look-ups through the tracker for the ones seen running), claims each in the in-progress repository, and
 * hands it to the emitter, which fills the exchange (download, headers), commits it as emitted when the exchange
 * completes, or releases it on failure (offered again on the next poll) and reports the failure to this
 * consumer's ExceptionHandler. Right before routing, the claim is checked once more (fencing); a commit that fails
 * is retried with backoff while the claim is kept; a stop releases every claim not yet routed.
 */
public class TencentTtsConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TencentTtsConsumer.class);

    private JobCursor cursor;
    private Set<String> states;
    private StateRepository<String, String> stateRepository;
    private transient String toString;
    /** claimed by this consumer, exchange not yet routed: what a stop gives back */
    private final Map<String, JobsDetail> unrouted = new ConcurrentHashMap<>();
    private volatile CommitRetries commitRetries;
    private volatile ScheduledExecutorService beats;
    private final JobEmitter.Outcome outcome = new JobEmitter.Outcome() {
        @Override
        public void committed(JobsDetail job) {
            cursor.done(job);
        }

        @Override
        public void rolledBack(JobsDetail job) {
            cursor.failed(job);
        }

        @Override
        public void commitFailed(JobsDetail job, RuntimeException cause) {
            CommitRetries retries = commitRetries;
            if (retries != null) {
                retries.retry(job, this);
            }
        }
    };

    public TencentTtsConsumer(TencentTtsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public TencentTtsEndpoint getEndpoint() {
        return (TencentTtsEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        TencentTtsEndpoint endpoint = getEndpoint();
        TencentTtsConfiguration c = endpoint.getConfiguration();
        String wanted = c.getStates() == null || c.getStates().isBlank() ? "Success,Failed" : c.getStates();
        states = new HashSet<>();
        for (String s : wanted.split(",")) {
            states.add(JobState.parse("states", s.trim()).name());
        }
        if (c.getStateRepository() != null) {
            stateRepository = c.getStateRepository();
        } else if (stateRepository == null) {
            stateRepository = new MemoryStateRepository(); // kept across a stop and start of the route
        }
        ServiceHelper.startService(c.getIdempotentRepository(), c.getInProgressRepository(), stateRepository);
        ClusterSafety.check(c.getInProgressRepository());
        Instant initialLow = c.getStartCreationTime() != null ? JobCursor.parse(c.getStartCreationTime()) : null;
        if (c.getStartCreationTime() != null && initialLow == null) {
            throw new TencentTtsValidationException("startCreationTime", "must look like 2023-11-14T00:00:00+0800,"
                    + " got '" + c.getStartCreationTime() + "'");
        }
        if (initialLow == null) {
            initialLow = Instant.now().minusMillis(c.getLookback());
        }
        cursor = new JobCursor(endpoint.getClient(), endpoint.getTracker(), c.getRegion(), c.getBucket(),
                c.getQueueId(), c.getSize() == null ? 100 : c.getSize(), stateRepository, initialLow);
        JobEmitter emitter = endpoint.getEmitter();
        commitRetries = new CommitRetries(endpoint.getCamelContext(), this, emitter);
        if (emitter.beatIntervalMillis() > 0) {
            // the fence's clock: a long gap between answered beats means this JVM stood still or its database was
            // away, and claims made before it may be others' now
            emitter.beat();
            // a thread of its own: a commit retry waiting on the database must not look like a stall
            beats = endpoint.getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                    "TencentTtsFenceClock");
            beats.scheduleAtFixedRate(emitter::beat, emitter.beatIntervalMillis(),
                    emitter.beatIntervalMillis(), TimeUnit.MILLISECONDS);
        }
        // health checks are optional: only when camel-health is there
        if (HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "consumers",
                HealthCheckRepository.class) != null) {
            TencentTtsConsumerHealthCheck check = new TencentTtsConsumerHealthCheck(this, "consumer:" + getRouteId());
            check.setEnabled(((TencentTtsComponent) endpoint.getComponent()).isHealthCheckConsumerEnabled());
            setHealthCheck(check);
        }
        super.doStart();
    }

    @Override
    public int poll() throws Exception {
        shutdownRunningTask = null;
        pendingExchanges = 0;
        JobEmitter emitter = getEndpoint().getEmitter();
        emitter.retryReleases();
        // a failure here is the poll's: the cursor keeps every job it had found for the next one
        List<JobsDetail> finished = cursor.poll();
        forceConsumerAsReady();
        int max = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        Queue<Object> claimed = new ArrayDeque<>();
        RuntimeException unreachable = null;
        for (JobsDetail job : finished) {
            if (unreachable != null) {
                cursor.failed(job); // the repositories are away: every job left goes to the next poll
                continue;
            }
            try {
                if (!states.contains(job.getState()) || emitter.isEmitted(job.getJobId())) {
                    cursor.done(job);
                } else if (claimed.size() >= max || !emitter.claim(job.getJobId())) {
                    cursor.failed(job); // the next poll's turn, or being routed elsewhere right now: look again then
                } else {
                    cursor.started(job);
                    unrouted.put(job.getJobId(), job);
                    claimed.add(job);
                }
            } catch (RuntimeException e) {
                unreachable = e;
                emitter.repositoriesUnreachable();
                cursor.failed(job);
            }
        }
        int routed = processBatch(claimed);
        if (unreachable != null) {
            // to Camel's poll strategy and ExceptionHandler, as any failed poll (backoff options apply)
            throw unreachable;
        }
        return routed;
    }

    @Override
    public int processBatch(Queue<Object> jobs) throws Exception {
        int total = jobs.size();
        JobEmitter emitter = getEndpoint().getEmitter();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            JobsDetail job = (JobsDetail) jobs.poll();
            Exchange exchange = createExchange(true);
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            // routed when its audio is in (at once without download); completion commits or rolls back
            emitter.emit(exchange, job, getExceptionHandler(), outcome).thenAccept(ready -> route(ready, job));
        }
        // jobs not started because the consumer is stopping go back to the next poll
        Object rest;
        while ((rest = jobs.poll()) != null) {
            giveBack((JobsDetail) rest);
        }
        return total;
    }

    /** Routes a claimed job, unless the consumer stopped meanwhile or the claim is no longer surely its own. */
    private void route(Exchange exchange, JobsDetail job) {
        // whoever takes the job out of unrouted acts on it: this method, or doStop giving it back
        JobEmitter emitter = getEndpoint().getEmitter();
        if (unrouted.remove(job.getJobId()) == null) {
            emitter.discard(exchange); // given back by a stop while its download ran
            return;
        }
        if (!isRunAllowed()) {
            emitter.discard(exchange);
            emitter.release(job.getJobId());
            cursor.failed(job);
            return;
        }
        if (!emitter.fence(exchange, job)) {
            cursor.failed(job);
            return;
        }
        getAsyncProcessor().process(exchange, EmptyAsyncCallback.get());
    }

    /** A claimed job that is not routed: its claim released at once, the job offered to the next poll (anyone's). */
    private void giveBack(JobsDetail job) {
        if (unrouted.remove(job.getJobId()) != null) {
            getEndpoint().getEmitter().release(job.getJobId());
            cursor.failed(job);
        }
    }

    /**
     * A graceful stop leaves no claim behind: Camel has let the exchanges in flight complete (they committed or
     * released their claims); the jobs claimed but not yet routed (waiting for their download, or for their turn)
     * are released now, so other nodes take them on their next poll instead of {@code lockMaxAgeMillis} later.
     */
    @Override
    protected void doStop() throws Exception {
        super.doStop();
        for (JobsDetail job : List.copyOf(unrouted.values())) {
            giveBack(job);
        }
        if (commitRetries != null) {
            commitRetries.stop();
            commitRetries = null;
        }
        if (beats != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(beats);
            beats = null;
        }
    }

    /** Unrouted claims of this consumer (for tests and the dev console). */
    public int unroutedCount() {
        return unrouted.size();
    }

    /** The jobs this consumer has claimed and not routed yet. */
    public Set<String> unroutedJobIds() {
        return Set.copyOf(unrouted.keySet());
    }

    /** Whether the repositories answer: throws what the first unreachable one throws. */
    public void probeRepositories() {
        getEndpoint().getEmitter().probeRepositories();
        cursor.probeResumePoint();
    }

    public JobCursor cursor() {
        return cursor;
    }

    @Override
    public String toString() {
        if (toString == null) {
            toString = "TencentTtsConsumer[" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()) + "]";
        }
        return toString;
    }
}
