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
package io.github.cameltencent.tts.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.NoSuchJobException;
import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The one place that asks the service how jobs are doing: batched look-ups of at most {@value #BATCH} ids a call
 * ({@code GET /jobs/id1,id2,...}), with the ids the service does not know reported apart.
 *
 * <p>Three users share it. The polling consumer's cursor asks synchronously ({@link #lookUp}) for the jobs it saw
 * running. Submits that wait for completion {@link #watch} their jobs: one scheduled tick asks about every watched
 * job that is due, a batch per call, and each job's interval grows by half up to a ceiling, so waiting holds no
 * thread. The callback consumer {@link #refresh re-reads} the job a callback names: re-reads ride on the next tick,
 * and several callbacks for one job share one look-up, so forged callbacks cannot multiply calls.
 *
 * <p>Answers are handed over on a small pool, never on the tick thread, so a slow route never delays the ticks.
 */
public final class JobTracker extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(JobTracker.class);
    /** The service answers at most this many jobs per look-up. */
    public static final int BATCH = 100;
    /** Consecutive answers without the job after which a watch gives up on it. */
    private static final int MISSES_BEFORE_GONE = 3;

    /** What a watch ends with: the job as last seen (null if never seen), and whether it had ended. */
    public record Watched(JobsDetail job, boolean ended) {
    }

    /** One batched look-up: the jobs found, by id, and the ids the service does not know. */
    public record Lookup(Map<String, JobsDetail> found, Set<String> missing) {
    }

    private static final class Entry {
        final String jobId;
        final long deadline;
        final boolean once;
        final CompletableFuture<Watched> future = new CompletableFuture<>();
        long interval;
        long nextCheck;
        int misses;
        /** A look-up of this entry is under way; written last after the fields above, so the tick sees them. */
        volatile boolean asking;
        /** Written by the answer's thread, read by the tick's when the time is up. */
        volatile JobsDetail last;

        Entry(String jobId, long deadline, long interval, boolean once) {
            this.jobId = jobId;
            this.deadline = deadline;
            this.interval = interval;
            this.once = once;
            this.nextCheck = once ? System.nanoTime() : System.nanoTime() + interval;
        }
    }

    private final CiClient client;
    private final String bucket;
    private final long initialInterval;
    private final long maxInterval;
    private final ScheduledExecutorService ticks;
    private final ExecutorService handOver;
    private final Set<Entry> watching = ConcurrentHashMap.newKeySet();
    private final Map<String, Entry> refreshing = new ConcurrentHashMap<>();
    private boolean ticking;

    /**
     * @param ticks    runs the tick; started with the first watch or re-read
     * @param handOver completes the futures, so callers' continuations never run on the tick thread
     */
    public JobTracker(CiClient client, String bucket, long initialIntervalMillis, long maxIntervalMillis,
                      ScheduledExecutorService ticks, ExecutorService handOver) {
        this.client = client;
        this.bucket = bucket;
        this.initialInterval = TimeUnit.MILLISECONDS.toNanos(Math.max(10, initialIntervalMillis));
        this.maxInterval = TimeUnit.MILLISECONDS.toNanos(Math.max(initialIntervalMillis, maxIntervalMillis));
        this.ticks = ticks;
        this.handOver = handOver;
    }

    // ------------------------------------------------------------------ synchronous look-up (the cursor)

    /** Looks the jobs up now, in batches; for the polling consumer, whose poll answers synchronously anyway. */
    public Lookup lookUp(Collection<String> jobIds) {
        Map<String, JobsDetail> found = new HashMap<>();
        Set<String> missing = new HashSet<>();
        List<String> ids = new ArrayList<>(jobIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            collect(CiClient.join(client.describeJobs(bucket, batch)).body(), found, missing);
        }
        return new Lookup(found, missing);
    }

    private static void collect(JobResponse r, Map<String, JobsDetail> found, Set<String> missing) {
        if (r == null) {
            return;
        }
        for (JobsDetail job : r.getJobsDetail()) {
            if (job.getJobId() != null) {
                found.put(job.getJobId(), job);
            }
        }
        missing.addAll(r.getNonExistJobIds());
    }

    // ------------------------------------------------------------------ watching (waiting submits)

    /**
     * Follows a job until it ends or {@code timeoutMillis} pass. The future completes with the ended job, or with the
     * last state seen when the time is up; exceptionally with {@link NoSuchJobException} when the service keeps
     * saying it does not know the job, or when the tracker stops.
     */
    public CompletableFuture<Watched> watch(String jobId, long timeoutMillis) {
        if (!isRunAllowed()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the endpoint is stopping: job " + jobId
                    + " is not watched"));
        }
        Entry e = new Entry(jobId, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis),
                initialInterval, false);
        watching.add(e);
        startTicking();
        return e.future;
    }

    /**
     * Reads a job once more, on the next tick. Concurrent re-reads of one job share one look-up. Completes with the
     * job as the service reports it, or with null when the service does not know it.
     */
    public CompletableFuture<JobsDetail> refresh(String jobId) {
        if (!isRunAllowed()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the endpoint is stopping: job " + jobId
                    + " is not read again"));
        }
        Entry e = refreshing.computeIfAbsent(jobId, id -> new Entry(id, Long.MAX_VALUE, 0, true));
        startTicking();
        return e.future.thenApply(Watched::job);
    }

    /** Watches and re-reads not yet answered. */
    public int watching() {
        return watching.size() + refreshing.size();
    }

    private synchronized void startTicking() {
        if (ticking || !isRunAllowed()) {
            return;
        }
        long tick = Math.max(10, Math.min(250, TimeUnit.NANOSECONDS.toMillis(initialInterval) / 2));
        ticks.scheduleWithFixedDelay(this::tick, 0, tick, TimeUnit.MILLISECONDS);
        ticking = true;
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            List<Entry> due = new ArrayList<>();
            for (Entry e : watching) {
                // the deadline holds even while a look-up of the job is under way: a slow or held call must not
                // keep a waiting exchange past its waitTimeout
                if (now - e.deadline >= 0) {
                    if (watching.remove(e)) {
                        complete(e, new Watched(e.last, false));
                    }
                } else if (!e.asking && now - e.nextCheck >= 0) {
                    due.add(e);
                }
            }
            for (Entry e : refreshing.values()) {
                if (!e.asking) {
                    due.add(e);
                }
            }
            for (int from = 0; from < due.size(); from += BATCH) {
                ask(due.subList(from, Math.min(due.size(), from + BATCH)));
            }
        } catch (RuntimeException e) {
            LOG.warn("checking TTS jobs failed; trying again on the next tick", e);
        }
    }

    /** One batched call, answered asynchronously: a slow or retried call does not hold the tick. */
    private void ask(List<Entry> batch) {
        List<Entry> entries = List.copyOf(batch);
        entries.forEach(e -> e.asking = true);
        List<String> ids = entries.stream().map(e -> e.jobId).distinct().toList();
        client.describeJobs(bucket, ids).whenComplete((result, failure) -> {
            Map<String, JobsDetail> found = new HashMap<>();
            Set<String> missing = new HashSet<>();
            if (failure == null) {
                collect(result.body(), found, missing);
            } else {
                LOG.debug("looking up {} jobs failed ({}); they are asked again later", ids.size(),
                        CiClient.unwrap(failure) instanceof CiException c ? c.getErrorCode()
                                : failure.getClass().getSimpleName());
            }
            entries.forEach(e -> answer(e, failure == null, found.get(e.jobId), missing.contains(e.jobId)));
        });
    }

    private void answer(Entry e, boolean answered, JobsDetail job, boolean missing) {
        if (e.once) {
            if (answered && refreshing.remove(e.jobId, e)) {
                complete(e, new Watched(job, job != null && JobState.isTerminal(job.getState())));
            }
            e.asking = false; // a failed re-read stays registered and is asked on the next tick
            return;
        }
        if (job != null) {
            e.last = job;
            e.misses = 0;
            if (JobState.isTerminal(job.getState())) {
                if (watching.remove(e)) {
                    complete(e, new Watched(job, true));
                }
                return;
            }
        } else if (missing && ++e.misses >= MISSES_BEFORE_GONE) {
            if (watching.remove(e)) {
                handOver.execute(() -> e.future.completeExceptionally(new NoSuchJobException(e.jobId)));
            }
            return;
        }
        e.interval = Math.min(maxInterval, e.interval + e.interval / 2);
        e.nextCheck = System.nanoTime() + e.interval;
        e.asking = false;
    }

    private void complete(Entry e, Watched w) {
        handOver.execute(() -> e.future.complete(w));
    }

    @Override
    protected void doStop() {
        ticks.shutdownNow();
        IllegalStateException stopped = new IllegalStateException("the endpoint stopped while the job was watched");
        for (Entry e : watching) {
            e.future.completeExceptionally(stopped);
        }
        for (Entry e : refreshing.values()) {
            e.future.completeExceptionally(stopped);
        }
        watching.clear();
        refreshing.clear();
        handOver.shutdown();
    }
}
