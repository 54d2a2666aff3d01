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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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

        Outcome NONE = new Outcome() {
            @Override
            public void committed(JobsDetail job) {
            }

            @Override
            public void rolledBack(JobsDetail job) {
            }
        };
    }

    private final CiClient client;
    private final IdempotentRepository emitted;
    private final IdempotentRepository inProgress;
    private final boolean download;
    private final int downloadAttempts;
    private final Set<String> allowedBuckets;
    private final Consumer<JobsDetail> finished;
    private final AtomicInteger routing = new AtomicInteger();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong rolledBack = new AtomicLong();

    /**
     * @param allowedBuckets the only output buckets downloads go to (the route's bucket, outputBucket and
     *                       allowedOutputBuckets)
     * @param finished told once per finished job: when a waiting submit gets it, when an emitted exchange commits
     */
    public JobEmitter(CiClient client, IdempotentRepository emitted, IdempotentRepository inProgress,
                      boolean download, int downloadAttempts, Set<String> allowedBuckets,
                      Consumer<JobsDetail> finished) {
        this.allowedBuckets = Set.copyOf(allowedBuckets);
        this.client = client;
        this.emitted = emitted;
        this.inProgress = inProgress;
        this.download = download;
        this.downloadAttempts = downloadAttempts;
        this.finished = finished;
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
        JobTrace.open(exchange, jobs);
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
     */
    public boolean claim(String jobId) {
        boolean claimed;
        try {
            claimed = !emitted.contains(jobId) && inProgress.add(jobId);
        } catch (RuntimeException e) {
            LOG.debug("job {} not claimed: the repository refused ({}); looked at again on the next poll", jobId,
                    e.toString());
            return false;
        }
        if (!claimed) {
            return false;
        }
        boolean emittedElsewhere;
        try {
            emittedElsewhere = emitted.contains(jobId);
        } catch (RuntimeException e) {
            emittedElsewhere = true; // cannot tell: give it back rather than risk a second emission
        }
        if (!emittedElsewhere) {
            return true;
        }
        try {
            release(jobId);
        } catch (RuntimeException e) {
            LOG.warn("job {}: could not release its claim ({}); it is taken again when the claim expires", jobId,
                    e.toString());
        }
        return false;
    }

    /** Gives a claimed job back without routing it (the consumer is stopping, or the poll had enough). */
    public void release(String jobId) {
        inProgress.remove(jobId);
    }

    /**
     * Fills the exchange of a claimed job and ties its completion to the repositories. The future completes when
     * the exchange is ready to route (the download, if any, is done); a failed download is set on the exchange as
     * its exception, so routing it rolls back like any failure.
     */
    public CompletableFuture<Exchange> emit(Exchange exchange, JobsDetail job, ExceptionHandler handler,
                                            Outcome outcome) {
        exchange.setProperty(TencentTtsConstants.JOBS_DETAIL, job);
        routing.incrementAndGet();
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange e) {
                routing.decrementAndGet();
                emitted.add(job.getJobId());
                emitted.confirm(job.getJobId());
                inProgress.remove(job.getJobId());
                committed.incrementAndGet();
                finished.accept(job);
                outcome.committed(job);
            }

            @Override
            public void onFailure(Exchange e) {
                routing.decrementAndGet();
                inProgress.remove(job.getJobId());
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

    /** A job emitted without its audio: Failed and Cancel jobs are emitted too, as themselves. */
    private static CompletableFuture<Void> putJob(Exchange exchange, JobsDetail job) {
        JobTrace.open(exchange, job);
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
