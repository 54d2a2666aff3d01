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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * One TTS job: what was asked (validated and normalised at submit time), where it stands, and, once done, what
 * it produced. State changes happen under the job's own monitor.
 */
public final class Job {

    public static final String SUBMITTED = "Submitted";
    public static final String RUNNING = "Running";
    public static final String SUCCESS = "Success";
    public static final String FAILED = "Failed";
    public static final String PAUSE = "Pause";
    public static final String CANCEL = "Cancel";

    final String jobId;
    final String bucket;
    final String region;
    final long seq;
    final Instant creationTime;
    final String queueId;
    final int jobLevel;
    final String templateId;
    final String templateName;
    final TtsTpl tpl;
    /** Whether the request carried a TtsTpl: answers echo it only then, as the documented samples do. */
    final boolean echoTpl;
    final String inputType;
    final String input;
    final String outputRegion;
    final String outputBucket;
    final String outputObject;
    final String userData;
    final String callBack;
    final String callBackFormat;
    final String callBackType;
    final XmlNode callBackMqConfig;
    /** The emulator's service clock (epoch millis): start and end times follow it, as the creation time does. */
    private final LongSupplier clock;

    private String state = SUBMITTED;
    private String code = "Success";
    private String message = "";
    private Instant startTime;
    private Instant endTime;
    private XmlNode mediaInfo;
    private XmlNode mediaResult;
    volatile int startOrder;
    final AtomicBoolean enqueued = new AtomicBoolean();

    Job(String jobId, String bucket, String region, long seq, Instant creationTime, String queueId, int jobLevel,
        String templateId, String templateName, TtsTpl tpl, boolean echoTpl, String inputType, String input,
        String outputRegion,
        String outputBucket, String outputObject, String userData, String callBack, String callBackFormat,
        String callBackType, XmlNode callBackMqConfig, LongSupplier clock) {
        this.jobId = jobId;
        this.bucket = bucket;
        this.region = region;
        this.seq = seq;
        this.creationTime = creationTime;
        this.queueId = queueId;
        this.jobLevel = jobLevel;
        this.templateId = templateId;
        this.templateName = templateName;
        this.tpl = tpl;
        this.echoTpl = echoTpl;
        this.inputType = inputType;
        this.input = input;
        this.outputRegion = outputRegion;
        this.outputBucket = outputBucket;
        this.outputObject = outputObject;
        this.userData = userData;
        this.callBack = callBack;
        this.callBackFormat = callBackFormat;
        this.callBackType = callBackType;
        this.callBackMqConfig = callBackMqConfig;
        this.clock = clock;
    }

    public String jobId() {
        return jobId;
    }

    public String bucket() {
        return bucket;
    }

    public synchronized String state() {
        return state;
    }

    public synchronized String code() {
        return code;
    }

    public synchronized String message() {
        return message;
    }

    public int jobLevel() {
        return jobLevel;
    }

    public String input() {
        return input;
    }

    public String outputObject() {
        return outputObject;
    }

    public Instant creationTime() {
        return creationTime;
    }

    public String queueId() {
        return queueId;
    }

    /** The request-level callback settings, as submitted (null when absent). */
    public String callBack() {
        return callBack;
    }

    public String callBackFormat() {
        return callBackFormat;
    }

    public String callBackType() {
        return callBackType;
    }

    public XmlNode callBackMqConfig() {
        return callBackMqConfig == null ? null : callBackMqConfig.copy();
    }

    public String inputType() {
        return inputType;
    }

    /** The effective voice settings: the job's own TtsTpl, or its template's. */
    public TtsTpl tpl() {
        return tpl;
    }

    public String templateId() {
        return templateId;
    }

    public String templateName() {
        return templateName;
    }

    public String outputBucket() {
        return outputBucket;
    }

    /** When the job started running; null while it has not. */
    public synchronized Instant startTime() {
        return startTime;
    }

    /** When the job ended (succeeded, failed or was cancelled); null while it has not. */
    public synchronized Instant endTime() {
        return endTime;
    }

    /** The produced audio's length in seconds as its MediaInfo reports it; null until the job succeeded. */
    public synchronized String audioDuration() {
        return mediaInfo == null ? null : mediaInfo.path("Format").get("Duration");
    }

    /** Order in which jobs started running (1 = first); 0 while not started. For priority tests. */
    public int startOrder() {
        return startOrder;
    }

    public synchronized boolean isTerminal() {
        return state.equals(SUCCESS) || state.equals(FAILED) || state.equals(CANCEL);
    }

    synchronized boolean transition(String from, String to) {
        if (!state.equals(from)) {
            return false;
        }
        state = to;
        if (to.equals(RUNNING)) {
            startTime = now();
        }
        if (to.equals(CANCEL)) {
            endTime = now();
        }
        return true;
    }

    synchronized void succeed(XmlNode mediaInfo, XmlNode mediaResult) {
        this.state = SUCCESS;
        this.mediaInfo = mediaInfo;
        this.mediaResult = mediaResult;
        this.endTime = now();
    }

    synchronized void fail(String code, String message) {
        this.state = FAILED;
        this.code = code;
        this.message = message;
        this.endTime = now();
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.getAsLong());
    }

    /**
     * The job as the service shows it, in the element order of the Submit TTS Task response sample: Code, Message,
     * JobId, State, times, QueueId, QueueType (Speeching: TTS runs in the speech queues), Tag, Operation.
     * {@code submitView} renders not-yet-known times as "-".
     */
    public synchronized XmlNode toJobsDetail(boolean submitView) {
        XmlNode d = XmlNode.of("JobsDetail");
        d.addAlways("Code", code).addAlways("Message", message).add("JobId", jobId).add("State", state)
                .add("CreationTime", CiTime.format(creationTime))
                .addAlways("StartTime", startTime == null ? (submitView ? "-" : "") : CiTime.format(startTime))
                .addAlways("EndTime", endTime == null ? (submitView ? "-" : "") : CiTime.format(endTime))
                .add("QueueId", queueId).add("QueueType", "Speeching").add("Tag", "Tts");
        XmlNode op = d.addChild("Operation");
        if (templateId != null) {
            op.add("TemplateId", templateId).add("TemplateName", templateName);
        }
        if (echoTpl || templateId == null) {
            op.add(tpl.toXml("TtsTpl"));
        }
        op.addChild("TtsConfig").add("Input", input).add("InputType", inputType);
        op.addChild("Output").add("Region", outputRegion).add("Bucket", outputBucket).add("Object", outputObject);
        if (mediaInfo != null) {
            op.add(mediaInfo.copy());
        }
        if (mediaResult != null) {
            op.add(mediaResult.copy());
        }
        op.addAlways("UserData", userData == null ? "" : userData).add("JobLevel", jobLevel);
        return d;
    }

    /** Everything needed to restore the job after a restart of an emulator with a data directory. */
    synchronized XmlNode toPersisted() {
        XmlNode p = XmlNode.of("PersistedJob");
        p.add("Bucket", bucket).add("Region", region).add("Seq", seq)
                .add("CreationMillis", creationTime.toEpochMilli())
                .add("StartMillis", startTime == null ? null : startTime.toEpochMilli())
                .add("EndMillis", endTime == null ? null : endTime.toEpochMilli())
                .add("CallBack", callBack).add("CallBackFormat", callBackFormat).add("CallBackType", callBackType)
                .add("EchoTtsTpl", echoTpl);
        // the effective voice settings, also when the answer shows only a TemplateId
        p.add(tpl.toXml("EffectiveTtsTpl"));
        if (callBackMqConfig != null) {
            p.add(callBackMqConfig.copy());
        }
        p.add(toJobsDetail(false));
        return p;
    }

    static Job fromPersisted(XmlNode p, LongSupplier clock) {
        XmlNode d = p.child("JobsDetail");
        XmlNode op = d.child("Operation");
        // older data dirs always stored the effective TtsTpl; the template's settings were folded into it
        XmlNode tplNode = p.child("EffectiveTtsTpl") != null ? p.child("EffectiveTtsTpl") : op.child("TtsTpl");
        TtsTpl tpl = TtsTpl.parse(tplNode == null ? XmlNode.of("TtsTpl") : tplNode, "TtsTpl");
        boolean echo = p.get("EchoTtsTpl") == null || Boolean.parseBoolean(p.get("EchoTtsTpl"));
        String jl = op.get("JobLevel");
        Job j = new Job(d.get("JobId"), p.get("Bucket"), p.get("Region"), Long.parseLong(p.get("Seq")),
                Instant.ofEpochMilli(Long.parseLong(p.get("CreationMillis"))), d.get("QueueId"),
                jl == null ? 0 : Integer.parseInt(jl), op.get("TemplateId"), op.get("TemplateName"), tpl, echo,
                op.path("TtsConfig").get("InputType"), op.path("TtsConfig").get("Input"),
                op.path("Output").get("Region"), op.path("Output").get("Bucket"), op.path("Output").get("Object"),
                TtsTpl.blankToNull(op.get("UserData")), p.get("CallBack"), p.get("CallBackFormat"),
                p.get("CallBackType"), p.child("CallBackMqConfig"), clock);
        j.state = d.get("State");
        j.code = d.get("Code");
        j.message = d.get("Message");
        if (p.get("StartMillis") != null) {
            j.startTime = Instant.ofEpochMilli(Long.parseLong(p.get("StartMillis")));
        }
        if (p.get("EndMillis") != null) {
            j.endTime = Instant.ofEpochMilli(Long.parseLong(p.get("EndMillis")));
        }
        j.mediaInfo = op.child("MediaInfo");
        j.mediaResult = op.child("MediaResult");
        return j;
    }
}
