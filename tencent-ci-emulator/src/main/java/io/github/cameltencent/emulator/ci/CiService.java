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
package io.github.cameltencent.emulator.ci;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

import io.github.cameltencent.emulator.audio.SpeechEngine;
import io.github.cameltencent.emulator.cos.ObjectStore;

/**
 * The CI side of the emulator, one room per resource: {@link Jobs}, {@link Templates} and {@link Queues}. This
 * class only wires them (they share the persistence and the object store) and exposes the emulator's test knobs.
 */
public final class CiService implements AutoCloseable {

    private final Templates templates;
    private final Queues queues;
    private final Jobs jobs;

    public CiService(ObjectStore objects, SpeechEngine speech, Path dataDir, Duration processingTime,
                     int concurrency, int queueMaxSize, String failMarker, Voices voices, LongSupplier clockMillis) {
        Persistence persistence = new Persistence(dataDir);
        this.templates = new Templates(persistence, voices);
        this.queues = new Queues(persistence, concurrency, queueMaxSize);
        this.queues.restore();
        this.jobs = new Jobs(objects, speech, templates, queues, persistence, processingTime, concurrency,
                failMarker, clockMillis);
    }

    public Jobs jobs() {
        return jobs;
    }

    public Templates templates() {
        return templates;
    }

    public Queues queues() {
        return queues;
    }

    public void processingTime(Duration d) {
        jobs.processingTime(d);
    }

    public void failMarker(String marker) {
        jobs.failMarker(marker);
    }

    /** Jobs whose text contains this marker stay Running until {@link #releaseHeldJobs()}: a job that runs for hours. */
    public void holdMarker(String marker) {
        jobs.holdMarker(marker);
    }

    public void releaseHeldJobs() {
        jobs.releaseHeldJobs();
    }

    public long callbackAttempts() {
        return jobs.callbackAttempts();
    }

    public long callbacksDelivered() {
        return jobs.callbacksDelivered();
    }

    @Override
    public void close() {
        jobs.close();
    }
}
