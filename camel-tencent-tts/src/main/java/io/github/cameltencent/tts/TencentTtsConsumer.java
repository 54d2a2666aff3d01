package io.github.cameltencent.tts;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.CastUtils;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Output;

/**
 * Emits each finished TTS job into the route once: list → claim → (download) → emit → mark emitted on completion,
 * release on failure so the next poll offers it again.
 */
public class TencentTtsConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TencentTtsConsumer.class);

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
        states = Arrays.stream(wanted.split(",")).map(String::trim).collect(Collectors.toSet());
        ServiceHelper.startService(endpoint.getIdempotentRepository(), endpoint.getInProgressRepository());
        Instant initialLow = c.getStartCreationTime() != null ? JobCursor.parse(c.getStartCreationTime()) : null;
        if (c.getStartCreationTime() != null && initialLow == null) {
            throw new TencentTtsValidationException("startCreationTime", "must look like 2023-11-14T00:00:00+0800,"
                    + " got '" + c.getStartCreationTime() + "'");
        }
        if (initialLow == null) {
            initialLow = Instant.now().minusMillis(endpoint.getLookback());
        }
        cursor = new JobCursor(endpoint.getClient(), c.getRegion(), c.getBucket(), c.getQueueId(),
                c.getSize() == null ? 100 : c.getSize(), endpoint.getIdempotentRepository(), initialLow);
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
        IdempotentRepository emitted = getEndpoint().getIdempotentRepository();
        IdempotentRepository inProgress = getEndpoint().getInProgressRepository();
        int max = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        Queue<Exchange> exchanges = new ArrayDeque<>();
        for (JobsDetail job : finished) {
            String id = job.getJobId();
            if (!states.contains(job.getState()) || emitted.contains(id)) {
                cursor.done(job);
                continue;
            }
            if (exchanges.size() >= max) {
                cursor.failed(job); // not a failure: just the next poll's turn
                continue;
            }
            if (!inProgress.add(id)) {
                cursor.failed(job); // being routed elsewhere right now: look again on the next poll
                continue;
            }
            cursor.started(job);
            exchanges.add(createExchange(job));
        }
        return processBatch(CastUtils.cast(exchanges));
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            getAsyncProcessor().process(exchange, doneSync -> {
                // completion is handled by the synchronization added in createExchange
            });
        }
        // exchanges not started because the consumer is stopping go back to the next poll
        Object rest;
        while ((rest = exchanges.poll()) != null) {
            releaseUnrouted((Exchange) rest);
        }
        return total;
    }

    private void releaseUnrouted(Exchange exchange) {
        JobsDetail job = exchange.getProperty(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class);
        getEndpoint().getInProgressRepository().remove(job.getJobId());
        cursor.failed(job);
    }

    private Exchange createExchange(JobsDetail job) {
        Exchange exchange = createExchange(true);
        exchange.setProperty(TencentTtsConstants.JOBS_DETAIL, job);
        Message m = exchange.getMessage();
        JobHeaders.put(m, job);
        Output out = job.getOperation() == null ? null : job.getOperation().getOutput();
        m.setBody(job);
        if (getEndpoint().isDownload() && "Success".equals(job.getState()) && out != null) {
            try {
                byte[] audio = OutputDownloader.download(getEndpoint().getClient(), job,
                        getEndpoint().getDownloadAttempts());
                OutputDownloader.putAudio(exchange, job, audio, out.getObject());
            } catch (Exception e) {
                exchange.setException(e);
            }
        }
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange e) {
                getEndpoint().metrics().finished(getEndpoint().getConfiguration().getBucket(), job);
                getEndpoint().getIdempotentRepository().add(job.getJobId());
                getEndpoint().getIdempotentRepository().confirm(job.getJobId());
                getEndpoint().getInProgressRepository().remove(job.getJobId());
                cursor.done(job);
            }

            @Override
            public void onFailure(Exchange e) {
                getEndpoint().getInProgressRepository().remove(job.getJobId());
                cursor.failed(job);
                LOG.debug("job {} was not emitted ({}); it is offered again on the next poll", job.getJobId(),
                        e.getException() == null ? "rolled back" : e.getException().getClass().getSimpleName());
            }
        });
        return exchange;
    }

    JobCursor cursor() {
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
