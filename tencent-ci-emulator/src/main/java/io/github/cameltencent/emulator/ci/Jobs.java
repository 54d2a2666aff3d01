package io.github.cameltencent.emulator.ci;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.audio.AudioEncoder;
import io.github.cameltencent.emulator.audio.EncodedAudio;
import io.github.cameltencent.emulator.audio.SpeechEngine;
import io.github.cameltencent.emulator.cos.ObjectStore;
import io.github.cameltencent.emulator.cos.StoredObject;
import io.github.cameltencent.emulator.http.HttpRequest;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * The jobs room: TTS jobs from submission to their end. Jobs wait in their speech queue and run on a small pool in
 * JobLevel order (2 first), each taking at least the configured processing time, and write real audio into the
 * object store. Pausing a queue holds its waiting jobs in state Pause; resuming offers them again.
 */
public final class Jobs implements Queues.Listener, AutoCloseable {

    public static final int TEXT_LIMIT = 300;
    public static final int SYNC_URL_LIMIT = 300;
    public static final int ASYNC_URL_LIMIT = 10_000;
    public static final int URL_INPUT_MAX_BYTES = 10 * 1024 * 1024;
    public static final int USER_DATA_LIMIT = 1024;

    private static final Pattern COS_URL = Pattern.compile(
            "https?://([a-z0-9][a-z0-9-]*-\\d+)\\.cos\\.([a-z0-9-]+)\\.myqcloud\\.com/(.+)");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9-]*-\\d+");

    private final ObjectStore objects;
    private final SpeechEngine speech;
    private final Templates templates;
    private final Queues queues;
    private final Persistence persistence;
    private volatile Duration processingTime;
    private volatile String failMarker;
    private volatile String holdMarker;
    private final List<Runnable> held = new ArrayList<>();

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Job> active = new ConcurrentHashMap<>();
    private final Map<String, BucketJobs> byBucket = new ConcurrentHashMap<>();

    private final Object seqLock = new Object();
    private long lastSeq;
    private long lastMillis;

    private final PriorityBlockingQueue<Job> waiting = new PriorityBlockingQueue<>(64,
            (a, b) -> a.jobLevel != b.jobLevel ? Integer.compare(b.jobLevel, a.jobLevel) : Long.compare(a.seq, b.seq));
    private final Semaphore slots;
    private final AtomicInteger startCounter = new AtomicInteger();
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final CallbackSender callbacks;
    private final Thread dispatcher;
    private volatile boolean running = true;

    /** Jobs of one bucket by submission order, plus an index from creation second to the first job of it. */
    private static final class BucketJobs {
        final ConcurrentSkipListMap<Long, Job> bySeq = new ConcurrentSkipListMap<>();
        final ConcurrentSkipListMap<Long, Long> firstSeqOfSecond = new ConcurrentSkipListMap<>();
    }

    Jobs(ObjectStore objects, SpeechEngine speech, Templates templates, Queues queues, Persistence persistence,
         Duration processingTime, int concurrency, String failMarker) {
        this.objects = objects;
        this.speech = speech;
        this.templates = templates;
        this.queues = queues;
        this.persistence = persistence;
        this.processingTime = processingTime;
        this.failMarker = failMarker;
        this.slots = new Semaphore(concurrency);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, r -> daemon(r, "ci-emulator-job-" + n.incrementAndGet()));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ci-emulator-scheduler"));
        this.callbacks = new CallbackSender(scheduler);
        queues.listener(this);
        restore();
        this.dispatcher = daemon(this::dispatch, "ci-emulator-dispatcher");
        this.dispatcher.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
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
        release.forEach(r -> scheduler.execute(r));
    }

    public XmlNode submit(String bucket, String region, XmlNode request) {
        if (!"Request".equals(request.name())) {
            throw ServiceError.invalidContent("the root element must be Request");
        }
        String tag = request.get("Tag");
        if (!"Tts".equals(tag)) {
            throw ServiceError.invalidArgument("Tag must be Tts (the emulator only runs TTS jobs), got '" + tag + "'");
        }
        XmlNode op = request.child("Operation");
        if (op == null) {
            throw ServiceError.invalidArgument("Operation is required");
        }
        String templateId = TtsTpl.blankToNull(op.get("TemplateId"));
        TtsTpl tpl;
        String templateName = null;
        if (templateId != null) {
            // TemplateId wins over an inline TtsTpl, as the service documents
            Template t = templates.find(bucket, templateId);
            if (t == null) {
                throw ServiceError.invalidArgument("TemplateId '" + templateId + "' does not exist");
            }
            tpl = t.tpl();
            templateName = t.name();
        } else if (op.child("TtsTpl") != null) {
            tpl = TtsTpl.parse(op.child("TtsTpl"), "TtsTpl", templates.voices());
        } else {
            throw ServiceError.invalidArgument("Operation needs a TemplateId or a TtsTpl");
        }
        XmlNode cfg = op.child("TtsConfig");
        if (cfg == null) {
            throw ServiceError.invalidArgument("TtsConfig is required");
        }
        String inputType = cfg.get("InputType");
        String input = cfg.child("Input") == null ? null : cfg.child("Input").text();
        if (input == null || input.isEmpty()) {
            throw ServiceError.invalidArgument("TtsConfig.Input is required");
        }
        if ("Text".equals(inputType)) {
            int chars = input.codePointCount(0, input.length());
            if (chars > TEXT_LIMIT) {
                throw ServiceError.invalidArgument("TtsConfig.Input has " + chars + " characters; Text input allows "
                        + TEXT_LIMIT);
            }
        } else if ("Url".equals(inputType)) {
            readUrlInput(input.trim(), tpl.isSync());
        } else {
            throw ServiceError.invalidArgument("TtsConfig.InputType must be Text or Url, got '" + inputType + "'");
        }
        XmlNode out = op.child("Output");
        if (out == null) {
            throw ServiceError.invalidArgument("Output is required");
        }
        String outRegion = TtsTpl.blankToNull(out.get("Region"));
        String outBucket = TtsTpl.blankToNull(out.get("Bucket"));
        String outObject = TtsTpl.blankToNull(out.get("Object"));
        if (outRegion == null || outBucket == null || outObject == null) {
            throw ServiceError.invalidArgument("Output needs Region, Bucket and Object");
        }
        if (!BUCKET.matcher(outBucket).matches()) {
            throw ServiceError.invalidArgument("Output.Bucket must be BucketName-APPID, got '" + outBucket + "'");
        }
        String userData = op.child("UserData") == null ? null : op.child("UserData").text();
        if (userData != null && !userData.isEmpty()) {
            if (userData.length() > USER_DATA_LIMIT) {
                throw ServiceError.invalidArgument("UserData is " + userData.length() + " characters; the limit is "
                        + USER_DATA_LIMIT);
            }
            for (int i = 0; i < userData.length(); i++) {
                char c = userData.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    throw ServiceError.invalidArgument("UserData must be printable ASCII");
                }
            }
        } else {
            userData = null;
        }
        String level = TtsTpl.blankToNull(op.get("JobLevel"));
        int jobLevel = 0;
        if (level != null) {
            if (!level.equals("0") && !level.equals("1") && !level.equals("2")) {
                throw ServiceError.invalidArgument("JobLevel must be 0, 1 or 2, got '" + level + "'");
            }
            jobLevel = Integer.parseInt(level);
        }
        String queueId = TtsTpl.blankToNull(request.get("QueueId"));
        CiQueue queue = queueId == null ? queues.speechQueue(bucket) : queues.byId(queueId);
        if (queue == null || !queue.bucket.equals(bucket)) {
            throw ServiceError.invalidArgument("QueueId '" + queueId + "' does not exist");
        }
        if (queue.family != CiQueue.Family.SPEECH) {
            // TTS is a Smart Audio feature: its jobs run in the speech queues (/asrqueue), never in /queue
            throw ServiceError.invalidArgument("QueueId '" + queueId + "' is a media-processing queue; TTS jobs run "
                    + "in the bucket's speech queue (GET /asrqueue)");
        }
        String callBack = TtsTpl.blankToNull(request.get("CallBack"));
        if (callBack != null && !callBack.equals("no") && !callBack.startsWith("http://")
                && !callBack.startsWith("https://")) {
            throw ServiceError.invalidArgument("CallBack must be an http(s) URL or 'no'");
        }
        String callBackFormat = TtsTpl.blankToNull(request.get("CallBackFormat"));
        if (callBackFormat != null && !callBackFormat.equals("XML") && !callBackFormat.equals("JSON")) {
            throw ServiceError.invalidArgument("CallBackFormat must be XML or JSON, got '" + callBackFormat + "'");
        }
        String callBackType = TtsTpl.blankToNull(request.get("CallBackType"));
        XmlNode mq = request.child("CallBackMqConfig");
        if (callBackType != null && !callBackType.equals("Url") && !callBackType.equals("TDMQ")) {
            throw ServiceError.invalidArgument("CallBackType must be Url or TDMQ, got '" + callBackType + "'");
        }
        if ("TDMQ".equals(callBackType)) {
            if (mq == null) {
                throw ServiceError.invalidArgument("CallBackMqConfig is required when CallBackType is TDMQ");
            }
            String mqRegion = mq.get("MqRegion");
            String mqMode = mq.get("MqMode");
            if (mqRegion == null || !Set.of("sh", "bj", "gz", "cd", "hk").contains(mqRegion)) {
                throw ServiceError.invalidArgument("CallBackMqConfig.MqRegion must be sh, bj, gz, cd or hk");
            }
            // MqMode defaults to Queue (structure doc), so only a present value is checked
            if (mqMode != null && !mqMode.isEmpty() && !(mqMode.equals("Queue") || mqMode.equals("Topic"))) {
                throw ServiceError.invalidArgument("CallBackMqConfig.MqMode must be Queue or Topic");
            }
            if (TtsTpl.blankToNull(mq.get("MqName")) == null) {
                throw ServiceError.invalidArgument("CallBackMqConfig.MqName is required");
            }
        }

        long seq;
        Instant created;
        Job job;
        synchronized (seqLock) {
            // QueueSaturated (403) is CI's answer when a queue holds MaxSize waiting jobs already
            // counted only when it could be reached: a scan per submit would make long queues slow to fill
            if (active.size() >= queue.maxSize && waitingIn(queue) >= queue.maxSize) {
                throw new ServiceError(403, "QueueSaturated", "queue " + queue.queueId + " already holds "
                        + queue.maxSize + " waiting jobs");
            }
            // creation times never go backwards in submission order, so time windows map to seq ranges
            long now = Math.max(System.currentTimeMillis(), lastMillis);
            lastMillis = now;
            seq = ++lastSeq;
            created = Instant.ofEpochMilli(now);
            job = new Job(Ids.newId("j"), bucket, region, seq, created, queue.queueId, jobLevel, templateId,
                    templateName, tpl, op.child("TtsTpl") != null, inputType, input, outRegion, outBucket, outObject,
                    userData, callBack, callBackFormat, callBackType, mq == null ? null : mq.copy());
            if (queue.paused) {
                // a paused queue keeps what it receives in state Pause until it is made Active again
                job.transition(Job.SUBMITTED, Job.PAUSE);
            }
            register(job);
        }
        persist(job);
        // rendered before the job can start: the service answers a submit with State Submitted (or Pause)
        XmlNode response = XmlNode.of("Response");
        response.add(job.toJobsDetail(true));
        if (Job.SUBMITTED.equals(job.state())) {
            enqueue(job);
        }
        return response;
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

    private void register(Job job) {
        jobs.put(job.jobId, job);
        BucketJobs b = byBucket.computeIfAbsent(job.bucket, k -> new BucketJobs());
        b.bySeq.put(job.seq, job);
        b.firstSeqOfSecond.merge(job.creationTime.getEpochSecond(), job.seq, Math::min);
        if (!job.isTerminal()) {
            active.put(job.jobId, job);
        }
    }

    private void enqueue(Job job) {
        if (job.enqueued.compareAndSet(false, true)) {
            waiting.offer(job);
        }
    }

    /** Reads a Url input the way the service does: a COS object, UTF-8, within the size and character limits. */
    private String readUrlInput(String url, boolean sync) {
        Matcher m = COS_URL.matcher(url);
        if (!m.matches()) {
            throw ServiceError.invalidArgument("TtsConfig.Input must be a COS object URL "
                    + "(https://<BucketName-APPID>.cos.<Region>.myqcloud.com/<key>), got '" + url + "'");
        }
        String key = HttpRequest.percentDecode(m.group(3));
        StoredObject o = objects.get(m.group(1), key);
        if (o == null) {
            throw new ServiceError(400, "ResourceNotFound", "the input object " + url + " does not exist");
        }
        if (o.size() > URL_INPUT_MAX_BYTES) {
            throw ServiceError.invalidArgument("the input object is " + o.size() + " bytes; the limit is 10 MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(o.data())).toString();
        } catch (CharacterCodingException e) {
            throw ServiceError.invalidArgument("the input object is not UTF-8 text");
        }
        int limit = sync ? SYNC_URL_LIMIT : ASYNC_URL_LIMIT;
        int chars = text.codePointCount(0, text.length());
        if (chars > limit) {
            throw ServiceError.invalidArgument("the input object has " + chars + " characters; " + (sync ? "Sync"
                    : "Asyc") + " mode allows " + limit);
        }
        if (text.isBlank()) {
            throw ServiceError.invalidArgument("the input object is empty");
        }
        return text;
    }

    public XmlNode describeJob(String bucket, String ids) {
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

    public XmlNode listJobs(String bucket, Function<String, String> param) {
        String tag = param.apply("tag");
        if (tag == null || tag.isEmpty()) {
            throw ServiceError.invalidArgument("tag is required");
        }
        String queueId = TtsTpl.blankToNull(param.apply("queueId"));
        Set<String> states = parseStates(param.apply("states"));
        int size = 10;
        String sizeParam = TtsTpl.blankToNull(param.apply("size"));
        if (sizeParam != null) {
            try {
                size = Integer.parseInt(sizeParam);
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > 100) {
                throw ServiceError.invalidArgument("size must be an integer in [1, 100], got '" + sizeParam + "'");
            }
        }
        String order = TtsTpl.blankToNull(param.apply("orderByTime"));
        boolean asc;
        if (order == null || order.equals("Desc")) {
            asc = false;
        } else if (order.equals("Asc")) {
            asc = true;
        } else {
            throw ServiceError.invalidArgument("orderByTime must be Desc or Asc, got '" + order + "'");
        }
        String startParam = TtsTpl.blankToNull(param.apply("startCreationTime"));
        String endParam = TtsTpl.blankToNull(param.apply("endCreationTime"));
        Instant start = startParam == null ? null : CiTime.parse(startParam, "startCreationTime");
        Instant end = endParam == null ? null : CiTime.parse(endParam, "endCreationTime");
        String token = TtsTpl.blankToNull(param.apply("nextToken"));
        Long after = null;
        if (token != null) {
            try {
                after = Long.parseLong(token, 36);
            } catch (NumberFormatException e) {
                throw ServiceError.invalidArgument("nextToken '" + token + "' is not valid");
            }
        }

        XmlNode response = XmlNode.of("Response");
        BucketJobs b = byBucket.get(bucket);
        String next = "";
        if (b != null && tag.equals("Tts")) {
            NavigableMap<Long, Job> range = b.bySeq;
            if (start != null) {
                Map.Entry<Long, Long> first = b.firstSeqOfSecond.ceilingEntry(start.getEpochSecond());
                range = first == null ? new ConcurrentSkipListMap<>() : range.tailMap(first.getValue(), true);
            }
            if (end != null) {
                Map.Entry<Long, Long> beyond = b.firstSeqOfSecond.higherEntry(end.getEpochSecond());
                if (beyond != null) {
                    range = range.headMap(beyond.getValue(), false);
                }
            }
            if (after != null) {
                range = asc ? range.tailMap(after, false) : range.headMap(after, false);
            }
            Collection<Job> ordered = asc ? range.values() : range.descendingMap().values();
            int count = 0;
            Job last = null;
            for (Job j : ordered) {
                if (queueId != null && !queueId.equals(j.queueId)) {
                    continue;
                }
                if (states != null && !states.contains(j.state())) {
                    continue;
                }
                if (count == size) {
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

    private static Set<String> parseStates(String states) {
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

    public void cancel(String bucket, String jobId) {
        Job j = jobs.get(jobId);
        if (j == null || !j.bucket.equals(bucket)) {
            throw ServiceError.invalidArgument("job '" + jobId + "' does not exist");
        }
        if (j.transition(Job.SUBMITTED, Job.CANCEL) || j.transition(Job.PAUSE, Job.CANCEL)) {
            active.remove(j.jobId);
            persist(j);
            return;
        }
        throw ServiceError.invalidArgument("job '" + jobId + "' is " + j.state() + " and can no longer be cancelled");
    }

    // ================================================================== running jobs

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
                persist(job);
            }
            if (!job.transition(Job.SUBMITTED, Job.RUNNING)) {
                slots.release(); // cancelled or paused while waiting
                continue;
            }
            job.startOrder = startCounter.incrementAndGet();
            persist(job);
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
                active.remove(job.jobId);
                persist(job);
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

    private XmlNode[] synthesize(Job job) {
        String text;
        if ("Url".equals(job.inputType)) {
            try {
                text = readUrlInput(job.input.trim(), job.tpl.isSync());
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

        XmlNode info = XmlNode.of("MediaInfo");
        String duration = String.format(Locale.ROOT, "%.6f", audio.durationSeconds());
        info.addChild("Format").add("NumStream", 1).add("NumProgram", 0).add("FormatName", audio.formatName())
                .add("FormatLongName", audio.formatLongName()).add("StartTime", "0.000000")
                .add("Duration", duration).add("Bitrate", String.format(Locale.ROOT, "%.6f",
                        audio.bitrate() / 1000.0)).add("Size", audio.data().length);
        XmlNode stream = info.addChild("Stream");
        stream.addChild("Audio").add("Index", 0).add("CodecName", audio.codecName())
                .add("CodecLongName", audio.codecLongName()).add("CodecTimeBase", "1/" + audio.sampleRate())
                .add("CodecTagString", "[0][0][0][0]").add("CodecTag", "0x0000").add("SampleFmt", audio.sampleFmt())
                .add("SampleRate", audio.sampleRate()).add("Channel", audio.channels())
                .add("ChannelLayout", "mono").add("Timebase", "1/" + audio.sampleRate())
                .add("StartTime", "0.000000").add("Duration", duration).add("Bitrate", String.format(Locale.ROOT,
                        "%.6f", audio.bitrate() / 1000.0)).addAlways("Language", "");
        stream.addAlways("Video", "");
        stream.addAlways("Subtitle", "");

        XmlNode result = XmlNode.of("MediaResult");
        XmlNode file = result.addChild("OutputFile");
        file.add("Bucket", job.outputBucket).add("Region", job.outputRegion).add("ObjectName", job.outputObject)
                .addAlways("ObjectPrefix", "");
        file.addChild("Md5Info").add("ObjectName", job.outputObject).add("Md5", stored.md5());
        return new XmlNode[] {info, result};
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

    // ================================================================== queue state changes

    @Override
    public void paused(CiQueue q) {
        for (Job j : active.values()) {
            if (j.queueId.equals(q.queueId) && j.transition(Job.SUBMITTED, Job.PAUSE)) {
                persist(j);
            }
        }
    }

    @Override
    public void resumed(CiQueue q) {
        List<Job> resumed = new ArrayList<>();
        for (Job j : active.values()) {
            if (j.queueId.equals(q.queueId) && j.transition(Job.PAUSE, Job.SUBMITTED)) {
                persist(j);
                resumed.add(j);
            }
        }
        // the dispatcher may take a job the moment it is offered: offer in priority order so it takes the right one
        resumed.sort(waiting.comparator());
        resumed.forEach(this::enqueue);
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
            restored.add(Job.fromPersisted(n));
        }
        restored.sort((a, b) -> Long.compare(a.seq, b.seq));
        for (Job j : restored) {
            synchronized (seqLock) {
                lastSeq = Math.max(lastSeq, j.seq);
                lastMillis = Math.max(lastMillis, j.creationTime.toEpochMilli());
            }
            queues.speechQueue(j.bucket);
            // a job that was running when the emulator stopped starts over
            j.transition(Job.RUNNING, Job.SUBMITTED);
            register(j);
            if (Job.SUBMITTED.equals(j.state())) {
                enqueue(j);
            }
        }
    }

    public Job job(String jobId) {
        return jobs.get(jobId);
    }

    public List<Job> all() {
        List<Job> all = new ArrayList<>(jobs.values());
        all.sort((a, b) -> Long.compare(a.seq, b.seq));
        return all;
    }

    long callbackAttempts() {
        return callbacks.attempts();
    }

    long callbacksDelivered() {
        return callbacks.delivered();
    }

    @Override
    public void close() {
        running = false;
        dispatcher.interrupt();
        workers.shutdownNow();
        scheduler.shutdownNow();
        try {
            // once close returns nothing writes to the data directory any more
            dispatcher.join(5000);
            workers.awaitTermination(5, TimeUnit.SECONDS);
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
