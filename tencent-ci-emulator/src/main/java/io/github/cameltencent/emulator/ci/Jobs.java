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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.audio.SpeechEngine;
import io.github.cameltencent.emulator.cos.ObjectStore;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * The jobs room: TTS jobs from submission to their end. It only ties its parts together, each with one reason to
 * change: {@link SubmitRequest} (the submit body's rules), {@link JobIndex} (look-ups and listings),
 * {@link JobRunner} (dispatch, synthesis, callbacks), {@link MediaInfoRenderer} (a finished job's media facts), and
 * the persistence of each state change. Pausing a queue holds its waiting jobs in state Pause; resuming offers them
 * again.
 */
public final class Jobs implements Queues.Listener, AutoCloseable {

    public static final int TEXT_LIMIT = SubmitRequest.TEXT_LIMIT;
    public static final int SYNC_URL_LIMIT = UrlInput.SYNC_URL_LIMIT;
    public static final int ASYNC_URL_LIMIT = UrlInput.ASYNC_URL_LIMIT;
    public static final int URL_INPUT_MAX_BYTES = UrlInput.URL_INPUT_MAX_BYTES;
    public static final int USER_DATA_LIMIT = SubmitRequest.USER_DATA_LIMIT;

    private final Templates templates;
    private final Queues queues;
    private final Persistence persistence;
    private final UrlInput urlInput;
    private final JobIndex index;
    private final LongSupplier clock;
    private final JobRunner runner;
    private volatile boolean running = true;

    Jobs(ObjectStore objects, SpeechEngine speech, Templates templates, Queues queues, Persistence persistence,
         Duration processingTime, int concurrency, String failMarker, LongSupplier clock) {
        this.templates = templates;
        this.clock = clock;
        this.index = new JobIndex(clock);
        this.queues = queues;
        this.persistence = persistence;
        this.urlInput = new UrlInput(objects);
        this.runner = new JobRunner(objects, speech, urlInput, queues, index, this::persist, processingTime,
                concurrency, failMarker);
        queues.listener(this);
        restore();
        runner.start();
    }

    void processingTime(Duration d) {
        runner.processingTime(d);
    }

    void failMarker(String marker) {
        runner.failMarker(marker);
    }

    void holdMarker(String marker) {
        runner.holdMarker(marker);
    }

    void releaseHeldJobs() {
        runner.releaseHeldJobs();
    }

    public XmlNode submit(String bucket, String region, XmlNode request) {
        SubmitRequest submit = SubmitRequest.parse(bucket, request, templates, queues, urlInput);
        Job job = index.create(submit, Ids.newId("j"), bucket, region);
        persist(job);
        // rendered before the job can start: the service answers a submit with State Submitted (or Pause)
        XmlNode response = XmlNode.of("Response");
        response.add(job.toJobsDetail(true));
        if (Job.SUBMITTED.equals(job.state())) {
            runner.enqueue(job);
        }
        return response;
    }

    public XmlNode describeJob(String bucket, String ids) {
        return index.describe(bucket, ids);
    }

    public XmlNode listJobs(String bucket, Function<String, String> param) {
        return index.list(bucket, param);
    }

    public void cancel(String bucket, String jobId) {
        Job j = index.require(bucket, jobId);
        if (j.transition(Job.SUBMITTED, Job.CANCEL) || j.transition(Job.PAUSE, Job.CANCEL)) {
            index.finished(j);
            persist(j);
            return;
        }
        throw ServiceError.invalidArgument("job '" + jobId + "' is " + j.state() + " and can no longer be cancelled");
    }

    // ================================================================== queue state changes

    @Override
    public void paused(CiQueue q) {
        for (Job j : index.active()) {
            if (j.queueId.equals(q.queueId) && j.transition(Job.SUBMITTED, Job.PAUSE)) {
                persist(j);
            }
        }
    }

    @Override
    public void resumed(CiQueue q) {
        List<Job> resumed = new ArrayList<>();
        for (Job j : index.active()) {
            if (j.queueId.equals(q.queueId) && j.transition(Job.PAUSE, Job.SUBMITTED)) {
                persist(j);
                resumed.add(j);
            }
        }
        // the dispatcher may take a job the moment it is offered: offer in priority order so it takes the right one
        resumed.sort(JobRunner.priority());
        resumed.forEach(runner::enqueue);
    }

    // ================================================================== persistence and inspection

    private void persist(Job j) {
        if (running) {
            persistence.save("jobs", j.jobId, j.toPersisted());
        }
    }

    private void restore() {
        List<Job> restored = new ArrayList<>();
        for (XmlNode n : persistence.loadAll("jobs")) {
            restored.add(Job.fromPersisted(n, clock));
        }
        restored.sort((a, b) -> Long.compare(a.seq, b.seq));
        for (Job j : restored) {
            queues.speechQueue(j.bucket);
            // a job that was running when the emulator stopped starts over
            j.transition(Job.RUNNING, Job.SUBMITTED);
            index.restore(j);
            if (Job.SUBMITTED.equals(j.state())) {
                runner.enqueue(j);
            }
        }
    }

    public Job job(String jobId) {
        return index.job(jobId);
    }

    public List<Job> all() {
        return index.all();
    }

    long callbackAttempts() {
        return runner.callbackAttempts();
    }

    long callbacksDelivered() {
        return runner.callbacksDelivered();
    }

    @Override
    public void close() {
        running = false;
        runner.close();
    }
}
