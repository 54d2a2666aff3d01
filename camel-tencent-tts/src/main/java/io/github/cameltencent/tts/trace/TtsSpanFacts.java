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
package io.github.cameltencent.tts.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

import io.github.cameltencent.tts.TencentTtsConfiguration;
import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.TencentTtsEndpoint;
import io.github.cameltencent.tts.TencentTtsJobFailedException;
import io.github.cameltencent.tts.TencentTtsOperation;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.client.CiTime;
import io.github.cameltencent.tts.job.JobState;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * What a span of a tencent-tts call says, for both of Camel's tracing APIs (each decorator only adapts the calls).
 *
 * <p>Only names, ids, states and times: never the text, never UserData, never an option value a user could have
 * filled with something private (credentials, callback URL or token, object keys). So the endpoint URI goes on the
 * span without its query.
 */
public final class TtsSpanFacts {

    public static final String SCHEME = "tencent-tts";
    public static final String OPERATION = "tencent.tts.operation";
    public static final String JOB_ID = "tencent.tts.job.id";
    public static final String JOB_IDS = "tencent.tts.job.ids";
    public static final String STATE = "tencent.tts.job.state";
    public static final String CODE = "tencent.tts.code";
    public static final String VOICE = "tencent.tts.voice";
    public static final String CODEC = "tencent.tts.codec";
    public static final String MODE = "tencent.tts.mode";
    public static final String TEMPLATE_ID = "tencent.tts.template.id";
    public static final String QUEUE_ID = "tencent.tts.queue.id";
    public static final String REGION = "tencent.tts.region";
    public static final String BUCKET = "tencent.tts.bucket";
    public static final String SPLIT_COUNT = "tencent.tts.split.count";
    public static final String JOB_COUNT = "tencent.tts.job.count";
    public static final String QUEUE_MS = "tencent.tts.job.queue_ms";
    public static final String RUN_MS = "tencent.tts.job.run_ms";
    public static final String PART = "tencent.tts.part";
    /** The name of the span event each piece of a split text adds to the span of its delivery. */
    public static final String PART_EVENT = "tencent-tts.part";

    /** Which tencent-tts call a producer span is about: kept from before() to after() of the same span. */
    private static final String SPAN_OPERATION = "CamelTencentTtsSpanOperation";
    /** Ids and names are at most 128 characters; anything longer is not one. */
    private static final int MAX = 128;

    private TtsSpanFacts() {
    }

    /** tencent-tts:submit, tencent-tts:jobs, ... : the operation, as the exchange's header or the endpoint says. */
    public static String spanName(Exchange exchange, Endpoint endpoint) {
        return SCHEME + ":" + operation(exchange, endpoint);
    }

    /** The endpoint URI as a trace may show it: scheme and operation, never the options. */
    public static String safeUri(Exchange exchange, Endpoint endpoint) {
        return SCHEME + "://" + operation(exchange, endpoint);
    }

    public static String operation(Exchange exchange, Endpoint endpoint) {
        TencentTtsConfiguration c = config(endpoint);
        TencentTtsOperation op = c == null ? null : c.getOperation();
        if (op == TencentTtsOperation.jobs || op == TencentTtsOperation.callback) {
            return op.name();
        }
        Object header = exchange.getMessage().getHeader(TencentTtsConstants.OPERATION);
        if (header != null) {
            for (TencentTtsOperation o : TencentTtsOperation.values()) {
                if (o.name().equals(header.toString())) {
                    return o.name();
                }
            }
        }
        return op == null ? "unknown" : op.name();
    }

    /** The tags known when the span opens: the call's inputs, or for a consumer the job it delivers. */
    public static void before(Exchange exchange, Endpoint endpoint, BiConsumer<String, String> tag) {
        TencentTtsConfiguration c = config(endpoint);
        String op = operation(exchange, endpoint);
        tag.accept(OPERATION, op);
        if (c == null) {
            return;
        }
        put(tag, REGION, c.getRegion());
        put(tag, BUCKET, c.getBucket());
        if (op.equals("jobs") || op.equals("callback")) {
            jobs(tag, null, jobsOn(exchange));
            return;
        }
        exchange.setProperty(SPAN_OPERATION, op);
        switch (op) {
            case "submit", "createTemplate", "updateTemplate" -> {
                put(tag, VOICE, input(exchange, TencentTtsConstants.VOICE_TYPE, c.getVoiceType()));
                put(tag, CODEC, input(exchange, TencentTtsConstants.CODEC, c.getCodec()));
                put(tag, MODE, input(exchange, TencentTtsConstants.MODE, c.getMode()));
                put(tag, TEMPLATE_ID, input(exchange, TencentTtsConstants.TEMPLATE_ID, c.getTemplateId()));
                if (op.equals("submit")) {
                    put(tag, QUEUE_ID, input(exchange, TencentTtsConstants.QUEUE_ID, c.getQueueId()));
                }
            }
            case "getJob", "cancelJob" -> put(tag, JOB_ID, input(exchange, TencentTtsConstants.JOB_ID, c.getJobId()));
            case "deleteTemplate", "getTemplates" ->
                put(tag, TEMPLATE_ID, input(exchange, TencentTtsConstants.TEMPLATE_ID, c.getTemplateId()));
            case "listJobs", "getQueues", "updateQueue" ->
                put(tag, QUEUE_ID, input(exchange, TencentTtsConstants.QUEUE_ID, c.getQueueId()));
            default -> {
            }
        }
    }

    /**
     * The tags known when a producer's span closes: the job(s) it made or read, with queue and run times, the
     * failure's code; a split text's pieces each as a span event. A consumer's span closes after the route, when
     * the route may have changed the message: it keeps what it said when it opened.
     *
     * @return the pieces of a split text this span delivered, ended (empty otherwise)
     */
    public static List<JobsDetail> after(Exchange exchange, BiConsumer<String, String> tag,
                                         Consumer<Map<String, String>> event) {
        String op = exchange.getProperty(SPAN_OPERATION, String.class);
        exchange.removeProperty(SPAN_OPERATION);
        Exception failure = exchange.getException();
        if (failure instanceof TencentTtsJobFailedException f && f.getJob() != null) {
            put(tag, CODE, f.getJob().getCode());
        } else if (failure instanceof CiException ci) {
            put(tag, CODE, ci.getErrorCode());
        }
        if (failure != null) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("event", "error");
            // the class only: a message could quote what the route sent
            error.put("error.kind", failure.getClass().getName());
            event.accept(error);
        }
        if (op == null) {
            return List.of();
        }
        switch (op) {
            case "submit", "getJob" -> {
                List<JobsDetail> jobs = jobsOn(exchange);
                jobs(tag, event, jobs);
                boolean ended = jobs.stream().allMatch(j -> JobState.isTerminal(j.getState()));
                return jobs.size() > 1 && ended ? jobs : List.of();
            }
            case "cancelJob" -> put(tag, STATE, exchange.getMessage().getHeader(TencentTtsConstants.JOB_STATE,
                    String.class));
            case "createTemplate", "updateTemplate" -> put(tag, TEMPLATE_ID, exchange.getMessage().getHeader(
                    TencentTtsConstants.TEMPLATE_ID, String.class));
            case "listJobs" -> tag.accept(JOB_COUNT, String.valueOf(jobsOn(exchange).size()));
            default -> {
            }
        }
        return List.of();
    }

    /** One job's tags, or a split text's: every id, the overall state, and each piece as an event. */
    private static void jobs(BiConsumer<String, String> tag, Consumer<Map<String, String>> event,
                             List<JobsDetail> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        JobsDetail first = jobs.get(0);
        put(tag, JOB_ID, first.getJobId());
        put(tag, QUEUE_ID, first.getQueueId());
        put(tag, CODEC, first.getOperation() == null || first.getOperation().getTtsTpl() == null ? null
                : first.getOperation().getTtsTpl().getCodec());
        String state = first.getState();
        String code = JobState.Failed.is(first.getState()) ? first.getCode() : null;
        for (JobsDetail j : jobs) {
            if (!JobState.Success.is(j.getState())) {
                state = j.getState();
                code = JobState.Failed.is(j.getState()) ? j.getCode() : code;
                break;
            }
        }
        put(tag, STATE, state);
        put(tag, CODE, code);
        Instant created = earliest(jobs, JobsDetail::getCreationTime);
        Instant started = earliest(jobs, JobsDetail::getStartTime);
        Instant ended = latest(jobs, JobsDetail::getEndTime);
        put(tag, QUEUE_MS, millis(created, started));
        put(tag, RUN_MS, millis(started, ended));
        if (jobs.size() > 1) {
            List<String> ids = new ArrayList<>();
            jobs.forEach(j -> ids.add(j.getJobId()));
            tag.accept(JOB_IDS, String.join(",", ids));
            tag.accept(SPLIT_COUNT, String.valueOf(jobs.size()));
            if (event != null) {
                for (int i = 0; i < jobs.size(); i++) {
                    JobsDetail j = jobs.get(i);
                    Map<String, String> part = new LinkedHashMap<>();
                    part.put("event", PART_EVENT);
                    part.put(PART, (i + 1) + "/" + jobs.size());
                    putIn(part, JOB_ID, j.getJobId());
                    putIn(part, STATE, j.getState());
                    putIn(part, CODE, JobState.Failed.is(j.getState()) ? j.getCode() : null);
                    putIn(part, QUEUE_MS, millis(time(j.getCreationTime()), time(j.getStartTime())));
                    putIn(part, RUN_MS, millis(time(j.getStartTime()), time(j.getEndTime())));
                    event.accept(part);
                }
            }
        }
    }

    /** The job(s) a message carries: a consumer's in its property, a producer's as body (or joined, in a header). */
    static List<JobsDetail> jobsOn(Exchange exchange) {
        if (exchange.getProperty(TencentTtsConstants.JOBS_DETAIL) instanceof JobsDetail j) {
            return List.of(j);
        }
        List<JobsDetail> joined = only(exchange.getMessage().getHeader(TencentTtsConstants.JOBS_DETAIL));
        if (!joined.isEmpty()) {
            return joined;
        }
        return only(exchange.getMessage().getBody());
    }

    private static List<JobsDetail> only(Object value) {
        if (value instanceof JobsDetail j) {
            return List.of(j);
        }
        List<JobsDetail> jobs = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof JobsDetail j) {
                    jobs.add(j);
                }
            }
        }
        return jobs;
    }

    private static TencentTtsConfiguration config(Endpoint endpoint) {
        return endpoint instanceof TencentTtsEndpoint e ? e.getConfiguration() : null;
    }

    /** An input as the producer reads it: the header when present, else the option. */
    private static String input(Exchange exchange, String header, String option) {
        Object h = exchange.getMessage().getHeader(header);
        return h != null ? h.toString() : option;
    }

    private static void put(BiConsumer<String, String> tag, String key, String value) {
        if (value != null && !value.isEmpty() && value.length() <= MAX) {
            tag.accept(key, value);
        }
    }

    private static void putIn(Map<String, String> map, String key, String value) {
        put(map::put, key, value);
    }

    private static Instant time(String serviceTime) {
        return CiTime.parse(serviceTime);
    }

    private static Instant earliest(List<JobsDetail> jobs, java.util.function.Function<JobsDetail, String> field) {
        Instant min = null;
        for (JobsDetail j : jobs) {
            Instant t = time(field.apply(j));
            min = t == null ? min : min == null || t.isBefore(min) ? t : min;
        }
        return min;
    }

    private static Instant latest(List<JobsDetail> jobs, java.util.function.Function<JobsDetail, String> field) {
        Instant max = null;
        for (JobsDetail j : jobs) {
            Instant t = time(field.apply(j));
            if (t == null) {
                return null; // a piece has not ended: the whole has not
            }
            max = max == null || t.isAfter(max) ? t : max;
        }
        return max;
    }

    private static String millis(Instant from, Instant to) {
        return from == null || to == null ? null : String.valueOf(Duration.between(from, to).toMillis());
    }
}
