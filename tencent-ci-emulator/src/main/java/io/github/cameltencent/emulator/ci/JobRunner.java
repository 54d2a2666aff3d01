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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.audio.AudioEncoder;
import io.github.cameltencent.emulator.audio.EncodedAudio;
import io.github.cameltencent.emulator.audio.SpeechEngine;
import io.github.cameltencent.emulator.cos.ObjectStore;
import io.github.cameltencent.emulator.cos.StoredObject;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * Runs jobs: a dispatcher takes waiting jobs in JobLevel order (2 first, then submission order) whenever one of
 * the queue's MaxConcurrent slots is free, a worker synthesizes and stores the audio, and the job ends no sooner
 * than the processing time after it started, then its callback goes out. The test knobs (fail and hold markers,
 * processing time) live here because they change how a job runs.
 */
final class JobRunner implements AutoCloseable {

    private final ObjectStore objects;
    private final SpeechEngine speech;
    private final UrlInput urlInput;
    private final Queues queues;
    private final JobIndex index;
    private final Consumer<Job> persist;
    private volatile Duration processingTime;
    private volatile String failMarker;
    private volatile String holdMarker;
    private final List<Runnable> held = new ArrayList<>();

    private final PriorityBlockingQueue<Job> waiting = new PriorityBlockingQueue<>(64, JobRunner::priority);
    private final Semaphore slots;
    private final AtomicInteger startCounter = new AtomicInteger();
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final CallbackSender callbacks;
    private final Thread dispatcher;
    private volatile boolean running = true;

    JobRunner(ObjectStore objects, SpeechEngine speech, UrlInput urlInput, Queues queues, JobIndex index,
              Consumer<Job> persist, Duration processingTime, int concurrency, String failMarker) {
        this.objects = objects;
        this.speech = speech;
        this.urlInput = urlInput;
        this.queues = queues;
        this.index = index;
        this.persist = persist;
        this.processingTime = processingTime;
        this.failMarker = failMarker;
        this.slots = new Semaphore(concurrency);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, r -> daemon(r, "ci-emulator-job-" + n.incrementAndGet()));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ci-emulator-scheduler"));
        this.callbacks = new CallbackSender(scheduler);
        this.dispatcher = daemon(this::dispatch, "ci-emulator-dispatcher");
    }

    /** Starts dispatching; called once the restored jobs are queued. */
    void start() {
        dispatcher.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    static int priority(Job a, Job b) {
        return a.jobLevel != b.jobLevel ? Integer.compare(b.jobLevel, a.jobLevel) : Long.compare(a.seq, b.seq);
    }

    static Comparator<Job> priority() {
        return JobRunner::priority;
    }

    void processingTime(Duration d) {
        this.processingTime = d;
    }

    void failMarker(String marker) {
        this.failMarker = marker;
    }

    void holdMarker(String marker) {
        this.holdMarker = marker;
    }

    void releaseHeldJobs() {
        List<Runnable> release;
        synchronized (held) {
            release = new ArrayList<>(held);
            held.clear();
        }
        release.forEach(scheduler::execute);
    }

    /** Offers a Submitted job to the dispatcher, once however often it is offered. */
    void enqueue(Job job) {
        if (job.enqueued.compareAndSet(false, true)) {
            waiting.offer(job);
        }
    }

    private void dispatch() {
        while (running) {
            Job job;
            try {
                slots.acquire();
                job = waiting.take();
            } catch (InterruptedException e) {
                return;
            }
            job.enqueued.set(false);
            CiQueue queue = queues.byId(job.queueId);
            if (queue != null && queue.paused && job.transition(Job.SUBMITTED, Job.PAUSE)) {
                persist.accept(job);
            }
            if (!job.transition(Job.SUBMITTED, Job.RUNNING)) {
                slots.release(); // cancelled or paused while waiting
                continue;
            }
            job.startOrder = startCounter.incrementAndGet();
            persist.accept(job);
            long startedAt = System.nanoTime();
            workers.execute(() -> run(job, startedAt));
        }
    }

    private void run(Job job, long startedAt) {
        XmlNode[] result = null;
        ServiceError failure = null;
        try {
            result = synthesize(job);
        } catch (ServiceError e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new ServiceError(500, "InternalError", "synthesis failed: " + e.getClass().getSimpleName());
        }
        XmlNode[] done = result;
        ServiceError failed = failure;
        long remaining = processingTime.toNanos() - (System.nanoTime() - startedAt);
        Runnable finish = () -> {
            try {
                if (done != null) {
                    job.succeed(done[0], done[1]);
                } else {
                    job.fail(failed.code(), failed.getMessage());
                }
                index.finished(job);
                persist.accept(job);
                notifyFinished(job);
            } finally {
                slots.release();
            }
        };
        String hold = holdMarker;
        if (hold != null && !hold.isEmpty() && job.input.contains(hold)) {
            synchronized (held) {
                held.add(finish);
            }
        } else if (remaining > 0) {
            scheduler.schedule(finish, remaining, TimeUnit.NANOSECONDS);
        } else {
            finish.run();
        }
    }

    /** The job's audio, written to its output object; its MediaInfo and MediaResult. */
    private XmlNode[] synthesize(Job job) {
        String text;
        if ("Url".equals(job.inputType)) {
            try {
                text = urlInput.read(job.input.trim(), job.tpl.isSync());
            } catch (ServiceError e) {
                throw new ServiceError(400, "ResourceNotFound".equals(e.code()) ? "InputObjectNotExist" : e.code(),
                        e.getMessage());
            }
        } else {
            text = job.input;
        }
        String marker = failMarker;
        if (marker != null && !marker.isEmpty() && text.contains(marker)) {
            throw new ServiceError(400, "SynthesisFailed", "the text could not be synthesized (fail marker)");
        }
        byte[] pcm = speech.synthesize(text, job.tpl.voiceType(), job.tpl.speed(), job.tpl.volume());
        EncodedAudio audio = AudioEncoder.encode(pcm, job.tpl.codec());
        StoredObject stored = objects.put(job.outputBucket, job.outputObject, audio.data(), audio.contentType());
        return new XmlNode[] {MediaInfoRenderer.mediaInfo(audio), MediaInfoRenderer.mediaResult(job, stored.md5())};
    }

    private void notifyFinished(Job job) {
        String url = job.callBack;
        String format = job.callBackFormat;
        if ("no".equals(url) || "TDMQ".equals(job.callBackType)) {
            return; // "no" suppresses even the queue's callback; TDMQ delivery is outside the emulator
        }
        CiQueue queue = queues.byId(job.queueId);
        if (url == null && queue != null) {
            url = queue.callbackUrl();
            if (format == null) {
                format = queue.notifyFormat;
            }
        }
        if (url != null) {
            callbacks.send(url, job.toJobsDetail(false), format == null ? "XML" : format);
        }
    }

    long callbackAttempts() {
        return callbacks.attempts();
    }

    long callbacksDelivered() {
        return callbacks.delivered();
    }

    /** Stops running jobs; once it returns nothing writes to the data directory any more. */
    @Override
    public void close() {
        running = false;
        dispatcher.interrupt();
        workers.shutdownNow();
        scheduler.shutdownNow();
        try {
            dispatcher.join(5000);
            workers.awaitTermination(5, TimeUnit.SECONDS);
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
