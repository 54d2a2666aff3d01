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

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.client.CiResult;
import io.github.cameltencent.tts.client.CiTime;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.ListJobsQuery;

/**
 * Which jobs the consumer has yet to emit, found with a number of API calls that does not grow with history.
 *
 * <p>Two cursors: new jobs are listed from the newest creation time seen ({@code high}); jobs seen while still
 * running are remembered by id and asked about in batches until they end. So one poll costs
 * {@code ceil(new / size) + ceil(pending / 100) + 1} calls at most. The lower bound ({@code low}) is the creation
 * time before which every job is finished and emitted; it is the resume point, kept in a Camel
 * {@link StateRepository} under one key per endpoint (as camel-kafka keeps offsets), so that a restart or another
 * node lists from there instead of from the beginning. The idempotent repository holds job ids only.
 *
 * <p>A poll that fails half-way (the service or a repository unreachable) loses nothing: every finished job it had
 * found is kept for the next poll, and the low never passes a job that is not done.
 */
public final class JobCursor {

    private static final Logger LOG = LoggerFactory.getLogger(JobCursor.class);

    private final CiClient client;
    private final JobTracker tracker;
    private final String bucket;
    private final String queueId;
    private final int size;
    private final StateRepository<String, String> state;
    private final String stateKey;
    private final Instant initialLow;

    private boolean started;
    private Instant high;
    private final Set<String> seenAtHigh = new HashSet<>();
    private final Map<String, Instant> pending = new LinkedHashMap<>();
    private final Map<String, JobsDetail> retry = new LinkedHashMap<>();
    private final Map<String, Instant> inFlight = new HashMap<>();
    private Instant lastListedAt;
    private Instant listFrom;
    private String resumeToken;
    private Instant persisted;

    public JobCursor(CiClient client, JobTracker tracker, String region, String bucket, String queueId, int size,
                     StateRepository<String, String> state, Instant initialLow) {
        this.client = client;
        this.tracker = tracker;
        this.bucket = bucket;
        this.queueId = queueId;
        this.size = size;
        this.state = state;
        this.stateKey = stateKey(region, bucket, queueId);
        this.initialLow = initialLow;
    }

    /** The finished jobs not yet emitted (nor being emitted), oldest first. */
    public synchronized List<JobsDetail> poll() {
        if (!started) {
            Instant stored = restoreLow();
            high = stored != null ? stored : initialLow;
            started = true;
        }
        List<JobsDetail> finished = new ArrayList<>(retry.values());
        retry.clear();
        try {
            listNew(finished);
            checkPending(finished);
        } catch (RuntimeException e) {
            // nothing found so far is dropped: the next poll offers it again
            finished.forEach(j -> retry.put(j.getJobId(), j));
            throw e;
        }
        finished.removeIf(j -> inFlight.containsKey(j.getJobId()));
        persistLow(finished);
        return finished;
    }

    /** Whether the state repository answers: throws what it throws (the readiness check asks). */
    public void probeResumePoint() {
        state.getState(stateKey);
    }

    /** The key of this endpoint's resume point in the state repository. */
    private static String stateKey(String region, String bucket, String queueId) {
        return "tencent-tts/" + region + "/" + bucket + "/" + (queueId == null ? "*" : queueId);
    }

    private void listNew(List<JobsDetail> finished) {
        if (resumeToken == null) {
            // creation times have whole seconds: the second of the newest job seen is listed again, unless the
            // previous listing happened when that second was over (server clock), so nothing new can be in it
            listFrom = lastListedAt != null && !high.isAfter(lastListedAt.minusSeconds(2)) ? high.plusSeconds(1)
                    : high;
        }
        String token = resumeToken;
        Instant listedAt = null;
        while (true) {
            CiResult<JobResponse> result;
            try {
                result = CiClient.join(client.listJobs(bucket, new ListJobsQuery(queueId, null, format(listFrom), null,
                        "Asc", size, token)));
            } catch (CiException e) {
                if (token == null || e.getStatusCode() != 400) {
                    throw e;
                }
                // the service no longer knows the token: start again from the newest job seen
                resumeToken = null;
                lastListedAt = null;
                listFrom = high;
                token = null;
                continue;
            }
            JobResponse page = result.body();
            if (listedAt == null) {
                listedAt = result.serverTime();
            }
            if (page == null) {
                break;
            }
            accept(page.getJobsDetail(), finished);
            String next = page.getNextToken() == null || page.getNextToken().isEmpty() ? null : page.getNextToken();
            if (next == null) {
                // the next poll continues this listing from its last page instead of listing the newest second again
                resumeToken = token;
                break;
            }
            token = next;
        }
        lastListedAt = listedAt;
    }

    private void accept(List<JobsDetail> jobs, List<JobsDetail> finished) {
        for (JobsDetail job : jobs) {
            Instant created = parse(job.getCreationTime());
            if (job.getJobId() == null || created == null || created.isBefore(high)) {
                continue; // listings run in creation order: an older job was taken by an earlier page or poll
            }
            if (created.isAfter(high)) {
                high = created;
                seenAtHigh.clear();
            }
            if (!seenAtHigh.add(job.getJobId())) {
                continue;
            }
            if (JobState.isTerminal(job.getState())) {
                pending.remove(job.getJobId());
                finished.add(job);
            } else {
                pending.put(job.getJobId(), created);
            }
        }
    }

    /** The jobs seen running, asked about through the tracker in batches; jobs the service forgot are dropped. */
    private void checkPending(List<JobsDetail> finished) {
        if (pending.isEmpty()) {
            return;
        }
        JobTracker.Lookup lookup = tracker.lookUp(pending.keySet());
        for (JobsDetail job : lookup.found().values()) {
            if (JobState.isTerminal(job.getState()) && pending.remove(job.getJobId()) != null) {
                finished.add(job);
            }
        }
        lookup.missing().forEach(pending::remove);
    }

    /** The exchange of this job is being routed. */
    public synchronized void started(JobsDetail job) {
        inFlight.put(job.getJobId(), parseOr(job.getCreationTime(), high));
    }

    /** Routed successfully (or skipped as already emitted / not wanted). */
    public synchronized void done(JobsDetail job) {
        inFlight.remove(job.getJobId());
        retry.remove(job.getJobId());
    }

    /** Routing failed: offer it again on the next poll. */
    public synchronized void failed(JobsDetail job) {
        inFlight.remove(job.getJobId());
        retry.put(job.getJobId(), job);
    }

    /** Before this instant every job is finished and emitted. */
    public synchronized Instant low() {
        Instant low = high;
        for (Instant t : pending.values()) {
            low = t.isBefore(low) ? t : low;
        }
        for (Instant t : inFlight.values()) {
            low = t.isBefore(low) ? t : low;
        }
        for (JobsDetail j : retry.values()) {
            Instant t = parseOr(j.getCreationTime(), low);
            low = t.isBefore(low) ? t : low;
        }
        return low;
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    /**
     * Writes the resume point when it moved: the oldest of the low and the jobs this poll hands out (they are not
     * done yet). A failed write is not a failed poll: the previous point stays, which only means a restart lists a
     * little more, and it is written again on the next poll.
     */
    private void persistLow(List<JobsDetail> handedOut) {
        Instant low = low();
        for (JobsDetail j : handedOut) {
            Instant t = parseOr(j.getCreationTime(), low);
            low = t.isBefore(low) ? t : low;
        }
        if (low.equals(persisted)) {
            return;
        }
        try {
            state.setState(stateKey, low.toString());
            persisted = low;
        } catch (RuntimeException e) {
            LOG.debug("resume point {} not written ({}); written again on the next poll", low, e.toString());
        }
    }

    private Instant restoreLow() {
        String stored = state.getState(stateKey);
        if (stored == null || stored.isBlank()) {
            return null;
        }
        persisted = Instant.parse(stored.trim());
        return persisted;
    }

    static String format(Instant t) {
        return CiTime.format(t);
    }

    public static Instant parse(String s) {
        return CiTime.parse(s);
    }

    private static Instant parseOr(String s, Instant dflt) {
        Instant t = parse(s);
        return t == null ? dflt : t;
    }
}
