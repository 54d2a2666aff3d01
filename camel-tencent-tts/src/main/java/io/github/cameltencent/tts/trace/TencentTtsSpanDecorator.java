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

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.SpanContextPropagationExtractor;
import org.apache.camel.telemetry.SpanContextPropagationInjector;
import org.apache.camel.telemetry.TagConstants;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;

import io.github.cameltencent.tts.TencentTtsComponent;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The tencent-tts spans of camel-telemetry (camel-opentelemetry2), found by Camel through
 * META-INF/services/org.apache.camel.telemetry.SpanDecorator when camel-telemetry is on the classpath (the
 * dependency is optional: without it this class is never loaded).
 *
 * <p>Besides the tags ({@link TtsSpanFacts}) it is where a job's trace crosses over: the injector keeps the
 * traceparent of the call's span for the submit to record in UserData ({@link JobTrace#stamp}), and the extractor
 * of an exchange that delivers a finished job hands the tracer the traceparent the job carried, so the span the
 * consumer's exchange begins is a child of the submit's span. camel-telemetry makes spans from a parent and an
 * extractor only (its Span has no links), so a child it is; it also reads best: the delivery is caused by the
 * submit, and tracing backends draw a child under its parent however long after it comes.
 *
 * <p>The pieces of a split text delivered together become child spans of the delivering span ({@link OtelPartSpans})
 * when the OpenTelemetry API is there, and are span events of it in any case.
 */
public class TencentTtsSpanDecorator extends AbstractSpanDecorator {

    /** Whether the OpenTelemetry API is there (it comes with camel-opentelemetry2, not with camel-telemetry). */
    private static final boolean OPENTELEMETRY = present("io.opentelemetry.api.trace.Tracer");

    @Override
    public String getComponent() {
        return TtsSpanFacts.SCHEME;
    }

    @Override
    public String getComponentClassName() {
        return TencentTtsComponent.class.getName();
    }

    @Override
    public String getOperationName(Exchange exchange, Endpoint endpoint) {
        return TtsSpanFacts.spanName(exchange, endpoint);
    }

    /** Camel's usual tags, except that the URI goes without its query: options may hold private values. */
    @Override
    public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
        span.setComponent("camel-" + TtsSpanFacts.SCHEME);
        span.setTag(TagConstants.URL_SCHEME, TtsSpanFacts.SCHEME);
        span.setTag(TagConstants.EXCHANGE_ID, exchange.getExchangeId());
        span.setTag("camel.uri", TtsSpanFacts.safeUri(exchange, endpoint));
        span.setTag(TagConstants.URL_PATH, TtsSpanFacts.operation(exchange, endpoint));
        if (endpoint instanceof EndpointServiceLocation location) {
            span.setTag(TagConstants.SERVER_ADDRESS, location.getServiceUrl());
            span.setTag(TagConstants.SERVER_PROTOCOL, location.getServiceProtocol());
        }
        TtsSpanFacts.before(exchange, endpoint, span::setTag);
    }

    @Override
    public void afterTracingEvent(Span span, Exchange exchange) {
        if (exchange.isFailed()) {
            span.setError(true);
        }
        List<JobsDetail> parts = TtsSpanFacts.after(exchange, span::setTag, span::log);
        String traceparent = exchange.getProperty(JobTrace.SPAN_TRACEPARENT, String.class);
        if (!parts.isEmpty() && traceparent != null && OPENTELEMETRY) {
            OtelPartSpans.record(exchange.getContext(), traceparent, parts);
        }
    }

    @Override
    public SpanContextPropagationInjector getInjector(Exchange exchange) {
        SpanContextPropagationInjector headers = super.getInjector(exchange);
        return (key, value) -> {
            headers.put(key, value);
            if ("traceparent".equals(key)) {
                exchange.setProperty(JobTrace.SPAN_TRACEPARENT, value);
            }
        };
    }

    @Override
    public SpanContextPropagationExtractor getExtractor(Exchange exchange) {
        String traceparent = exchange.getProperty(JobTrace.JOB_TRACEPARENT, String.class);
        if (traceparent == null) {
            return super.getExtractor(exchange);
        }
        Map<String, Object> carrier = Map.of("traceparent", traceparent);
        return new SpanContextPropagationExtractor() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return carrier.entrySet().iterator();
            }

            @Override
            public Object get(String key) {
                return carrier.get(key);
            }

            @Override
            public Set<String> keys() {
                return carrier.keySet();
            }
        };
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, TencentTtsSpanDecorator.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
