package io.github.cameltencent.tts;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.model.QueueQuery;

/**
 * Readiness of a consumer: Camel's own verdict on its polls (errors, backoff); then whether its repositories
 * (emitted, in-progress, state) answer, and whether a commit is being retried; then whether CI answers with these
 * credentials (one light call: describe queues). DOWN while the database is away, UP again when it answers and no
 * commit is pending.
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
            consumer.probeRepositories();
        } catch (RuntimeException e) {
            return builder.detail("repositories", "unreachable").message("a repository cannot be reached: "
                    + e.getMessage()).error(e).down().build();
        }
        Map<String, String> retrying = endpoint.getEmitter().commitsRetrying();
        if (!retrying.isEmpty()) {
            return builder.detail("commits.retrying", retrying.size()).message(retrying.size()
                    + " routed job(s) not yet recorded as emitted; retrying").down().build();
        }
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
