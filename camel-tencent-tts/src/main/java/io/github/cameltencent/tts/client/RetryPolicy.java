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
package io.github.cameltencent.tts.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently to try again: exponential backoff with full jitter between {@code baseDelay} and
 * {@code maxDelay}, or the server's Retry-After when it gives one (never longer than {@code maxDelay}).
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10));
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        maxRetries = Math.max(0, maxRetries);
        baseDelay = baseDelay == null ? Duration.ofMillis(200) : baseDelay;
        maxDelay = maxDelay == null ? Duration.ofSeconds(10) : maxDelay;
    }

    /** The pause before retry number {@code attempt} (0 = the first retry). */
    long delayMillis(int attempt, long retryAfterSeconds) {
        long max = maxDelay.toMillis();
        if (retryAfterSeconds > 0) {
            return Math.min(max, retryAfterSeconds * 1000);
        }
        long ceiling = Math.min(max, baseDelay.toMillis() << Math.min(attempt, 20));
        return ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }
}
