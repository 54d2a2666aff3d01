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

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import org.apache.camel.CamelContext;
import org.apache.camel.support.CamelContextHelper;

import io.github.cameltencent.tts.client.CiTime;
import io.github.cameltencent.tts.job.JobState;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The pieces of a split text as child spans of the span that delivers them joined. camel-telemetry's own span API
 * can neither start spans nor link them, so when the OpenTelemetry API is there (camel-opentelemetry2 brings it)
 * the pieces are recorded through it, with the tracer camel-opentelemetry2 uses (the one in the registry, else the
 * global one), each lasting from its CreationTime to its EndTime. Touched only once the decorator has seen the API
 * on the classpath: loading this class without it would fail.
 */
final class OtelPartSpans {

    static final String NAME = "tencent-tts:part";

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private OtelPartSpans() {
    }

    /** One span per piece, children of the span whose traceparent is given. */
    static void record(CamelContext camelContext, String parentTraceparent, List<JobsDetail> parts) {
        Tracer tracer = CamelContextHelper.findSingleByType(camelContext, Tracer.class);
        if (tracer == null) {
            tracer = GlobalOpenTelemetry.get().getTracer("camel");
        }
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(),
                Map.of("traceparent", parentTraceparent), GETTER);
        for (int i = 0; i < parts.size(); i++) {
            JobsDetail job = parts.get(i);
            Instant created = CiTime.parse(job.getCreationTime());
            Instant started = CiTime.parse(job.getStartTime());
            Instant ended = CiTime.parse(job.getEndTime());
            SpanBuilder b = tracer.spanBuilder(NAME).setParent(parent);
            if (created != null) {
                b.setStartTimestamp(created);
            }
            Span span = b.startSpan();
            span.setAttribute(TtsSpanFacts.OPERATION, "submit");
            span.setAttribute(TtsSpanFacts.PART, (i + 1) + "/" + parts.size());
            set(span, TtsSpanFacts.JOB_ID, job.getJobId());
            set(span, TtsSpanFacts.STATE, job.getState());
            set(span, TtsSpanFacts.QUEUE_ID, job.getQueueId());
            if (created != null && started != null) {
                span.setAttribute(TtsSpanFacts.QUEUE_MS, String.valueOf(started.toEpochMilli() - created.toEpochMilli()));
            }
            if (started != null && ended != null) {
                span.setAttribute(TtsSpanFacts.RUN_MS, String.valueOf(ended.toEpochMilli() - started.toEpochMilli()));
            }
            if (JobState.Failed.is(job.getState())) {
                set(span, TtsSpanFacts.CODE, job.getCode());
                span.setStatus(StatusCode.ERROR);
            }
            if (ended != null && (created == null || !ended.isBefore(created))) {
                span.end(ended);
            } else {
                span.end();
            }
        }
    }

    private static void set(Span span, String key, String value) {
        if (value != null && !value.isEmpty()) {
            span.setAttribute(key, value);
        }
    }
}
