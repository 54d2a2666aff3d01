package io.github.cameltencent.tts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.URISupport;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.client.CiResult;
import io.github.cameltencent.tts.model.DeleteTemplateResponse;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.QueueListResponse;
import io.github.cameltencent.tts.model.Template;
import io.github.cameltencent.tts.model.TemplateListResponse;
import io.github.cameltencent.tts.model.TemplateQuery;
import io.github.cameltencent.tts.model.TemplateResponse;

/**
 * One small method per operation: map the exchange, call the client, put the answer on the message. A submit may
 * wait for its job without holding a thread (the exchange continues from the {@link JobWaiter}), and may turn a text
 * over the limit into an uploaded object or several jobs.
 */
public class TencentTtsProducer extends DefaultAsyncProducer {

    private final Map<String, String> templateCodecs = new ConcurrentHashMap<>();
    private transient String toString;
    private JobWaiter waiter;

    public TencentTtsProducer(TencentTtsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public TencentTtsEndpoint getEndpoint() {
        return (TencentTtsEndpoint) super.getEndpoint();
    }

    private TencentTtsConfiguration config() {
        return getEndpoint().getConfiguration();
    }

    private CiClient client() {
        return getEndpoint().getClient();
    }

    private String bucket() {
        return config().getBucket();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (config().isWaitForCompletion()) {
            var executors = getEndpoint().getCamelContext().getExecutorServiceManager();
            waiter = new JobWaiter(client(), bucket(), config().getWaitInterval(), config().getWaitMaxInterval(),
                    executors.newSingleThreadScheduledExecutor(this, "TencentTtsJobWaiter"),
                    executors.newFixedThreadPool(this, "TencentTtsJobWaiterCompletion", 4));
            waiter.start();
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (waiter != null) {
            waiter.stop();
            waiter = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            switch (JobRequestMapper.operation(exchange, config())) {
                case submit -> {
                    return submit(exchange, callback);
                }
                case getJob -> getJob(exchange);
                case listJobs -> listJobs(exchange);
                case cancelJob -> cancelJob(exchange);
                case createTemplate -> createTemplate(exchange);
                case updateTemplate -> updateTemplate(exchange);
                case getTemplates -> getTemplates(exchange);
                case deleteTemplate -> deleteTemplate(exchange);
                case getQueues -> getQueues(exchange);
                case jobs, callback -> throw new TencentTtsValidationException("operation", "jobs and callback are"
                        + " consumers of finished jobs: use them in from(...), not to(...)");
                default -> throw new IllegalArgumentException("unsupported operation");
            }
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    // ------------------------------------------------------------------ submit

    private boolean submit(Exchange exchange, AsyncCallback callback) {
        TencentTtsConfiguration c = config();
        String strategy = c.getLongTextStrategy() == null ? "fail" : c.getLongTextStrategy();
        if (!strategy.equals("fail") && !strategy.equals("upload") && !strategy.equals("split")) {
            throw new TencentTtsValidationException("longTextStrategy", "must be fail, upload or split, got '"
                    + strategy + "'");
        }
        String text = JobRequestMapper.text(exchange, c);
        if (text != null && TextSplitter.length(text) > JobRequestMapper.TEXT_LIMIT && !strategy.equals("fail")) {
            return strategy.equals("upload") ? submitUploaded(exchange, callback, text)
                    : submitSplit(exchange, callback, text);
        }
        JobRequest request = JobRequestMapper.toJobRequest(exchange, c, this::templateCodec);
        JobsDetail job = submit(exchange, request);
        if (!c.isWaitForCompletion()) {
            callback.done(true);
            return true;
        }
        waitFor(job, exchange, callback, null);
        return false;
    }

    private JobsDetail submit(Exchange exchange, JobRequest request) {
        CiResult<JobResponse> result;
        try {
            result = client().submitJob(bucket(), request);
        } catch (CiException e) {
            getEndpoint().metrics().failed(bucket(), e.getErrorCode());
            throw e;
        }
        getEndpoint().metrics().submitted(bucket());
        JobsDetail job = first(result.body());
        Message out = exchange.getMessage();
        out.setBody(job);
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
        JobHeaders.put(out, job);
        return job;
    }

    /** Continue the exchange when the job ends (or the wait runs out); {@code cleanup} runs once it has ended. */
    private void waitFor(JobsDetail submitted, Exchange exchange, AsyncCallback callback, Runnable cleanup) {
        getEndpoint().waitingCounter().incrementAndGet();
        waiter.watch(submitted.getJobId(), config().getWaitTimeout(), new JobWaiter.Listener() {
            @Override
            public void finished(JobsDetail job) {
                getEndpoint().waitingCounter().decrementAndGet();
                getEndpoint().metrics().finished(bucket(), job);
                try {
                    if (cleanup != null) {
                        cleanup.run();
                    }
                    finish(exchange, job);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                callback.done(false);
            }

            @Override
            public void timedOut(JobsDetail last) {
                getEndpoint().waitingCounter().decrementAndGet();
                if (last != null) {
                    exchange.getMessage().setBody(last);
                    JobHeaders.put(exchange.getMessage(), last);
                }
                callback.done(false);
            }
        });
    }

    private void finish(Exchange exchange, JobsDetail job) throws Exception {
        Message out = exchange.getMessage();
        out.setBody(job);
        JobHeaders.put(out, job);
        if (!"Success".equals(job.getState())) {
            throw new TencentTtsJobFailedException(job);
        }
        if (getEndpoint().isDownload()) {
            byte[] audio = OutputDownloader.download(client(), job, getEndpoint().getDownloadAttempts());
            OutputDownloader.putAudio(exchange, job, audio, job.getOperation().getOutput().getObject());
        }
    }

    /** Long text, upload strategy: the text becomes a UTF-8 object in COS, spoken as a Url input. */
    private boolean submitUploaded(Exchange exchange, AsyncCallback callback, String text) {
        TencentTtsConfiguration c = config();
        int chars = TextSplitter.length(text);
        String mode = JobRequestMapper.mode(exchange, c);
        int limit = "Sync".equals(mode) ? JobRequestMapper.SYNC_URL_LIMIT : JobRequestMapper.ASYNC_URL_LIMIT;
        if (chars > limit) {
            throw new TencentTtsValidationException("body", "the text has " + chars + " characters; a Url input"
                    + " allows at most " + limit + " in " + mode + " mode"
                    + ("Sync".equals(mode) ? " (use mode=Asyc)" : " (use longTextStrategy=split)"));
        }
        String prefix = c.getLongTextPrefix() == null ? "" : c.getLongTextPrefix();
        JobRequestMapper.checkObjectKey("longTextPrefix", prefix, true);
        String key = prefix + UUID.randomUUID() + ".txt";
        String url = "https://" + bucket() + ".cos." + c.getRegion() + ".myqcloud.com/" + key;
        JobRequest request = JobRequestMapper.toJobRequest(exchange, c, this::templateCodec,
                new JobRequestMapper.Overrides(url, "Url", mode, null, null));
        client().putObject(c.getRegion(), bucket(), key, text.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8");
        JobsDetail job = submit(exchange, request);
        if (!c.isWaitForCompletion()) {
            callback.done(true);
            return true;
        }
        Runnable cleanup = c.isKeepLongText() ? null : () -> client().deleteObject(c.getRegion(), bucket(), key);
        waitFor(job, exchange, callback, cleanup);
        return false;
    }

    /** Long text, split strategy: one job per piece, cut at sentence ends, correlated by UserData and headers. */
    private boolean submitSplit(Exchange exchange, AsyncCallback callback, String text) {
        TencentTtsConfiguration c = config();
        List<String> pieces = TextSplitter.split(text, JobRequestMapper.TEXT_LIMIT);
        String group = UUID.randomUUID().toString().substring(0, 8);
        String object = JobRequestMapper.outputObject(exchange, c);
        List<JobRequest> requests = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            requests.add(JobRequestMapper.toJobRequest(exchange, c, this::templateCodec,
                    new JobRequestMapper.Overrides(pieces.get(i), "Text", null, numbered(object, i + 1),
                            "split:" + group + ":" + (i + 1) + "/" + pieces.size())));
        }
        List<JobsDetail> jobs = new ArrayList<>();
        for (JobRequest r : requests) {
            jobs.add(submit(exchange, r));
        }
        Message out = exchange.getMessage();
        out.setBody(jobs);
        out.setHeader(TencentTtsConstants.JOB_ID, jobs.get(0).getJobId());
        out.setHeader(TencentTtsConstants.JOB_IDS, jobs.stream().map(JobsDetail::getJobId).toList());
        out.setHeader(TencentTtsConstants.SPLIT_COUNT, jobs.size());
        out.removeHeader(TencentTtsConstants.OUTPUT_OBJECT);
        if (!c.isWaitForCompletion()) {
            callback.done(true);
            return true;
        }
        JobsDetail[] ended = new JobsDetail[jobs.size()];
        AtomicInteger left = new AtomicInteger(jobs.size());
        AtomicInteger timedOut = new AtomicInteger();
        for (int i = 0; i < jobs.size(); i++) {
            int index = i;
            JobsDetail submitted = jobs.get(i);
            waiter.watch(submitted.getJobId(), c.getWaitTimeout(), new JobWaiter.Listener() {
                @Override
                public void finished(JobsDetail job) {
                    ended[index] = job;
                    done();
                }

                @Override
                public void timedOut(JobsDetail last) {
                    ended[index] = last != null ? last : submitted;
                    timedOut.incrementAndGet();
                    done();
                }

                private void done() {
                    if (left.decrementAndGet() == 0) {
                        try {
                            finishSplit(exchange, List.of(ended), timedOut.get() > 0);
                        } catch (Exception e) {
                            exchange.setException(e);
                        }
                        callback.done(false);
                    }
                }
            });
        }
        return false;
    }

    private void finishSplit(Exchange exchange, List<JobsDetail> jobs, boolean timedOut) throws Exception {
        Message out = exchange.getMessage();
        out.setBody(jobs);
        if (timedOut) {
            out.setHeader(TencentTtsConstants.JOB_STATE, "Running");
            return;
        }
        for (JobsDetail j : jobs) {
            if (!"Success".equals(j.getState())) {
                throw new TencentTtsJobFailedException(j);
            }
        }
        out.setHeader(TencentTtsConstants.JOB_STATE, "Success");
        if (!getEndpoint().isDownload()) {
            return;
        }
        List<byte[]> audio = new ArrayList<>();
        for (JobsDetail j : jobs) {
            audio.add(OutputDownloader.download(client(), j, getEndpoint().getDownloadAttempts()));
        }
        String firstKey = jobs.get(0).getOperation().getOutput().getObject();
        String codec = OutputDownloader.codec(jobs.get(0), firstKey);
        if (AudioJoiner.canJoin(codec)) {
            OutputDownloader.putAudio(exchange, jobs.get(0), AudioJoiner.join(codec, audio), firstKey);
        } else {
            out.setBody(audio);
        }
        out.setHeader(TencentTtsConstants.JOBS_DETAIL, jobs);
    }

    /** name.wav → name-2.wav, so the pieces of a split text keep the chosen key as their stem. */
    static String numbered(String object, int n) {
        if (object == null) {
            return null;
        }
        int slash = object.lastIndexOf('/');
        int dot = object.lastIndexOf('.');
        return dot > slash ? object.substring(0, dot) + "-" + n + object.substring(dot) : object + "-" + n;
    }

    private void getJob(Exchange exchange) {
        String jobId = JobRequestMapper.jobId(exchange, config());
        CiResult<JobResponse> result = client().getJob(bucket(), jobId);
        JobsDetail job = result.body() == null || result.body().getJobsDetail().isEmpty() ? null
                : result.body().getJobsDetail().get(0);
        if (job == null || job.getJobId() == null) {
            throw new NoSuchJobException(jobId);
        }
        Message out = exchange.getMessage();
        out.setBody(job);
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
        JobHeaders.put(out, job);
    }

    private void listJobs(Exchange exchange) {
        CiResult<JobResponse> result = client().listJobs(bucket(), JobRequestMapper.toListJobsQuery(exchange,
                config()));
        List<JobsDetail> jobs = result.body() == null ? List.of() : result.body().getJobsDetail().stream()
                .filter(j -> j.getJobId() != null).toList();
        Message out = exchange.getMessage();
        out.setBody(jobs);
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
        out.setHeader(TencentTtsConstants.NEXT_TOKEN, result.body() == null || result.body().getNextToken() == null
                ? "" : result.body().getNextToken());
    }

    private void cancelJob(Exchange exchange) {
        String jobId = JobRequestMapper.jobId(exchange, config());
        CiResult<Void> result = client().cancelJob(bucket(), jobId);
        Message out = exchange.getMessage();
        out.setBody(jobId);
        out.setHeader(TencentTtsConstants.JOB_ID, jobId);
        out.setHeader(TencentTtsConstants.JOB_STATE, "Cancel");
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
    }

    private void createTemplate(Exchange exchange) {
        CiResult<TemplateResponse> result = client().createTemplate(bucket(),
                JobRequestMapper.toTemplateRequest(exchange, config()));
        putTemplate(exchange.getMessage(), result);
    }

    private void updateTemplate(Exchange exchange) {
        String templateId = JobRequestMapper.templateId(exchange, config());
        CiResult<TemplateResponse> result = client().updateTemplate(bucket(), templateId,
                JobRequestMapper.toTemplateRequest(exchange, config()));
        templateCodecs.remove(templateId);
        putTemplate(exchange.getMessage(), result);
    }

    private void putTemplate(Message out, CiResult<TemplateResponse> result) {
        Template t = result.body() == null ? null : result.body().getTemplate();
        out.setBody(t);
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
        if (t != null) {
            out.setHeader(TencentTtsConstants.TEMPLATE_ID, t.getTemplateId());
            out.setHeader(TencentTtsConstants.TEMPLATE_NAME, t.getName());
        }
    }

    private void getTemplates(Exchange exchange) {
        CiResult<TemplateListResponse> result = client().getTemplates(bucket(),
                JobRequestMapper.toTemplateQuery(exchange, config()));
        Message out = exchange.getMessage();
        out.setBody(result.body() == null ? List.of() : result.body().getTemplateList());
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
    }

    private void deleteTemplate(Exchange exchange) {
        String templateId = JobRequestMapper.templateId(exchange, config());
        CiResult<DeleteTemplateResponse> result = client().deleteTemplate(bucket(), templateId);
        templateCodecs.remove(templateId);
        Message out = exchange.getMessage();
        out.setBody(result.body());
        out.setHeader(TencentTtsConstants.TEMPLATE_ID, templateId);
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
    }

    private void getQueues(Exchange exchange) {
        CiResult<QueueListResponse> result = client().getQueues(bucket(), JobRequestMapper.toQueueQuery(exchange,
                config()));
        Message out = exchange.getMessage();
        out.setBody(result.body() == null ? List.of() : result.body().getQueueList());
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
    }

    /** The codec of a template, read once: only needed to give a generated output key the right extension. */
    private String templateCodec(String templateId) {
        return templateCodecs.computeIfAbsent(templateId, id -> {
            TemplateListResponse r = client().getTemplates(bucket(), new TemplateQuery(id, null, null, null, null))
                    .body();
            if (r != null && !r.getTemplateList().isEmpty() && r.getTemplateList().get(0).getTtsTpl() != null
                    && r.getTemplateList().get(0).getTtsTpl().getCodec() != null) {
                return r.getTemplateList().get(0).getTtsTpl().getCodec();
            }
            throw new TencentTtsValidationException("templateId", "template " + id + " does not exist");
        });
    }

    private static JobsDetail first(JobResponse r) {
        if (r == null || r.getJobsDetail().isEmpty() || r.getJobsDetail().get(0).getJobId() == null) {
            throw new CiException("submitJob", 200, "InvalidResponse", "the service answered the submit without a"
                    + " JobsDetail", null, null, null);
        }
        return r.getJobsDetail().get(0);
    }

    @Override
    public String toString() {
        if (toString == null) {
            toString = "TencentTtsProducer[" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()) + "]";
        }
        return toString;
    }
}
