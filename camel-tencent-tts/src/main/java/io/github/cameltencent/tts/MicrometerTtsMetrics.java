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
