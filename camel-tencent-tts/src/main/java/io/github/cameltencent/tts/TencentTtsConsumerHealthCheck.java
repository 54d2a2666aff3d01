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

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.model.QueueQuery;

/**
 * Readiness of a consumer: Camel's own verdict on its polls (errors, backoff), and, when that is good, whether CI
 * answers with these credentials (one light call: describe queues).
 */
public class TencentTtsConsumerHealthCheck extends ScheduledPollConsumerHealthCheck {

    private final TencentTtsConsumer consumer;

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
        TencentTtsEndpoint endpoint = consumer.getEndpoint();
        try {
            CiClient.join(endpoint.getClient().getQueues(endpoint.getConfiguration().getBucket(),
                    new QueueQuery(null, null, 1, 1)));
            return builder.up().build();
        } catch (CiException e) {
            return builder.detail("service.status.code", e.getStatusCode()).detail("service.error.code",
                    e.getErrorCode()).message(e.getMessage()).error(e).down().build();
        } catch (RuntimeException e) {
            return builder.error(e).down().build();
        }
    }
}
