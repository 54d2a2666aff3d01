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
import java.time.Instant;

import org.apache.camel.CamelContext;

import io.github.cameltencent.tts.client.CiTime;
import io.github.cameltencent.tts.job.JobState;

import io.github.cameltencent.tts.model.JobsDetail;

/**
 * What the component counts: submits, failures by Code, and how long jobs took from creation to end. Recorded in
 * Micrometer when it is on the classpath (the registry bound in Camel's registry, else Micrometer's global one);
 * otherwise nothing is recorded and nothing is loaded.
 */
interface TtsMetrics {

    TtsMetrics NONE = new TtsMetrics() {
    };

    default void submitted(String bucket) {
    }

    default void failed(String bucket, String code) {
    }

    default void completed(String bucket, Duration submitToEnd) {
    }

    /** Records a finished job: its latency, and its Code when it failed. */
    default void finished(String bucket, JobsDetail job) {
        if (JobState.Failed.is(job.getState())) {
            failed(bucket, job.getCode() == null ? "Unknown" : job.getCode());
        }
        Instant created = CiTime.parse(job.getCreationTime());
        Instant ended = CiTime.parse(job.getEndTime());
        if (created != null && ended != null && !ended.isBefore(created)) {
            completed(bucket, Duration.between(created, ended));
        }
    }

    static TtsMetrics create(CamelContext context) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false,
                    TtsMetrics.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return NONE;
        }
        return MicrometerTtsMetrics.create(context);
    }
}
