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
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

import org.apache.camel.CamelContext;

/** Micrometer meters: tencent.tts.submits, tencent.tts.failures (tag code), tencent.tts.job.duration. */
final class MicrometerTtsMetrics implements TtsMetrics {

    private final MeterRegistry registry;

    private MicrometerTtsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static TtsMetrics create(CamelContext context) {
        Set<MeterRegistry> bound = context.getRegistry().findByType(MeterRegistry.class);
        MeterRegistry registry = bound.size() == 1 ? bound.iterator().next() : Metrics.globalRegistry;
        return new MicrometerTtsMetrics(registry);
    }

    @Override
    public void submitted(String bucket) {
        Counter.builder("tencent.tts.submits").description("TTS jobs submitted").tag("bucket", bucket)
                .register(registry).increment();
    }

    @Override
    public void failed(String bucket, String code) {
        Counter.builder("tencent.tts.failures").description("failed submits and failed jobs, by error Code")
                .tag("bucket", bucket).tag("code", code).register(registry).increment();
    }

    @Override
    public void completed(String bucket, Duration submitToEnd) {
        Timer.builder("tencent.tts.job.duration").description("from a job's creation to its end")
                .tag("bucket", bucket).register(registry).record(submitToEnd);
    }
}
