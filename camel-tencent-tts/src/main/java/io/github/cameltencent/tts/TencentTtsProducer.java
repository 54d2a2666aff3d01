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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.client.CiResult;
import io.github.cameltencent.tts.job.JobHeaders;
import io.github.cameltencent.tts.job.JobState;
import io.github.cameltencent.tts.job.JobTracker;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.MediaQueue;
import io.github.cameltencent.tts.model.NotifyConfig;
import io.github.cameltencent.tts.model.QueueQuery;
import io.github.cameltencent.tts.model.QueueRequest;
import io.github.cameltencent.tts.model.Template;
import io.github.cameltencent.tts.model.TemplateListResponse;
import io.github.cameltencent.tts.model.TemplateQuery;
import io.github.cameltencent.tts.model.TemplateResponse;
import io.github.cameltencent.tts.model.TtsTpl;
import io.github.cameltencent.tts.submit.JobRequestMapper;
import io.github.cameltencent.tts.submit.SubmitPlan;
import io.github.cameltencent.tts.trace.JobTrace;

/**
 * Executes operations, one small method each: the mapper turns the exchange into a request (for a submit, into the
 * whole plan), the client sends it, and the answer goes on the message as body and result headers. Every call is
 * asynchronous: the exchange continues when its answer is in, and a submit that waits continues when the tracker
 * sees its job(s) end, so no thread is held while a job runs or a retry pauses.
 */
public class TencentTtsProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(TencentTtsProducer.class);

    /** How long a template's voice settings are reused before they are read again. */
    static final long TEMPLATE_TTL_NANOS = TimeUnit.MINUTES.toNanos(5);

    /** A template's voice settings and when they were read (System.nanoTime). */
    record CachedTemplate(TtsTpl tpl, long readAt) {
    }

    /**
     * Templates read recently, shared by the endpoint's producers; an entry older than {@link #TEMPLATE_TTL_NANOS}
     * is read again.
     */
    private final Map<String, CachedTemplate> templates;
    private transient String toString;

    public TencentTtsProducer(TencentTtsEndpoint endpoint) {
        super(endpoint);
        this.templates = endpoint.templates();
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
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> done;
        try {
            done = switch (operation(exchange)) {
                case submit -> submit(exchange);
                case getJob -> getJob(exchange);
                case listJobs -> listJobs(exchange);
                case cancelJob -> cancelJob(exchange);
                case createTemplate -> createTemplate(exchange);
                case updateTemplate -> updateTemplate(exchange);
                case getTemplates -> getTemplates(exchange);
                case deleteTemplate -> deleteTemplate(exchange);
                case getQueues -> getQueues(exchange);
                case updateQueue -> updateQueue(exchange);
                case jobs, callback -> throw new TencentTtsValidationException("operation", "jobs and callback are"
                        + " consumers of finished jobs: use them in from(...), not to(...)");
            };
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        // the call runs on the endpoint's io pool: this thread returns at once and the exchange continues there
        // (or on the worker pool after a wait); only a call that failed before any I/O completes here
        boolean sync = done.isDone();
        done.whenComplete((v, failure) -> {
            if (failure != null) {
                exchange.setException(CiClient.unwrap(failure));
            }
            callback.done(sync);
        });
        return sync;
    }

    /** The operation of this message: the header, when present, over the endpoint's. */
    private TencentTtsOperation operation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(TencentTtsConstants.OPERATION);
        if (header == null) {
            return config().getOperation();
        }
        return header instanceof TencentTtsOperation op ? op : TencentTtsComponent.operation(header.toString());
    }

    // ------------------------------------------------------------------ submit

    /** Executes the plan: upload (if any), the submits in order, then (with waitForCompletion) the wait. */
    private CompletableFuture<Void> submit(Exchange exchange) {
        return plan(exchange).thenCompose(plan -> submit(exchange, plan));
    }

    /**
     * The mapper's plan. The mapper asks for a template's settings synchronously; one not read recently is read
     * on the io pool first (never blocking this thread), and then the plan is made again, which is cheap: it reads
     * only the exchange and the options.
     */
    private CompletableFuture<SubmitPlan> plan(Exchange exchange) {
        try {
            return CompletableFuture.completedFuture(JobRequestMapper.plan(exchange, config(), this::template));
        } catch (TemplateNeeded needed) {
            return readTemplate(needed.templateId).thenCompose(tpl -> plan(exchange));
        }
    }

    private CompletableFuture<Void> submit(Exchange exchange, SubmitPlan plan) {
        JobTrace.stamp(exchange, config(), plan.requests());
        SubmitPlan.Upload upload = plan.upload();
        CompletableFuture<?> uploaded = upload == null ? CompletableFuture.completedFuture(null)
                : client().putObject(upload.region(), upload.bucket(), upload.key(), upload.content(),
                        upload.contentType());
        return uploaded.thenCompose(v -> submitAll(plan.requests(), 0, new ArrayList<>()))
                .thenCompose(submitted -> {
                    JobTrace.open(exchange, config().isTraceInUserData(),
                            submitted.stream().map(Submitted::job).toList());
                    putSubmitted(exchange.getMessage(), plan, submitted);
                    if (!config().isWaitForCompletion()) {
                        return CompletableFuture.completedFuture(null);
                    }
                    return await(exchange, plan, submitted.stream().map(Submitted::job).toList());
                });
    }

    private record Submitted(JobsDetail job, String requestId) {
    }

    /** One after the other, in text order; a failure stops the rest (the jobs already made are in the error log). */
    private CompletableFuture<List<Submitted>> submitAll(List<JobRequest> requests, int next, List<Submitted> done) {
        if (next == requests.size()) {
            return CompletableFuture.completedFuture(done);
        }
        return client().submitJob(bucket(), requests.get(next)).handle((result, failure) -> {
            if (failure != null) {
                RuntimeException e = CiClient.unwrap(failure);
                getEndpoint().metrics().failed(bucket(), e instanceof CiException c ? c.getErrorCode()
                        : e.getClass().getSimpleName());
                if (!done.isEmpty()) {
                    LOG.warn("piece {} of a split text failed to submit; jobs {} were submitted before it",
                            next + 1, done.stream().map(s -> s.job().getJobId()).toList());
                }
                throw e;
            }
            getEndpoint().metrics().submitted(bucket());
            done.add(new Submitted(first(result.body()), result.requestId()));
            return done;
        }).thenCompose(d -> submitAll(requests, next + 1, d));
    }

    private static void putSubmitted(Message out, SubmitPlan plan, List<Submitted> submitted) {
        Submitted last = submitted.get(submitted.size() - 1);
        JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, last.requestId());
        if (!plan.isSplit()) {
            out.setBody(last.job());
            JobHeaders.put(out, last.job());
            return;
        }
        List<JobsDetail> jobs = submitted.stream().map(Submitted::job).toList();
        JobHeaders.put(out, last.job());
        out.setBody(jobs);
        JobHeaders.set(out, TencentTtsConstants.JOB_ID, jobs.get(0).getJobId());
        JobHeaders.set(out, TencentTtsConstants.JOB_IDS, jobs.stream().map(JobsDetail::getJobId).toList());
        JobHeaders.set(out, TencentTtsConstants.SPLIT_COUNT, jobs.size());
        // the pieces have numbered keys of their own: one key would name only the first
        out.removeHeader(TencentTtsConstants.JOB_OUTPUT_OBJECT);
    }

    /**
     * The one wait, for one job or the pieces of a split text alike: the tracker watches them; when all ended the
     * emitter delivers them (metrics, headers, download); when the time is up the message keeps the latest states.
     */
    private CompletableFuture<Void> await(Exchange exchange, SubmitPlan plan, List<JobsDetail> jobs) {
        TencentTtsEndpoint endpoint = getEndpoint();
        endpoint.waitingCounter().incrementAndGet();
        List<CompletableFuture<JobTracker.Watched>> watches = jobs.stream()
                .map(j -> endpoint.getTracker().watch(j.getJobId(), config().getWaitTimeout())).toList();
        return CompletableFuture.allOf(watches.toArray(CompletableFuture[]::new))
                .whenComplete((v, failure) -> endpoint.waitingCounter().decrementAndGet())
                .thenCompose(v -> {
                    List<JobsDetail> latest = new ArrayList<>();
                    boolean allEnded = true;
                    for (int i = 0; i < jobs.size(); i++) {
                        JobTracker.Watched w = watches.get(i).join();
                        latest.add(w.job() != null ? w.job() : jobs.get(i));
                        allEnded &= w.ended();
                    }
                    if (!allEnded) {
                        putTimedOut(exchange, plan, latest);
                        return CompletableFuture.completedFuture(null);
                    }
                    removeUpload(plan.upload());
                    Set<String> requested = new HashSet<>();
                    plan.requests().forEach(r -> requested.add(r.getOperation().getOutput().getBucket()));
                    return endpoint.getEmitter().deliver(exchange, latest, requested);
                });
    }

    /** The wait ran out: the message carries the latest states seen, and no exception (the job may still end). */
    private void putTimedOut(Exchange exchange, SubmitPlan plan, List<JobsDetail> latest) {
        JobTrace.open(exchange, config().isTraceInUserData(), latest);
        Message out = exchange.getMessage();
        if (!plan.isSplit()) {
            out.setBody(latest.get(0));
            JobHeaders.put(out, latest.get(0));
            return;
        }
        out.setBody(latest);
        JobHeaders.set(out, TencentTtsConstants.JOB_STATE, JobState.Running.name());
    }

    /** The uploaded text has served once its job ended; a failed removal costs only storage, so it is logged. */
    private void removeUpload(SubmitPlan.Upload upload) {
        if (upload == null || upload.keep()) {
            return;
        }
        client().deleteObject(upload.region(), upload.bucket(), upload.key()).whenComplete((v, failure) -> {
            if (failure != null) {
                LOG.warn("the uploaded text {} could not be removed: {}", upload.key(),
                        CiClient.unwrap(failure).getMessage());
            }
        });
    }

    private static JobsDetail first(JobResponse r) {
        if (r == null || r.getJobsDetail().isEmpty() || r.getJobsDetail().get(0).getJobId() == null) {
            throw new CiException("submitJob", 200, "InvalidResponse", "the service answered the submit without a"
                    + " JobsDetail", null, null, null);
        }
        return r.getJobsDetail().get(0);
    }

    // ------------------------------------------------------------------ jobs

    private CompletableFuture<Void> getJob(Exchange exchange) {
        String jobId = JobRequestMapper.jobId(exchange, config());
        return client().getJob(bucket(), jobId).thenAccept(result -> {
            JobsDetail job = result.body() == null || result.body().getJobsDetail().isEmpty() ? null
                    : result.body().getJobsDetail().get(0);
            if (job == null || job.getJobId() == null) {
                throw new NoSuchJobException(jobId);
            }
            JobTrace.open(exchange, config().isTraceInUserData(), job);
            Message out = exchange.getMessage();
            out.setBody(job);
            JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, result.requestId());
            JobHeaders.put(out, job);
        });
    }

    private CompletableFuture<Void> listJobs(Exchange exchange) {
        return client().listJobs(bucket(), JobRequestMapper.toListJobsQuery(exchange, config())).thenAccept(result -> {
            List<JobsDetail> jobs = result.body() == null ? List.of() : result.body().getJobsDetail().stream()
                    .filter(j -> j.getJobId() != null).toList();
            JobTrace.open(exchange, config().isTraceInUserData(), jobs);
            Message out = exchange.getMessage();
            out.setBody(jobs);
            JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, result.requestId());
            String next = result.body() == null ? null : result.body().getNextToken();
            // empty on the last page, so a loop copying it into the NextToken input can stop on it
            JobHeaders.set(out, TencentTtsConstants.RESULT_NEXT_TOKEN, next == null ? "" : next);
        });
    }

    private CompletableFuture<Void> cancelJob(Exchange exchange) {
        String jobId = JobRequestMapper.jobId(exchange, config());
        return client().cancelJob(bucket(), jobId).thenAccept(result -> {
            Message out = exchange.getMessage();
            out.setBody(jobId);
            JobHeaders.set(out, TencentTtsConstants.JOB_ID, jobId);
            JobHeaders.set(out, TencentTtsConstants.JOB_STATE, JobState.Cancel.name());
            JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, result.requestId());
        });
    }

    // ------------------------------------------------------------------ templates and queues

    private CompletableFuture<Void> createTemplate(Exchange exchange) {
        return client().createTemplate(bucket(), JobRequestMapper.toTemplateRequest(exchange, config()))
                .thenAccept(result -> putTemplate(exchange.getMessage(), result));
    }

    private CompletableFuture<Void> updateTemplate(Exchange exchange) {
        String templateId = JobRequestMapper.templateId(exchange, config());
        return client().updateTemplate(bucket(), templateId, JobRequestMapper.toTemplateRequest(exchange, config()))
                .thenAccept(result -> {
                    templates.remove(templateId);
                    putTemplate(exchange.getMessage(), result);
                });
    }

    private static void putTemplate(Message out, CiResult<TemplateResponse> result) {
        Template t = result.body() == null ? null : result.body().getTemplate();
        out.setBody(t);
        JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, result.requestId());
        if (t != null) {
            JobHeaders.set(out, TencentTtsConstants.TEMPLATE_ID, t.getTemplateId());
            JobHeaders.set(out, TencentTtsConstants.RESULT_TEMPLATE_NAME, t.getName());
        }
    }

    private CompletableFuture<Void> getTemplates(Exchange exchange) {
        return client().getTemplates(bucket(), JobRequestMapper.toTemplateQuery(exchange, config()))
                .thenAccept(result -> {
                    Message out = exchange.getMessage();
                    out.setBody(result.body() == null ? List.of() : result.body().getTemplateList());
                    JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, result.requestId());
                });
    }

    private CompletableFuture<Void> deleteTemplate(Exchange exchange) {
        String templateId = JobRequestMapper.templateId(exchange, config());
        return client().deleteTemplate(bucket(), templateId).thenAccept(result -> {
            templates.remove(templateId);
            Message out = exchange.getMessage();
            out.setBody(result.body());
            JobHeaders.set(out, TencentTtsConstants.TEMPLATE_ID, templateId);
            JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, result.requestId());
        });
    }

    private CompletableFuture<Void> getQueues(Exchange exchange) {
        return client().getQueues(bucket(), JobRequestMapper.toQueueQuery(exchange, config())).thenAccept(result -> {
            Message out = exchange.getMessage();
            out.setBody(result.body() == null ? List.of() : result.body().getQueueList());
            JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, result.requestId());
        });
    }

    /**
     * Pauses or resumes a speech queue. UpdateSpeechQueue wants the name and callback settings too, so the queue is
     * read first and sent back with only its state changed: a pause never drops the queue's callback.
     */
    private CompletableFuture<Void> updateQueue(Exchange exchange) {
        JobRequestMapper.QueueUpdate update = JobRequestMapper.toQueueUpdate(exchange, config());
        return client().getQueues(bucket(), new QueueQuery(update.queueId(), null, 1, 1)).thenCompose(found -> {
            MediaQueue current = found.body() == null ? null : found.body().getQueueList().stream()
                    .filter(q -> update.queueId().equals(q.getQueueId())).findFirst().orElse(null);
            if (current == null) {
                throw new TencentTtsValidationException("queueId", "the bucket has no speech queue '"
                        + update.queueId() + "'");
            }
            NotifyConfig notify = current.getNotifyConfig() != null ? current.getNotifyConfig()
                    : new NotifyConfig().withState("Off");
            return client().updateQueue(bucket(), update.queueId(), new QueueRequest().withName(current.getName())
                    .withQueueId(update.queueId()).withState(update.state()).withNotifyConfig(notify));
        }).thenAccept(result -> {
            Message out = exchange.getMessage();
            MediaQueue q = result.body() == null ? null : result.body().getQueue();
            out.setBody(q);
            JobHeaders.set(out, TencentTtsConstants.REQUEST_ID, result.requestId());
            JobHeaders.set(out, TencentTtsConstants.RESULT_QUEUE_STATE, q == null ? update.state() : q.getState());
        });
    }

    /**
     * A template's voice settings from the cache: its codec names generated keys, its mode bounds an uploaded text.
     * One not read in the last {@link #TEMPLATE_TTL_NANOS} is not read here (this is the route's thread): the
     * mapper's plan stops with {@link TemplateNeeded} and is made again once it has been read.
     */
    private TtsTpl template(String templateId) {
        CachedTemplate cached = templates.get(templateId);
        if (cached == null || System.nanoTime() - cached.readAt() > TEMPLATE_TTL_NANOS) {
            throw new TemplateNeeded(templateId);
        }
        return cached.tpl();
    }

    /** Reads a template on the io pool and caches it; concurrent first reads may each read it, which is harmless. */
    private CompletableFuture<TtsTpl> readTemplate(String templateId) {
        return client().getTemplates(bucket(), new TemplateQuery(templateId, null, null, null, null))
                .thenApply(result -> {
                    TemplateListResponse r = result.body();
                    if (r == null || r.getTemplateList().isEmpty() || r.getTemplateList().get(0).getTtsTpl() == null) {
                        throw new TencentTtsValidationException("templateId", "template " + templateId
                                + " does not exist");
                    }
                    TtsTpl tpl = r.getTemplateList().get(0).getTtsTpl();
                    templates.put(templateId, new CachedTemplate(tpl, System.nanoTime()));
                    return tpl;
                });
    }

    /** The plan needs a template not in the cache; thrown through the mapper, caught by {@link #plan}. */
    private static final class TemplateNeeded extends RuntimeException {
        final String templateId;

        TemplateNeeded(String templateId) {
            super(null, null, false, false); // control flow, not an error: no stack trace
            this.templateId = templateId;
        }
    }

    @Override
    public String toString() {
        if (toString == null) {
            toString = "TencentTtsProducer[" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()) + "]";
        }
        return toString;
    }
}
