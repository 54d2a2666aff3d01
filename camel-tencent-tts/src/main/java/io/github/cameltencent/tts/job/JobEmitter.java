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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.builder.OutputStreamBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.TencentTtsJobFailedException;
import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.submit.AudioJoiner;
import io.github.cameltencent.tts.trace.JobTrace;

/**
 * Puts finished jobs on messages, the same way for everyone: the job as body and headers, or with download the
 * audio (MD5-checked; the pieces of a split text joined) with the job in a header; metrics and counters once per
 * finished job.
 *
 * <p>For the two consumers it also keeps exactly-once: a job is {@link #claim claimed} in the in-progress
 * repository before its exchange is made, and {@link #emit emitting} ties the exchange's completion to the
 * repositories: on completion the job is committed to the idempotent repository, on failure it is released so it
 * is offered again, and the failure goes to the consumer's ExceptionHandler (so bridgeErrorHandler works).
 */
public final class JobEmitter {

    private static final Logger LOG = LoggerFactory.getLogger(JobEmitter.class);

    /** What the consumer's own bookkeeping learns when an emitted exchange completes. */
    public interface Outcome {
        void committed(JobsDetail job);

        void rolledBack(JobsDetail job);

        /** The job was routed but could not be recorded; its claim is kept. Retry with {@link #retryCommit}. */
        default void commitFailed(JobsDetail job, RuntimeException cause) {
        }
    }

    private final CiClient client;
    private final IdempotentRepository emitted;
    private final IdempotentRepository inProgress;
    private final boolean download;
    private final boolean traceInUserData;
    private final int downloadAttempts;
    private final Set<String> allowedBuckets;
    private final Consumer<JobsDetail> finished;
    private final AtomicInteger routing = new AtomicInteger();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong rolledBack = new AtomicLong();
    private final AtomicLong fenced = new AtomicLong();
    /** job id → System.nanoTime() of its claim: a monotonic clock, which goes on while the JVM is stopped */
    private final Map<String, Long> claimedAt = new ConcurrentHashMap<>();
    private final Map<String, String> commitsRetrying = new ConcurrentHashMap<>();
    /** claims to give back once it is safe: job id → when a fresh claim was first seen on it (nanoTime) */
    private final Map<String, Long> releasesDue = new ConcurrentHashMap<>();
    private static final long NOT_SEEN_FRESH = Long.MIN_VALUE;
    private final long claimSafeNanos;
    /**
     * camel-sql's orphan-lock repository at the database's default isolation: two nodes taking over the same dead
     * claim at once would both succeed, so such take-overs are arbitrated through the idempotent repository
     */
    private final boolean arbitrateTakeOvers;
    private final Map<String, Integer> generations = new ConcurrentHashMap<>();
    private final AtomicLong takeOversLost = new AtomicLong();
    private static final int MAX_GENERATIONS = 1000;
    /** when the last look of {@link #beat} that was answered started (nanoTime) */
    private volatile long lastAnswer = System.nanoTime();
    private volatile long stalledAt = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    /**
     * @param allowedBuckets the only output buckets downloads go to (the route's bucket, outputBucket and
     *                       allowedOutputBuckets)
     * @param traceInUserData whether jobs put on a message have the trace envelope taken off their UserData
     * @param finished told once per finished job: when a waiting submit gets it, when an emitted exchange commits
     */
    public JobEmitter(CiClient client, IdempotentRepository emitted, IdempotentRepository inProgress,
                      boolean download, int downloadAttempts, Set<String> allowedBuckets,
                      boolean traceInUserData, Consumer<JobsDetail> finished) {
        this.traceInUserData = traceInUserData;
        this.allowedBuckets = Set.copyOf(allowedBuckets);
        this.client = client;
        this.emitted = emitted;
        this.inProgress = inProgress;
        this.download = download;
        this.downloadAttempts = downloadAttempts;
        this.finished = finished;
        this.claimSafeNanos = claimSafeNanos(inProgress);
        this.arbitrateTakeOvers = ClusterSafety.takeOversNeedArbitration(inProgress);
    }

    private static final String PROBE_KEY = "tencent-tts-probe";

    /**
     * How long a claim is surely this node's. Camel's orphan-lock repository (camel-sql's
     * JdbcOrphanLockAwareIdempotentRepository) lets other nodes take a claim older than lockMaxAgeMillis; it is read
     * as a bean property so that the component needs no camel-sql dependency. Other repositories never hand a claim
     * to another node: 0, no age limit.
     */
    static long claimSafeNanos(IdempotentRepository inProgress) {
        try {
            long maxAge = (Long) inProgress.getClass().getMethod("getLockMaxAgeMillis").invoke(inProgress);
            long keepAlive = (Long) inProgress.getClass().getMethod("getLockKeepAliveIntervalMillis").invoke(
                    inProgress);
            return TimeUnit.MILLISECONDS.toNanos(Math.max(maxAge - keepAlive, maxAge / 2));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    // ------------------------------------------------------------------ delivering (producer and consumers)

    /**
     * Puts ended jobs on the message: one job, or the pieces of a split text in order. The future fails with
     * {@link TencentTtsJobFailedException} when a job did not succeed (the job is still on the message), and with
     * the download's exception when the audio cannot be had.
     *
     * @param requestedBuckets output buckets the waiting submit itself named, downloads may go there too
     */
    public CompletableFuture<Void> deliver(Exchange exchange, List<JobsDetail> jobs, Set<String> requestedBuckets) {
        jobs.forEach(finished);
        return fill(exchange, jobs, requestedBuckets);
    }

    private CompletableFuture<Void> fill(Exchange exchange, List<JobsDetail> jobs, Set<String> extraBuckets) {
        JobTrace.open(exchange, traceInUserData, jobs);
        Message out = exchange.getMessage();
        if (jobs.size() == 1) {
            out.setBody(jobs.get(0));
            JobHeaders.put(out, jobs.get(0));
        } else {
            out.setBody(jobs);
        }
        for (JobsDetail j : jobs) {
            if (!JobState.Success.is(j.getState())) {
                return CompletableFuture.failedFuture(new TencentTtsJobFailedException(j));
            }
        }
        if (jobs.size() > 1) {
            JobHeaders.set(out, TencentTtsConstants.JOB_STATE, JobState.Success.name());
        }
        if (!download) {
            return CompletableFuture.completedFuture(null);
        }
        Set<String> allowed = allowedBuckets(extraBuckets);
        if (jobs.size() == 1) {
            // one job: streamed into a stream-cache body, never whole in memory
            JobsDetail job = jobs.get(0);
            OutputStreamBuilder[] body = new OutputStreamBuilder[1];
            return JobOutput.download(client, job, downloadAttempts, allowed, () -> {
                body[0] = OutputStreamBuilder.withExchange(exchange);
                return body[0];
            }).thenAccept(length -> {
                try {
                    JobOutput.putAudio(exchange, job, body[0].build(), length, outputKey(job));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        // the pieces of a split text are joined, so they are read as bytes
        List<ByteArrayOutputStream> pieces = new ArrayList<>();
        List<CompletableFuture<Long>> downloads = new ArrayList<>();
        for (JobsDetail j : jobs) {
            ByteArrayOutputStream piece = new ByteArrayOutputStream();
            pieces.add(piece);
            downloads.add(JobOutput.download(client, j, downloadAttempts, allowed, () -> {
                piece.reset();
                return piece;
            }));
        }
        return CompletableFuture.allOf(downloads.toArray(CompletableFuture[]::new)).thenAccept(v -> putJoined(
                exchange, jobs, pieces.stream().map(ByteArrayOutputStream::toByteArray).toList()));
    }

    private static String outputKey(JobsDetail job) {
        return JobOutput.outputObject(job);
    }

    private static void putJoined(Exchange exchange, List<JobsDetail> jobs, List<byte[]> audio) {
        JobsDetail first = jobs.get(0);
        String key = outputKey(first);
        String codec = JobOutput.codec(first, key);
        if (AudioJoiner.canJoin(codec)) {
            byte[] joined = AudioJoiner.join(codec, audio);
            JobOutput.putAudio(exchange, first, joined, joined.length, key);
        } else {
            exchange.getMessage().setBody(audio);
        }
        JobHeaders.set(exchange.getMessage(), TencentTtsConstants.JOBS_DETAIL, jobs);
    }

    /** The buckets downloads may go to: the route's own, and those a submit that waits named itself. */
    private Set<String> allowedBuckets(Set<String> extra) {
        if (extra.isEmpty()) {
            return allowedBuckets;
        }
        Set<String> all = new HashSet<>(allowedBuckets);
        all.addAll(extra);
        return all;
    }

    // ------------------------------------------------------------------ emitting (consumers)

    /** Whether the job has been emitted already (by this node or another sharing the repository). */
    public boolean isEmitted(String jobId) {
        return emitted.contains(jobId);
    }

    /**
     * Takes the job for this exchange: false when it is emitted already or being emitted right now elsewhere.
     *
     * <p>With repositories shared by several nodes two things can happen between this node's looks: another node
     * commits the job (a commit adds to the emitted repository before it releases its claim), so the emitted
     * repository is asked again once the claim is held; and a database may refuse the claim with an exception when
     * another node claimed the same job at the same instant (a unique key, a serialization failure). Both are a race
     * lost to another node, not a failed poll: the job is not taken here, and looked at again on the next poll.
     * A repository that cannot be reached at all is another matter: that exception is thrown, so the poll fails
     * (the consumer's poll strategy and health see it) instead of looking like a race lost again and again.
     */
    public boolean claim(String jobId) {
        if (emitted.contains(jobId)) {
            return false;
        }
        int generation = arbitrateTakeOvers ? freeGeneration(jobId) : -1;
        boolean claimed;
        try {
            claimed = inProgress.add(jobId);
        } catch (RuntimeException e) {
            // a race refused by the database, or the database gone: a look tells them apart
            inProgress.contains(jobId);
            LOG.debug("job {} not claimed: the repository refused ({}); looked at again on the next poll", jobId,
                    e.toString());
            return false;
        }
        if (!claimed) {
            return false;
        }
        if (generation >= 0 && !winTakeOver(jobId, generation)) {
            // another node took the same dead claim over at the same instant and won: the claim row is its own now
            return false;
        }
        claimedAt.put(jobId, System.nanoTime());
        releasesDue.remove(jobId); // ours again: a release still due from an earlier claim would undo this one
        boolean emittedElsewhere;
        try {
            emittedElsewhere = emitted.contains(jobId);
        } catch (RuntimeException e) {
            emittedElsewhere = true; // cannot tell: give it back rather than risk a second emission
        }
        if (!emittedElsewhere) {
            return true;
        }
        release(jobId);
        return false;
    }

    /**
     * The generation of the next claim of a job: the first {@code <jobId>~claim~<n>} not in the idempotent
     * repository. Read before the claim, so that two nodes whose claims both succeed (both took over the same dead
     * claim under read committed) read the same generation, and only one of them can insert it.
     */
    private int freeGeneration(String jobId) {
        int n = 0;
        while (n < MAX_GENERATIONS && emitted.contains(arbitrationKey(jobId, n))) {
            n++;
        }
        return n;
    }

    /** The idempotent repository's unique insert decides between two nodes that both took a dead claim over. */
    private boolean winTakeOver(String jobId, int generation) {
        boolean won;
        try {
            won = emitted.add(arbitrationKey(jobId, generation));
        } catch (RuntimeException e) {
            emitted.contains(jobId); // the database gone is the poll's failure; a unique violation is a race lost
            won = false;
        }
        if (won) {
            generations.put(jobId, generation);
        } else {
            takeOversLost.incrementAndGet();
            LOG.debug("job {}: another node took its dead claim over at the same instant; not routed here", jobId);
        }
        return won;
    }

    /** Once the job is committed or given back, its arbitration keys go: the idempotent repository keeps job ids. */
    private void dropArbitration(String jobId) {
        Integer generation = generations.remove(jobId);
        if (generation == null) {
            return;
        }
        try {
            for (int n = 0; n <= generation; n++) {
                emitted.remove(arbitrationKey(jobId, n));
            }
        } catch (RuntimeException e) {
            LOG.debug("job {}: arbitration keys not removed ({}); a later claim of the job removes them", jobId,
                    e.toString());
        }
    }

    static String arbitrationKey(String jobId, int generation) {
        return jobId + "~claim~" + generation;
    }

    /** Take-overs lost to another node at the same instant (arbitrated through the idempotent repository). */
    public long takeOversLost() {
        return takeOversLost.get();
    }

    /**
     * Gives a claim that is surely this node's back without routing the job (the consumer is stopping, the poll had
     * enough, the route failed). A release that fails is tried again later, as a claim no longer sure to be ours:
     * a claim nobody releases would be kept alive by this node's repository for as long as it runs.
     */
    public void release(String jobId) {
        claimedAt.remove(jobId);
        try {
            inProgress.remove(jobId);
            releasesDue.remove(jobId);
            dropArbitration(jobId);
        } catch (RuntimeException e) {
            releasesDue.putIfAbsent(jobId, NOT_SEEN_FRESH);
            LOG.warn("job {}: could not release its claim ({}); tried again on the next poll", jobId, e.toString());
        }
    }

    /**
     * Gives back a claim that may no longer be this node's (it stood still, or its repositories were away, since it
     * claimed the job). The claim row has no owner, so deleting it blindly could delete another node's take-over
     * and let a third node route the job too. It is deleted only once that cannot happen: the job is emitted; or
     * this node claims it again (a fresh insert or an exclusive take-over), which makes the row surely its own; or a
     * claim has stayed fresh on it for longer than a take-over lasts (camel-sql keeps only the claims a node inserted
     * alive, so a claim that stays fresh that long is this node's own keep-alive at work).
     */
    public void releaseSuspect(String jobId) {
        claimedAt.remove(jobId);
        releasesDue.putIfAbsent(jobId, NOT_SEEN_FRESH);
        retryRelease(jobId);
    }

    /** Releases not done yet, tried again (at the start of each poll). */
    public void retryReleases() {
        for (String jobId : List.copyOf(releasesDue.keySet())) {
            retryRelease(jobId);
        }
    }

    private void retryRelease(String jobId) {
        try {
            if (claimSafeNanos == 0 || emitted.contains(jobId)) {
                // nobody else can hold it, or the job is done: deleting the claim row cannot hurt
                release(jobId);
            } else if (claim(jobId)) {
                // no fresh claim was on it: claiming it again (a fresh insert or an exclusive take-over) makes the
                // row surely ours for a moment, and only then is it deleted
                release(jobId);
            } else {
                long now = System.nanoTime();
                long since = releasesDue.compute(jobId, (k, v) -> v == null || v == Long.MIN_VALUE ? now : v);
                if (now - since > 2 * Math.max(claimSafeNanos, TimeUnit.SECONDS.toNanos(1))) {
                    release(jobId);
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("job {}: claim not released yet ({}); tried again on the next poll", jobId, e.toString());
        }
    }

    /**
     * The last look before a claimed job is routed (fencing): it is routed only when the claim is surely still this
     * node's and the job is not emitted yet. A claim is surely ours unless, since it was made, this node stood still
     * for longer than the in-progress repository's {@code lockMaxAgeMillis} less one keep-alive interval (paused,
     * frozen, a long GC: its keep-alive stood still too, so another node may have taken the claim over), or its
     * repositories could not be reached (its keep-alive failed). A long exchange on a live node is not a reason:
     * its keep-alive goes on. A dropped job is released and left to the next poll, which sees it emitted, claimed
     * elsewhere, or free. Only exchanges already routing when the node froze can be routed twice: the stalled-node
     * limit.
     *
     * @return whether to route it; when false the exchange's completion hooks are removed, so it commits nothing
     */
    public boolean fence(Exchange exchange, JobsDetail job) {
        String jobId = job.getJobId();
        // asked before the look below (no I/O: the rest of a batch is not held up by a database that is away) and
        // after it (the look may itself have waited for a database that was away)
        String reason = stale(jobId);
        if (reason == null) {
            try {
                if (emitted.contains(jobId)) {
                    reason = "another node has emitted it meanwhile";
                }
            } catch (RuntimeException e) {
                repositoriesUnreachable();
                reason = "the idempotent repository cannot be reached (" + e + ")";
            }
        }
        if (reason == null) {
            reason = stale(jobId);
        }
        if (reason == null) {
            return true;
        }
        fenced.incrementAndGet();
        LOG.info("job {} not routed: {}; looked at again on the next poll", jobId, reason);
        discard(exchange);
        releaseSuspect(jobId);
        return false;
    }

    private String stale(String jobId) {
        Long at = claimedAt.get(jobId);
        long now = System.nanoTime();
        if (claimSafeNanos > 0 && at != null && (now - lastAnswer > claimSafeNanos || stalledAt - at > 0)) {
            return "since it claimed the job this node stood still, or its repositories did not answer, for longer"
                   + " than a claim is sure to last";
        }
        return null;
    }

    /**
     * The fence's clock, called every {@link #beatIntervalMillis} by the consumer's scheduler: one light look into
     * the in-progress repository. Claims are kept alive through the same database, so while these looks are
     * answered the keep-alive can work too; a gap between two answers longer than a claim is sure to last (the JVM
     * stood still, or the database was away or too slow) means claims made before it may be another node's now.
     */
    public void beat() {
        long start = System.nanoTime();
        try {
            inProgress.contains(PROBE_KEY);
        } catch (RuntimeException e) {
            return; // no answer: the gap grows
        }
        long end = System.nanoTime();
        if (end - lastAnswer > claimSafeNanos) {
            stalledAt = end;
        }
        lastAnswer = start;
    }

    /** The repositories could not be reached: claims made before now may have expired meanwhile. */
    public void repositoriesUnreachable() {
        stalledAt = System.nanoTime();
    }

    /** How often {@link #beat} should run: well inside the time a claim is sure to last, at most once a second. */
    public long beatIntervalMillis() {
        return claimSafeNanos > 0 ? Math.max(10, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(claimSafeNanos) / 5))
                : 0;
    }

    /** An exchange made by {@link #emit} that is not routed after all: it commits and rolls back nothing. */
    public void discard(Exchange exchange) {
        exchange.getExchangeExtension().handoverCompletions();
        routing.decrementAndGet();
    }

    /**
     * Fills the exchange of a claimed job and ties its completion to the repositories. The future completes when
     * the exchange is ready to route (the download, if any, is done); a failed download is set on the exchange as
     * its exception, so routing it rolls back like any failure.
     *
     * <p>A commit that fails (the database away) is not swallowed: the claim is kept (its keep-alive goes on, so no
     * other node takes the job), the cursor keeps the job in flight, and {@link Outcome#commitFailed} is told, whose
     * retries call {@link #retryCommit} until it is written.
     */
    public CompletableFuture<Exchange> emit(Exchange exchange, JobsDetail job, ExceptionHandler handler,
                                            Outcome outcome) {
        exchange.setProperty(TencentTtsConstants.JOBS_DETAIL, job);
        routing.incrementAndGet();
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange e) {
                routing.decrementAndGet();
                try {
                    commit(job, outcome);
                } catch (RuntimeException failure) {
                    commitsRetrying.put(job.getJobId(), failure.toString());
                    LOG.warn("job {} was routed but not recorded as emitted ({}); its claim is kept and the commit"
                             + " is tried again", job.getJobId(), failure.toString());
                    outcome.commitFailed(job, failure);
                }
            }

            @Override
            public void onFailure(Exchange e) {
                routing.decrementAndGet();
                release(job.getJobId());
                rolledBack.incrementAndGet();
                outcome.rolledBack(job);
                Exception cause = e.getException();
                if (cause != null) {
                    handler.handleException("routing finished job " + job.getJobId() + " failed; it is offered"
                                            + " again", e, cause);
                } else {
                    LOG.debug("job {} was rolled back; it is offered again", job.getJobId());
                }
            }
        });
        boolean fetch = download && JobState.Success.is(job.getState());
        CompletableFuture<Void> delivered = fetch ? fill(exchange, List.of(job), Set.of()) : putJob(exchange, job);
        return delivered.handle((v, failure) -> {
            if (failure != null) {
                exchange.setException(CiClient.unwrap(failure));
            }
            return exchange;
        });
    }

    /** Records a routed job as emitted, then gives its claim back: in this order, so no other node takes it between. */
    private void commit(JobsDetail job, Outcome outcome) {
        emitted.add(job.getJobId());
        emitted.confirm(job.getJobId());
        claimedAt.remove(job.getJobId());
        commitsRetrying.remove(job.getJobId());
        committed.incrementAndGet();
        finished.accept(job);
        outcome.committed(job);
        try {
            inProgress.remove(job.getJobId());
            dropArbitration(job.getJobId());
        } catch (RuntimeException e) {
            // recorded as emitted already: no node routes it again; the claim row only has to go
            releasesDue.putIfAbsent(job.getJobId(), NOT_SEEN_FRESH);
        }
    }

    /**
     * Tries a failed commit again; true once it is written. While it fails the claim stays (kept alive by the
     * in-progress repository), so nothing else emits the job meanwhile.
     */
    public boolean retryCommit(JobsDetail job, Outcome outcome) {
        try {
            commit(job, outcome);
            LOG.info("job {} recorded as emitted after a failed commit", job.getJobId());
            return true;
        } catch (RuntimeException e) {
            commitsRetrying.put(job.getJobId(), e.toString());
            return false;
        }
    }

    /** Commits failing right now and being retried: job id to the last failure (for the dev console and health). */
    public Map<String, String> commitsRetrying() {
        return Map.copyOf(commitsRetrying);
    }

    /** Claimed jobs dropped right before routing because the claim could no longer be trusted, since start. */
    public long fenced() {
        return fenced.get();
    }

    /** Probes both repositories; throws what a repository that cannot be reached throws. */
    public void probeRepositories() {
        emitted.contains(PROBE_KEY);
        inProgress.contains(PROBE_KEY);
    }

    /** A job emitted without its audio: Failed and Cancel jobs are emitted too, as themselves. */
    private CompletableFuture<Void> putJob(Exchange exchange, JobsDetail job) {
        JobTrace.open(exchange, traceInUserData, job);
        exchange.getMessage().setBody(job);
        JobHeaders.put(exchange.getMessage(), job);
        return CompletableFuture.completedFuture(null);
    }

    /** Exchanges of emitted jobs being routed right now. */
    public int routing() {
        return routing.get();
    }

    /** Jobs committed as emitted since start. */
    public long committed() {
        return committed.get();
    }

    /** Emitted exchanges that failed and were released since start. */
    public long rolledBack() {
        return rolledBack.get();
    }
}
