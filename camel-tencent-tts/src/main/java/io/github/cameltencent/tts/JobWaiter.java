package io.github.cameltencent.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Watches submitted jobs until they end, for exchanges that wait for completion, without a thread per job: one
 * scheduled tick asks about every job that is due, a batch of ids per call, and each job's interval grows by half
 * up to a ceiling. Completions are handed to a small pool so a slow route never delays the ticks.
 */
final class JobWaiter extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(JobWaiter.class);
    private static final int BATCH = 100;

    /** What to do when a job ends or the wait runs out; {@code last} is the latest state seen (may be null). */
    interface Listener {
        void finished(JobsDetail job);

        void timedOut(JobsDetail last);
    }

    private static final class Waiting {
        final String jobId;
        final long deadline;
        final Listener listener;
        long interval;
        long nextCheck;
        JobsDetail last;

        Waiting(String jobId, long deadline, long interval, Listener listener) {
            this.jobId = jobId;
            this.deadline = deadline;
            this.interval = interval;
            this.nextCheck = System.nanoTime() + interval;
            this.listener = listener;
        }
    }

    private final CiClient client;
    private final String bucket;
    private final long initialInterval;
    private final long maxInterval;
    private final ScheduledExecutorService ticks;
    private final ExecutorService completions;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    JobWaiter(CiClient client, String bucket, long initialIntervalMillis, long maxIntervalMillis,
              ScheduledExecutorService ticks, ExecutorService completions) {
        this.client = client;
        this.bucket = bucket;
        this.initialInterval = TimeUnit.MILLISECONDS.toNanos(Math.max(10, initialIntervalMillis));
        this.maxInterval = TimeUnit.MILLISECONDS.toNanos(Math.max(initialIntervalMillis, maxIntervalMillis));
        this.ticks = ticks;
        this.completions = completions;
    }

    @Override
    protected void doStart() {
        long tick = Math.max(10, Math.min(250, TimeUnit.NANOSECONDS.toMillis(initialInterval) / 2));
        ticks.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        ticks.shutdownNow();
        completions.shutdown();
    }

    void watch(String jobId, long timeoutMillis, Listener listener) {
        waiting.put(jobId, new Waiting(jobId, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis),
                initialInterval, listener));
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            List<Waiting> due = new ArrayList<>();
            for (Waiting w : waiting.values()) {
                if (now - w.deadline >= 0) {
                    if (waiting.remove(w.jobId, w)) {
                        completions.execute(() -> w.listener.timedOut(w.last));
                    }
                } else if (now - w.nextCheck >= 0) {
                    due.add(w);
                }
            }
            for (int from = 0; from < due.size(); from += BATCH) {
                check(due.subList(from, Math.min(due.size(), from + BATCH)));
            }
        } catch (RuntimeException e) {
            LOG.warn("checking waiting TTS jobs failed; trying again on the next tick", e);
        }
    }

    private void check(List<Waiting> batch) {
        List<String> ids = batch.stream().map(w -> w.jobId).toList();
        JobResponse r;
        try {
            r = client.describeJobs(bucket, ids).body();
        } catch (CiException e) {
            LOG.debug("describing {} waiting jobs failed ({}); they are asked again later", ids.size(),
                    e.getErrorCode());
            batch.forEach(this::backOff);
            return;
        }
        Map<String, JobsDetail> byId = new ConcurrentHashMap<>();
        if (r != null) {
            r.getJobsDetail().stream().filter(j -> j.getJobId() != null).forEach(j -> byId.put(j.getJobId(), j));
        }
        for (Waiting w : batch) {
            JobsDetail job = byId.get(w.jobId);
            if (job != null) {
                w.last = job;
            }
            if (job != null && JobCursor.isTerminal(job.getState())) {
                if (waiting.remove(w.jobId, w)) {
                    completions.execute(() -> w.listener.finished(job));
                }
            } else {
                backOff(w);
            }
        }
    }

    private void backOff(Waiting w) {
        w.interval = Math.min(maxInterval, w.interval + w.interval / 2);
        w.nextCheck = System.nanoTime() + w.interval;
    }
}
