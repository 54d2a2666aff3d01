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

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.tracing.SpanAdapter;
import org.apache.camel.tracing.TagConstants;
import org.apache.camel.tracing.decorators.AbstractSpanDecorator;

import io.github.cameltencent.tts.TencentTtsComponent;

/**
 * The tencent-tts spans of the older camel-tracing (camel-opentelemetry), found by Camel through
 * META-INF/services/org.apache.camel.tracing.SpanDecorator: the same names and tags as {@link TencentTtsSpanDecorator}.
 * It does not hand a job's trace over: camel-tracing gives a decorator's propagation adapters only the message
 * headers, and a trace put there would travel on with whatever the route sends next.
 */
public class TencentTtsTracingSpanDecorator extends AbstractSpanDecorator {

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
    public void pre(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
        span.setComponent(CAMEL_COMPONENT + TtsSpanFacts.SCHEME);
        span.setTag(TagConstants.URL_SCHEME, TtsSpanFacts.SCHEME);
        if (exchange.getFromRouteId() != null) {
            span.setTag(TagConstants.ROUTE_ID, exchange.getFromRouteId());
        }
        span.setTag("camel.uri", TtsSpanFacts.safeUri(exchange, endpoint));
        span.setTag(TagConstants.URL_PATH, TtsSpanFacts.operation(exchange, endpoint));
        if (endpoint instanceof EndpointServiceLocation location) {
            span.setTag(TagConstants.SERVER_ADDRESS, location.getServiceUrl());
            span.setTag(TagConstants.SERVER_PROTOCOL, location.getServiceProtocol());
        }
        TtsSpanFacts.before(exchange, endpoint, span::setTag);
    }

    @Override
    public void post(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
        if (exchange.isFailed()) {
            span.setError(true);
        }
        TtsSpanFacts.after(exchange, span::setTag, span::log);
    }
}
