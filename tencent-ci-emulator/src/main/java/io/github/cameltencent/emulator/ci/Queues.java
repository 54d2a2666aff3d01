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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.cos.ObjectStore;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * The queues room: every bucket has one speech queue (where its TTS jobs wait, {@code /asrqueue}) and one media
 * queue ({@code /queue}, kept for clients that list it). Ids are derived from the bucket so they survive restarts.
 */
public final class Queues {

    /** Told when a client pauses or resumes a queue, so the jobs room can move waiting jobs. */
    interface Listener {
        void paused(CiQueue queue);

        void resumed(CiQueue queue);
    }

    /** UpdateSpeechQueue: Chinese characters, letters, digits, _, - and *, at most 128. */
    private static final Pattern SPEECH_QUEUE_NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_\\-*]{1,128}");
    private static final Set<String> NOTIFY_EVENTS = Set.of("TaskFinish", "WorkflowFinish");

    private final Persistence persistence;
    private final int concurrency;
    private final int maxSize;
    private final Map<String, CiQueue> byId = new ConcurrentHashMap<>();
    private final Map<String, CiQueue> speech = new ConcurrentHashMap<>();
    private final Map<String, CiQueue> media = new ConcurrentHashMap<>();
    private volatile Listener listener;

    Queues(Persistence persistence, int concurrency, int maxSize) {
        this.persistence = persistence;
        this.concurrency = concurrency;
        this.maxSize = maxSize;
    }

    void listener(Listener l) {
        this.listener = l;
    }

    /** The bucket's speech queue: where every TTS job without a QueueId goes. */
    public CiQueue speechQueue(String bucket) {
        return speech.computeIfAbsent(bucket, b -> create(CiQueue.Family.SPEECH, b, "asrqueue:", "speech-queue"));
    }

    /** The bucket's media-processing queue (id formula unchanged from earlier versions, so data dirs still load). */
    public CiQueue mediaQueue(String bucket) {
        return media.computeIfAbsent(bucket, b -> create(CiQueue.Family.MEDIA, b, "queue:", "queue-1"));
    }

    private CiQueue create(CiQueue.Family family, String bucket, String seed, String name) {
        String id = "p" + ObjectStore.md5Hex((seed + bucket).getBytes(StandardCharsets.UTF_8));
        CiQueue q = new CiQueue(family, bucket, id, name, concurrency, maxSize, Instant.now());
        byId.put(id, q);
        return q;
    }

    /** Every queue the emulator has made so far, by bucket, speech queue first. */
    public List<CiQueue> all() {
        List<CiQueue> all = new ArrayList<>(byId.values());
        all.sort(java.util.Comparator.comparing(CiQueue::bucket).thenComparing(CiQueue::family));
        return all;
    }

    CiQueue byId(String queueId) {
        return queueId == null ? null : byId.get(queueId);
    }

    private CiQueue queue(CiQueue.Family family, String bucket) {
        return family == CiQueue.Family.SPEECH ? speechQueue(bucket) : mediaQueue(bucket);
    }

    /** DescribeSpeechQueues / DescribeMediaQueues: queueIds, state, pageNumber, pageSize (+ category for media). */
    public XmlNode describe(CiQueue.Family family, String bucket, Function<String, String> param) {
        CiQueue q = queue(family, bucket);
        String ids = TtsTpl.blankToNull(param.apply("queueIds"));
        String state = TtsTpl.blankToNull(param.apply("state"));
        int pageNumber = Params.positive(param.apply("pageNumber"), 1, "pageNumber");
        int pageSize = Params.positive(param.apply("pageSize"), 10, "pageSize");
        if (state != null && !state.equals("Active") && !state.equals("Paused") && !state.equals("All")) {
            throw ServiceError.invalidArgument("state must be Active or Paused, got '" + state + "'");
        }
        boolean categoryOk = true;
        if (family == CiQueue.Family.MEDIA) {
            String category = TtsTpl.blankToNull(param.apply("category"));
            if (category != null && !Set.of("CateAll", "Transcoding", "SpeedTranscoding").contains(category)) {
                throw ServiceError.invalidArgument("category must be CateAll, Transcoding or SpeedTranscoding");
            }
            categoryOk = category == null || !category.equals("SpeedTranscoding");
        }
        List<String> nonExist = new ArrayList<>();
        List<CiQueue> matching = new ArrayList<>();
        if (ids != null) {
            for (String raw : ids.split(",")) {
                String id = raw.trim();
                if (id.equals(q.queueId)) {
                    matching.add(q);
                } else if (!id.isEmpty()) {
                    nonExist.add(id);
                }
            }
        } else {
            matching.add(q);
        }
        boolean keep = categoryOk;
        matching.removeIf(m -> !keep || (state != null && !state.equals("All")
                && state.equals("Paused") != m.paused));
        XmlNode r = XmlNode.of("Response");
        r.add("RequestId", Ids.newId("")).add("TotalCount", matching.size()).add("PageNumber", pageNumber)
                .add("PageSize", pageSize);
        int from = (pageNumber - 1) * pageSize;
        for (int i = from; i < Math.min(matching.size(), from + pageSize); i++) {
            r.add(matching.get(i).toXml("QueueList"));
        }
        if (!nonExist.isEmpty()) {
            XmlNode ne = r.addChild("NonExistPIDs");
            nonExist.forEach(id -> ne.add("QueueID", id));
        }
        return r;
    }

    /** UpdateSpeechQueue / UpdateMediaQueue; the answer is {@code <Response><RequestId/><Queue/></Response>}. */
    public XmlNode update(CiQueue.Family family, String bucket, String queueId, XmlNode request) {
        CiQueue q = byId(queueId);
        if (q == null || !q.bucket.equals(bucket) || q.family != family) {
            throw ServiceError.invalidArgument("queue '" + queueId + "' does not exist in " + family.path());
        }
        if (!"Request".equals(request.name())) {
            throw ServiceError.invalidContent("the root element must be Request");
        }
        String name = TtsTpl.blankToNull(request.get("Name"));
        String state = TtsTpl.blankToNull(request.get("State"));
        XmlNode notify = request.child("NotifyConfig");
        if (family == CiQueue.Family.SPEECH) {
            // the UpdateSpeechQueue document marks Name, State and NotifyConfig required
            if (name == null || !SPEECH_QUEUE_NAME.matcher(name).matches()) {
                throw ServiceError.invalidArgument("Name is required: 1 to 128 of Chinese characters, letters, "
                        + "digits, _, - and *");
            }
            if (state == null) {
                throw ServiceError.invalidArgument("State is required: Active or Paused");
            }
            if (notify == null) {
                throw ServiceError.invalidArgument("NotifyConfig is required");
            }
            String bodyId = TtsTpl.blankToNull(request.get("QueueID"));
            if (bodyId != null && !bodyId.equals(queueId)) {
                throw ServiceError.invalidArgument("QueueID '" + bodyId + "' differs from the queue in the path");
            }
        }
        if (state != null && !state.equals("Active") && !state.equals("Paused")) {
            throw ServiceError.invalidArgument("State must be Active or Paused, got '" + state + "'");
        }
        if (notify != null) {
            applyNotify(q, notify, family == CiQueue.Family.SPEECH);
        }
        if (name != null) {
            q.name = name;
        }
        Listener l = listener;
        if ("Paused".equals(state) && !q.paused) {
            q.paused = true;
            if (l != null) {
                l.paused(q);
            }
        } else if ("Active".equals(state) && q.paused) {
            q.paused = false;
            if (l != null) {
                l.resumed(q);
            }
        }
        q.updateTime = Instant.now();
        persistence.save("queues", q.queueId, q.toPersisted());
        return XmlNode.of("Response").add("RequestId", Ids.newId("")).add(q.toXml("Queue"));
    }

    private static void applyNotify(CiQueue q, XmlNode notify, boolean strict) {
        String ns = TtsTpl.blankToNull(notify.get("State"));
        if (ns != null && !ns.equals("On") && !ns.equals("Off")) {
            throw ServiceError.invalidArgument("NotifyConfig.State must be On or Off");
        }
        String format = TtsTpl.blankToNull(notify.get("ResultFormat"));
        if (format != null && !format.equals("XML") && !format.equals("JSON")) {
            throw ServiceError.invalidArgument("NotifyConfig.ResultFormat must be XML or JSON");
        }
        String type = TtsTpl.blankToNull(notify.get("Type"));
        if (type != null && !type.equals("Url") && !type.equals("TDMQ")) {
            throw ServiceError.invalidArgument("NotifyConfig.Type must be Url or TDMQ");
        }
        String event = TtsTpl.blankToNull(notify.get("Event"));
        if (event != null) {
            for (String e : event.split(",")) {
                if (!NOTIFY_EVENTS.contains(e.trim())) {
                    throw ServiceError.invalidArgument("NotifyConfig.Event must be TaskFinish and/or WorkflowFinish");
                }
            }
        }
        if (strict && "On".equals(ns) && (event == null || type == null)) {
            throw ServiceError.invalidArgument("NotifyConfig.Event and NotifyConfig.Type are required when "
                    + "NotifyConfig.State is On");
        }
        String url = notify.get("Url");
        if (url != null) {
            q.notifyUrl = url;
        }
        if (ns != null) {
            q.notifyState = ns;
        }
        if (format != null) {
            q.notifyFormat = format;
        }
        if (event != null) {
            q.notifyEvent = event;
        }
        if (type != null) {
            q.notifyType = type;
        }
    }

    /** Reads back queue settings saved by {@link #update}; files without a Family are media queues (older dirs). */
    void restore() {
        for (XmlNode n : persistence.loadAll("queues")) {
            String bucket = n.get("Bucket") != null ? n.get("Bucket") : n.get("BucketId");
            if (bucket == null) {
                continue;
            }
            CiQueue q = "SPEECH".equals(n.get("Family")) ? speechQueue(bucket) : mediaQueue(bucket);
            q.name = n.get("Name");
            q.paused = "Paused".equals(n.get("State"));
            XmlNode notify = n.child("NotifyConfig");
            if (notify != null) {
                q.notifyUrl = notify.get("Url");
                q.notifyState = notify.get("State");
                q.notifyFormat = notify.get("ResultFormat");
                q.notifyEvent = notify.get("Event");
                if (notify.get("Type") != null) {
                    q.notifyType = notify.get("Type");
                }
            }
        }
    }
}
