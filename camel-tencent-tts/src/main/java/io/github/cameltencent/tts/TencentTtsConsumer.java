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
import java.util.Queue;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.EmptyAsyncCallback;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;

import io.github.cameltencent.tts.job.JobCursor;
import io.github.cameltencent.tts.job.JobEmitter;
import io.github.cameltencent.tts.job.JobState;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Emits each finished TTS job into the route once. A poll asks the cursor for finished jobs (one listing for new jobs,
 * batched look-ups through the tracker for the ones seen running), claims each in the in-progress repository, and
 * hands it to the emitter, which fills the exchange (download, headers), commits it as emitted when the exchange
 * completes, or releases it on failure (offered again on the next poll) and reports the failure to this
 * consumer's ExceptionHandler.
 */
public class TencentTtsConsumer extends ScheduledBatchPollingConsumer {

    private JobCursor cursor;
    private Set<String> states;
    private transient String toString;

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
        ServiceHelper.startService(c.getIdempotentRepository(), c.getInProgressRepository());
        Instant initialLow = c.getStartCreationTime() != null ? JobCursor.parse(c.getStartCreationTime()) : null;
        if (c.getStartCreationTime() != null && initialLow == null) {
            throw new TencentTtsValidationException("startCreationTime", "must look like 2023-11-14T00:00:00+0800,"
                    + " got '" + c.getStartCreationTime() + "'");
        }
        if (initialLow == null) {
            initialLow = Instant.now().minusMillis(c.getLookback());
        }
        cursor = new JobCursor(endpoint.getClient(), endpoint.getTracker(), c.getRegion(), c.getBucket(),
                c.getQueueId(), c.getSize() == null ? 100 : c.getSize(), c.getIdempotentRepository(), initialLow);
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
        List<JobsDetail> finished = cursor.poll();
        forceConsumerAsReady();
        JobEmitter emitter = getEndpoint().getEmitter();
        int max = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        Queue<Object> claimed = new ArrayDeque<>();
        for (JobsDetail job : finished) {
            if (!states.contains(job.getState()) || emitter.isEmitted(job.getJobId())) {
                cursor.done(job);
            } else if (claimed.size() >= max || !emitter.claim(job.getJobId())) {
                cursor.failed(job); // the next poll's turn, or being routed elsewhere right now: look again then
            } else {
                cursor.started(job);
                claimed.add(job);
            }
        }
        return processBatch(claimed);
    }

    @Override
    public int processBatch(Queue<Object> jobs) throws Exception {
        int total = jobs.size();
        JobEmitter emitter = getEndpoint().getEmitter();
        JobEmitter.Outcome outcome = new JobEmitter.Outcome() {
            @Override
            public void committed(JobsDetail job) {
                cursor.done(job);
            }

            @Override
            public void rolledBack(JobsDetail job) {
                cursor.failed(job);
            }
        };
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            JobsDetail job = (JobsDetail) jobs.poll();
            Exchange exchange = createExchange(true);
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            // routed when its audio is in (at once without download); completion commits or rolls back
            emitter.emit(exchange, job, getExceptionHandler(), outcome)
                    .thenAccept(ready -> getAsyncProcessor().process(ready, EmptyAsyncCallback.get()));
        }
        // jobs not started because the consumer is stopping go back to the next poll
        Object rest;
        while ((rest = jobs.poll()) != null) {
            JobsDetail job = (JobsDetail) rest;
            emitter.release(job.getJobId());
            cursor.failed(job);
        }
        return total;
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
