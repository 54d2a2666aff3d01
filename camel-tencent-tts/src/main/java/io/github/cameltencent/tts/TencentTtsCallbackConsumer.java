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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.jacksonxml.JacksonXMLDataFormat;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.EmptyAsyncCallback;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiXml;
import io.github.cameltencent.tts.job.JobEmitter;
import io.github.cameltencent.tts.job.JobState;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Receives the service's TaskFinish callbacks (XML or JSON) on a platform-http path, answers at once, and emits the
 * job into the route once. Callbacks are not signed by the service, so they are hints: by default the job is read
 * again with a signed GET before it is emitted, and an optional token in the callback URL turns strangers away.
 */
public class TencentTtsCallbackConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TencentTtsCallbackConsumer.class);
    static final int MAX_BODY = 1024 * 1024;
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

    /** The JSON callback: EventName and JobsDetail at the top level, no Response wrapper. */
    public static class JsonCallback {
        private String eventName;
        private JobsDetail jobsDetail;

        public String getEventName() {
            return eventName;
        }

        public void setEventName(String eventName) {
            this.eventName = eventName;
        }

        public JobsDetail getJobsDetail() {
            return jobsDetail;
        }

        public void setJobsDetail(JobsDetail jobsDetail) {
            this.jobsDetail = jobsDetail;
        }
    }

    private Consumer http;
    private ExecutorService executor;
    /**
     * XML callbacks are read by Camel's jacksonXml data format on the component's hardened mapper: the same reading
     * a route gets from {@code unmarshal().jacksonXml(JobResponse.class)}, with DTDs off and sizes bounded.
     */
    private JacksonXMLDataFormat xml;
    private volatile CommitRetries commitRetries;
    /** a callback has no cursor to tell: only a failed commit needs an answer, its retry */
    private final JobEmitter.Outcome outcome = new JobEmitter.Outcome() {
        @Override
        public void committed(JobsDetail job) {
        }

        @Override
        public void rolledBack(JobsDetail job) {
        }

        @Override
        public void commitFailed(JobsDetail job, RuntimeException cause) {
            CommitRetries retries = commitRetries;
            if (retries != null) {
                retries.retry(job, this);
            }
        }
    };

    public TencentTtsCallbackConsumer(TencentTtsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public TencentTtsEndpoint getEndpoint() {
        return (TencentTtsEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        TencentTtsEndpoint endpoint = getEndpoint();
        String path = endpoint.getConfiguration().getPath();
        if (path == null || !path.startsWith("/")) {
            throw new TencentTtsValidationException("path", "the callback consumer needs a path starting with '/',"
                    + " e.g. path=/tts/done");
        }
        ServiceHelper.startService(endpoint.getConfiguration().getIdempotentRepository(),
                endpoint.getConfiguration().getInProgressRepository());
        // the endpoint's worker pool (workerPoolSize), owned and shut down by the endpoint
        executor = endpoint.workers();
        commitRetries = new CommitRetries(endpoint.getCamelContext(), this, endpoint.getEmitter());
        commitRetries.retryReleasesEverySecond();
        xml = new JacksonXMLDataFormat(CiXml.mapper(), JobResponse.class);
        xml.setCamelContext(endpoint.getCamelContext());
        ServiceHelper.startService(xml);
        Endpoint listener = endpoint.getCamelContext().getEndpoint("platform-http:" + path
                                                                   + "?httpMethodRestrict=POST");
        http = listener.createConsumer(this::receive);
        ServiceHelper.startService(http);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(http, xml);
        executor = null;
        if (commitRetries != null) {
            commitRetries.stop();
            commitRetries = null;
        }
        super.doStop();
    }

    /** Answers the service's POST at once; the job is checked and emitted afterwards. */
    private void receive(Exchange exchange) {
        Message m = exchange.getMessage();
        String token = getEndpoint().getConfiguration().getCallbackToken();
        if (token != null && !token.isEmpty()) {
            String given = m.getHeader("token", String.class);
            if (given == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8))) {
                answer(exchange, 403, "unknown sender");
                return;
            }
        }
        Long length = m.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        byte[] body = m.getBody(byte[].class);
        if ((length != null && length > MAX_BODY) || (body != null && body.length > MAX_BODY)) {
            answer(exchange, 413, "callback body too large");
            return;
        }
        String type = m.getHeader(Exchange.CONTENT_TYPE, String.class);
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        JobsDetail job;
        try {
            if (type.contains("json")) {
                JsonCallback cb = JSON.readValue(body, JsonCallback.class);
                job = cb.getJobsDetail();
            } else if (type.contains("xml")) {
                List<JobsDetail> jobs = ((JobResponse) xml.unmarshal(exchange,
                        new java.io.ByteArrayInputStream(body))).getJobsDetail();
                job = jobs.isEmpty() ? null : jobs.get(0);
            } else {
                answer(exchange, 415, "callbacks are XML or JSON");
                return;
            }
        } catch (Exception e) {
            answer(exchange, 400, "not a TaskFinish callback");
            return;
        }
        if (job == null || job.getJobId() == null || !JOB_ID.matcher(job.getJobId()).matches()) {
            answer(exchange, 400, "not a TaskFinish callback");
            return;
        }
        answer(exchange, 200, "OK");
        JobsDetail hinted = job;
        executor.execute(() -> emit(hinted));
    }

    private static void answer(Exchange exchange, int status, String text) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain");
        exchange.getMessage().setBody(text);
    }

    /**
     * Emits the job a callback names, once. With verifyCallbacks the tracker re-reads it first (re-reads of one job
     * are coalesced, so a flood of callbacks costs one look-up per tick); only a job the service reports as
     * finished is emitted, as the service reports it.
     */
    private void emit(JobsDetail hinted) {
        TencentTtsEndpoint endpoint = getEndpoint();
        String id = hinted.getJobId();
        if (endpoint.getEmitter().isEmitted(id)) {
            return;
        }
        if (!endpoint.getConfiguration().isVerifyCallbacks()) {
            emitVerified(hinted);
            return;
        }
        endpoint.getTracker().refresh(id).whenComplete((job, failure) -> {
            if (failure != null) {
                getExceptionHandler().handleException("reading job " + id + " named by a callback failed",
                        CiClient.unwrap(failure));
            } else if (job == null || job.getJobId() == null || !JobState.isTerminal(job.getState())) {
                LOG.debug("callback for job {} ignored: the service does not report it finished", id);
            } else {
                executor.execute(() -> emitVerified(job));
            }
        });
    }

    private void emitVerified(JobsDetail job) {
        JobEmitter emitter = getEndpoint().getEmitter();
        if (!emitter.claim(job.getJobId())) {
            return;
        }
        Exchange exchange = createExchange(true);
        emitter.emit(exchange, job, getExceptionHandler(), outcome)
                .thenAccept(ready -> getAsyncProcessor().process(ready, EmptyAsyncCallback.get()));
    }
}
