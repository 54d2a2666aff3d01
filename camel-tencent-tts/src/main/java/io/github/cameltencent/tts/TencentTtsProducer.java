package io.github.cameltencent.tts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.util.URISupport;

import io.github.cameltencent.tts.client.CiClient;
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

/** One small method per operation: map the exchange, call the client, put the answer on the message. */
public class TencentTtsProducer extends DefaultProducer {

    private final Map<String, String> templateCodecs = new ConcurrentHashMap<>();
    private transient String toString;

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
    public void process(Exchange exchange) throws Exception {
        switch (JobRequestMapper.operation(exchange, config())) {
            case submit -> submit(exchange);
            case getJob -> getJob(exchange);
            case listJobs -> listJobs(exchange);
            case cancelJob -> cancelJob(exchange);
            case createTemplate -> createTemplate(exchange);
            case updateTemplate -> updateTemplate(exchange);
            case getTemplates -> getTemplates(exchange);
            case deleteTemplate -> deleteTemplate(exchange);
            case getQueues -> getQueues(exchange);
            case jobs -> throw new TencentTtsValidationException("operation", "jobs is the consumer of finished jobs:"
                    + " use it in from(...), not to(...)");
            default -> throw new IllegalArgumentException("unsupported operation");
        }
    }

    private void submit(Exchange exchange) {
        JobRequest request = JobRequestMapper.toJobRequest(exchange, config(), this::templateCodec);
        CiResult<JobResponse> result = client().submitJob(bucket(), request);
        JobsDetail job = first(result.body());
        Message out = exchange.getMessage();
        out.setBody(job);
        out.setHeader(TencentTtsConstants.REQUEST_ID, result.requestId());
        putJobHeaders(out, job);
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
        putJobHeaders(out, job);
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
        if (r == null || r.getJobsDetail().isEmpty()) {
            throw new IllegalStateException("the service accepted the job but returned no JobsDetail");
        }
        return r.getJobsDetail().get(0);
    }

    static void putJobHeaders(Message out, JobsDetail job) {
        out.setHeader(TencentTtsConstants.JOB_ID, job.getJobId());
        out.setHeader(TencentTtsConstants.JOB_STATE, job.getState());
        out.setHeader(TencentTtsConstants.CREATION_TIME, job.getCreationTime());
        out.setHeader(TencentTtsConstants.QUEUE_ID, job.getQueueId());
        if (job.getOperation() != null && job.getOperation().getOutput() != null) {
            out.setHeader(TencentTtsConstants.OUTPUT_OBJECT, job.getOperation().getOutput().getObject());
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
