package io.github.cameltencent.tts;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HexFormat;
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
import org.apache.camel.support.builder.OutputStreamBuilder;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.CastUtils;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.model.JobOperation;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.Md5Info;
import io.github.cameltencent.tts.model.Output;
import io.github.cameltencent.tts.model.OutputFile;

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
        JobOperation op = job.getOperation();
        Output out = op == null ? null : op.getOutput();
        m.setHeader(TencentTtsConstants.JOB_ID, job.getJobId());
        m.setHeader(TencentTtsConstants.JOB_STATE, job.getState());
        m.setHeader(TencentTtsConstants.CREATION_TIME, job.getCreationTime());
        m.setHeader(TencentTtsConstants.END_TIME, job.getEndTime());
        m.setHeader(TencentTtsConstants.QUEUE_ID, job.getQueueId());
        if ("Failed".equals(job.getState())) {
            m.setHeader(TencentTtsConstants.CODE, job.getCode());
            m.setHeader(TencentTtsConstants.MESSAGE, job.getMessage());
        }
        if (out != null) {
            m.setHeader(TencentTtsConstants.OUTPUT_REGION, out.getRegion());
            m.setHeader(TencentTtsConstants.OUTPUT_BUCKET, out.getBucket());
            m.setHeader(TencentTtsConstants.OUTPUT_OBJECT, out.getObject());
        }
        if (op != null && op.getUserData() != null && !op.getUserData().isEmpty()) {
            m.setHeader(TencentTtsConstants.USER_DATA, op.getUserData());
        }
        String md5 = md5Of(job);
        if (md5 != null) {
            m.setHeader(TencentTtsConstants.MD5, md5);
        }
        m.setBody(job);
        if (getEndpoint().isDownload() && "Success".equals(job.getState()) && out != null) {
            try {
                download(exchange, job, out, md5);
            } catch (Exception e) {
                exchange.setException(e);
            }
        }
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange e) {
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

    /** The MD5 the job reports for its output object (Md5Info names may carry a leading slash). */
    static String md5Of(JobsDetail job) {
        if (job.getOperation() == null || job.getOperation().getMediaResult() == null
                || job.getOperation().getMediaResult().getOutputFile() == null) {
            return null;
        }
        OutputFile f = job.getOperation().getMediaResult().getOutputFile();
        String object = job.getOperation().getOutput() == null ? null : job.getOperation().getOutput().getObject();
        for (Md5Info info : f.getMd5Info()) {
            String name = info.getObjectName() == null ? "" : info.getObjectName().replaceFirst("^/", "");
            if (object == null || name.equals(object) || f.getMd5Info().size() == 1) {
                return info.getMd5();
            }
        }
        return null;
    }

    private void download(Exchange exchange, JobsDetail job, Output out, String md5) throws IOException {
        byte[] audio = null;
        int attempts = Math.max(1, getEndpoint().getDownloadAttempts());
        for (int attempt = 1; audio == null; attempt++) {
            try {
                audio = getEndpoint().getClient().getObject(out.getRegion(), out.getBucket(), out.getObject()).body();
            } catch (CiException e) {
                if (e.getStatusCode() != 404 || attempt >= attempts) {
                    throw new TencentTtsDownloadException(job.getJobId(), out.getObject(), "the output object could"
                            + " not be read after " + attempt + " attempt(s): " + e.getErrorCode(), e);
                }
                pauseBeforeRetry(attempt);
            }
        }
        if (md5 == null) {
            throw new TencentTtsDownloadException(job.getJobId(), out.getObject(), "the job reports no MD5 to check"
                    + " the download against", null);
        }
        String actual = HexFormat.of().formatHex(digest(audio));
        if (!actual.equalsIgnoreCase(md5)) {
            throw new TencentTtsDownloadException(job.getJobId(), out.getObject(), "MD5 mismatch: the job reports "
                    + md5 + ", the downloaded object has " + actual, null);
        }
        OutputStreamBuilder body = OutputStreamBuilder.withExchange(exchange);
        body.write(audio, 0, audio.length);
        Message m = exchange.getMessage();
        m.setHeader(TencentTtsConstants.JOBS_DETAIL, job);
        m.setBody(body.build());
        m.setHeader(Exchange.CONTENT_TYPE, contentType(job, out.getObject()));
        m.setHeader(Exchange.CONTENT_LENGTH, (long) audio.length);
        String key = out.getObject();
        m.setHeader(Exchange.FILE_NAME, key.substring(key.lastIndexOf('/') + 1));
    }

    /** The object may appear a moment after the job reports Success: wait a little, growing, before asking again. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(Math.min(2000L, 100L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] digest(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String contentType(JobsDetail job, String key) {
        String codec = job.getOperation() != null && job.getOperation().getTtsTpl() != null
                ? job.getOperation().getTtsTpl().getCodec() : null;
        if (codec == null) {
            codec = key.substring(key.lastIndexOf('.') + 1);
        }
        return switch (codec) {
            case "wav" -> "audio/wav";
            case "mp3" -> "audio/mpeg";
            default -> "application/octet-stream";
        };
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
