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

import java.time.Duration;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;

/**
 * Readiness of a consumer: Camel's own verdict on its polls (errors, backoff); then whether its repositories
 * (emitted, in-progress, state) answer and no commit is being retried (DOWN while the database is away, UP again when
 * it answers and the commits are written); then whether CI answers with these credentials: one light call (describe
 * queues), one attempt, bounded by readinessTimeout, and its verdict reused for half as long, so probes spend little
 * quota and a hung service is DOWN within twice the timeout.
 */
public class TencentTtsConsumerHealthCheck extends ScheduledPollConsumerHealthCheck {

    private final TencentTtsConsumer consumer;
    /** The last probe's verdict and when it was made (System.nanoTime). */
    private volatile Probe last;

    private record Probe(long at, RuntimeException failure) {
    }

    public TencentTtsConsumerHealthCheck(TencentTtsConsumer consumer, String id) {
        super(consumer, id);
        this.consumer = consumer;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Result polls = super.call(options);
        if (polls.getState() != State.UP) {
            return polls;
        }
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        try {
            consumer.probeRepositories();
        } catch (RuntimeException e) {
            return builder.detail("repositories", "unreachable").message("a repository cannot be reached: "
                    + e.getMessage()).error(e).down().build();
        }
        Map<String, String> retrying = consumer.getEndpoint().getEmitter().commitsRetrying();
        if (!retrying.isEmpty()) {
            return builder.detail("commits.retrying", retrying.size()).message(retrying.size()
                    + " routed job(s) not yet recorded as emitted; retrying").down().build();
        }
        RuntimeException failure = probe().failure();
        if (failure == null) {
            return builder.up().build();
        }
        if (failure instanceof CiException e) {
            return builder.detail("service.status.code", e.getStatusCode()).detail("service.error.code",
                    e.getErrorCode()).message(e.getMessage()).error(e).down().build();
        }
        return builder.message(failure.getMessage()).error(failure).down().build();
    }

    private Probe probe() {
        TencentTtsEndpoint endpoint = consumer.getEndpoint();
        Duration timeout = Duration.ofMillis(Math.max(1, endpoint.getConfiguration().getReadinessTimeout()));
        Probe p = last;
        // reused for half the timeout: a service that hangs right after an UP is DOWN within 1.5 timeouts
        if (p != null && System.nanoTime() - p.at() < timeout.toNanos() / 2) {
            return p;
        }
        RuntimeException failure = null;
        try {
            // the health registry calls from its own thread; the probe itself runs on the endpoint's io pool and
            // the endpoint's scheduler ends it at the timeout, so this wait is bounded by the timeout
            CiClient.join(endpoint.getClient().probe(endpoint.getConfiguration().getBucket(), timeout));
        } catch (RuntimeException e) {
            failure = e;
        }
        p = new Probe(System.nanoTime(), failure);
        last = p;
        return p;
    }
}
