package io.github.cameltencent.emulator.ci;

import java.time.Instant;

import io.github.cameltencent.emulator.xml.XmlNode;

/** A media-processing queue: where TTS jobs wait. Paused queues hold their waiting jobs in state Pause. */
public final class MediaQueue {

    final String bucket;
    final String queueId;
    volatile String name;
    volatile boolean paused;
    volatile String notifyUrl = "";
    volatile String notifyType = "Url";
    volatile String notifyEvent = "TaskFinish";
    volatile String notifyState = "Off";
    volatile String notifyFormat = "XML";
    final int maxConcurrent;
    final Instant createTime;
    volatile Instant updateTime;

    MediaQueue(String bucket, String queueId, String name, int maxConcurrent, Instant createTime) {
        this.bucket = bucket;
        this.queueId = queueId;
        this.name = name;
        this.maxConcurrent = maxConcurrent;
        this.createTime = createTime;
        this.updateTime = createTime;
    }

    public String queueId() {
        return queueId;
    }

    public boolean isPaused() {
        return paused;
    }

    /** The queue-level callback URL, when its notification is switched on for TaskFinish. */
    String callbackUrl() {
        return "On".equals(notifyState) && notifyUrl != null && !notifyUrl.isEmpty()
                && notifyEvent.contains("TaskFinish") ? notifyUrl : null;
    }

    XmlNode toXml(String elementName) {
        XmlNode n = XmlNode.of(elementName);
        n.add("QueueId", queueId).add("Name", name).add("State", paused ? "Paused" : "Active");
        XmlNode notify = n.addChild("NotifyConfig");
        notify.addAlways("Url", notifyUrl).add("Event", notifyEvent).add("Type", notifyType)
                .add("State", notifyState).add("ResultFormat", notifyFormat);
        n.add("MaxSize", 10000).add("MaxConcurrent", maxConcurrent).add("Category", "Transcoding")
                .add("BucketId", bucket).add("CreateTime", CiTime.format(createTime))
                .add("UpdateTime", CiTime.format(updateTime));
        return n;
    }
}
