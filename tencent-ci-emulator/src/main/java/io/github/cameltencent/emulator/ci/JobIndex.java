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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * Every job by id, the unfinished ones, and per bucket the jobs in submission order: what DescribeMediaJob and
 * DescribeMediaJobs read. Submission order is also creation-time order (creation times never go backwards), so a
 * time window maps to a range of sequence numbers and a listing never scans the jobs outside it.
 */
final class JobIndex {

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Job> active = new ConcurrentHashMap<>();
    private final Map<String, BucketJobs> byBucket = new ConcurrentHashMap<>();
    /** The emulator's service clock in epoch millis, the one its Date header and signature check read. */
    private final LongSupplier clock;

    private long lastSeq;
    private long lastMillis;

    /** Jobs of one bucket by submission order, plus an index from creation second to the first job of it. */
    private static final class BucketJobs {
        final ConcurrentSkipListMap<Long, Job> bySeq = new ConcurrentSkipListMap<>();
        final ConcurrentSkipListMap<Long, Long> firstSeqOfSecond = new ConcurrentSkipListMap<>();
    }

    JobIndex(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * Makes and indexes the job a submit asks for, or refuses it with 403 QueueSaturated when its queue already
     * holds MaxSize waiting jobs (counted only when it could be reached: a scan per submit would make long queues
     * slow to fill).
     */
    synchronized Job create(SubmitRequest request, String jobId, String bucket, String region) {
        CiQueue queue = request.queue();
        if (active.size() >= queue.maxSize && waitingIn(queue) >= queue.maxSize) {
            throw new ServiceError(403, "QueueSaturated", "queue " + queue.queueId + " already holds "
                    + queue.maxSize + " waiting jobs");
        }
        // the clock can be set back (a skew test does): creation times still never go backwards
        long now = Math.max(clock.getAsLong(), lastMillis);
        lastMillis = now;
        Job job = request.toJob(jobId, bucket, region, ++lastSeq, Instant.ofEpochMilli(now), clock);
        if (queue.paused) {
            // a paused queue keeps what it receives in state Pause until it is made Active again
            job.transition(Job.SUBMITTED, Job.PAUSE);
        }
        register(job);
        return job;
    }

    /** Indexes a job read back from the data directory; new jobs continue after it. */
    synchronized void restore(Job job) {
        lastSeq = Math.max(lastSeq, job.seq);
        lastMillis = Math.max(lastMillis, job.creationTime.toEpochMilli());
        register(job);
    }

    private void register(Job job) {
        jobs.put(job.jobId, job);
        BucketJobs b = byBucket.computeIfAbsent(job.bucket, k -> new BucketJobs());
        b.bySeq.put(job.seq, job);
        b.firstSeqOfSecond.merge(job.creationTime.getEpochSecond(), job.seq, Math::min);
        if (!job.isTerminal()) {
            active.put(job.jobId, job);
        }
    }

    /** Jobs not yet running in this queue (Submitted or Pause): what MaxSize bounds. */
    private int waitingIn(CiQueue queue) {
        int n = 0;
        for (Job j : active.values()) {
            String s = j.state();
            if (j.queueId.equals(queue.queueId) && (s.equals(Job.SUBMITTED) || s.equals(Job.PAUSE))) {
                n++;
            }
        }
        return n;
    }

    void finished(Job job) {
        active.remove(job.jobId);
    }

    Collection<Job> active() {
        return active.values();
    }

    Job job(String jobId) {
        return jobs.get(jobId);
    }

    /** The job of this bucket, or InvalidArgument naming it. */
    Job require(String bucket, String jobId) {
        Job j = jobs.get(jobId);
        if (j == null || !j.bucket.equals(bucket)) {
            throw ServiceError.invalidArgument("job '" + jobId + "' does not exist");
        }
        return j;
    }

    List<Job> all() {
        List<Job> all = new ArrayList<>(jobs.values());
        all.sort((a, b) -> Long.compare(a.seq, b.seq));
        return all;
    }

    XmlNode describe(String bucket, String ids) {
        XmlNode response = XmlNode.of("Response");
        List<String> missing = new ArrayList<>();
        for (String id : ids.split(",")) {
            Job j = jobs.get(id.trim());
            if (j == null || !j.bucket.equals(bucket)) {
                missing.add(id.trim());
            } else {
                response.add(j.toJobsDetail(false));
            }
        }
        for (String id : missing) {
            response.add("NonExistJobIds", id);
        }
        return response;
    }

    XmlNode list(String bucket, Function<String, String> param) {
        ListQuery q = ListQuery.parse(param);
        XmlNode response = XmlNode.of("Response");
        BucketJobs b = byBucket.get(bucket);
        String next = "";
        if (b != null && q.tag().equals("Tts")) {
            NavigableMap<Long, Job> range = b.bySeq;
            if (q.start() != null) {
                Map.Entry<Long, Long> first = b.firstSeqOfSecond.ceilingEntry(q.start().getEpochSecond());
                range = first == null ? new ConcurrentSkipListMap<>() : range.tailMap(first.getValue(), true);
            }
            if (q.end() != null) {
                Map.Entry<Long, Long> beyond = b.firstSeqOfSecond.higherEntry(q.end().getEpochSecond());
                if (beyond != null) {
                    range = range.headMap(beyond.getValue(), false);
                }
            }
            if (q.after() != null) {
                range = q.asc() ? range.tailMap(q.after(), false) : range.headMap(q.after(), false);
            }
            Collection<Job> ordered = q.asc() ? range.values() : range.descendingMap().values();
            int count = 0;
            Job last = null;
            for (Job j : ordered) {
                if (q.queueId() != null && !q.queueId().equals(j.queueId)
                        || q.states() != null && !q.states().contains(j.state())) {
                    continue;
                }
                if (count == q.size()) {
                    next = Long.toString(last.seq, 36);
                    break;
                }
                response.add(j.toJobsDetail(false));
                last = j;
                count++;
            }
        }
        response.addAlways("NextToken", next);
        return response;
    }

    /** The parameters of DescribeMediaJobs, checked as the service documents them. */
    private record ListQuery(String tag, String queueId, Set<String> states, int size, boolean asc, Instant start,
                             Instant end, Long after) {

        static ListQuery parse(Function<String, String> param) {
            String tag = param.apply("tag");
            if (tag == null || tag.isEmpty()) {
                throw ServiceError.invalidArgument("tag is required");
            }
            int size = 10;
            String sizeParam = TtsTpl.blankToNull(param.apply("size"));
            if (sizeParam != null) {
                try {
                    size = Integer.parseInt(sizeParam);
                } catch (NumberFormatException e) {
                    size = -1;
                }
                if (size < 1 || size > 100) {
                    throw ServiceError.invalidArgument("size must be an integer in [1, 100], got '" + sizeParam
                            + "'");
                }
            }
            String order = TtsTpl.blankToNull(param.apply("orderByTime"));
            if (order != null && !order.equals("Desc") && !order.equals("Asc")) {
                throw ServiceError.invalidArgument("orderByTime must be Desc or Asc, got '" + order + "'");
            }
            String startParam = TtsTpl.blankToNull(param.apply("startCreationTime"));
            String endParam = TtsTpl.blankToNull(param.apply("endCreationTime"));
            String token = TtsTpl.blankToNull(param.apply("nextToken"));
            Long after = null;
            if (token != null) {
                try {
                    after = Long.parseLong(token, 36);
                } catch (NumberFormatException e) {
                    throw ServiceError.invalidArgument("nextToken '" + token + "' is not valid");
                }
            }
            return new ListQuery(tag, TtsTpl.blankToNull(param.apply("queueId")), states(param.apply("states")),
                    size, "Asc".equals(order), startParam == null ? null : CiTime.parse(startParam,
                    "startCreationTime"), endParam == null ? null : CiTime.parse(endParam, "endCreationTime"), after);
        }

        private static Set<String> states(String states) {
            if (states == null || states.isBlank() || states.equals("All")) {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            for (String s : states.split(",")) {
                String t = s.trim();
                switch (t) {
                    case "All" -> {
                        return null;
                    }
                    case Job.SUBMITTED, Job.RUNNING, Job.SUCCESS, Job.FAILED, Job.PAUSE, Job.CANCEL -> out.add(t);
                    default -> throw ServiceError.invalidArgument("states has an unknown state '" + t + "'");
                }
            }
            return out;
        }
    }
}
