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

import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * One queue of a bucket. CI keeps one queue family per service: TTS jobs run in the speech (Smart Audio) family,
 * listed at {@code /asrqueue}; the media-processing family at {@code /queue} is kept so clients that list it still
 * get an answer, but no TTS job ever waits in it. Paused queues hold their waiting jobs in state Pause.
 */
public final class CiQueue {

    /** The queue families the emulator knows, with the path they are served at. */
    public enum Family {
        SPEECH("/asrqueue"), MEDIA("/queue");

        private final String path;

        Family(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    final Family family;
    final String bucket;
    final String queueId;
    final int maxConcurrent;
    final int maxSize;
    final Instant createTime;
    volatile String name;
    volatile boolean paused;
    volatile String notifyUrl = "";
    volatile String notifyType = "Url";
    volatile String notifyEvent = "TaskFinish";
    volatile String notifyState = "Off";
    volatile String notifyFormat = "XML";
    volatile Instant updateTime;

    CiQueue(Family family, String bucket, String queueId, String name, int maxConcurrent, int maxSize,
            Instant createTime) {
        this.family = family;
        this.bucket = bucket;
        this.queueId = queueId;
        this.name = name;
        this.maxConcurrent = maxConcurrent;
        this.maxSize = maxSize;
        this.createTime = createTime;
        this.updateTime = createTime;
    }

    public String queueId() {
        return queueId;
    }

    public String bucket() {
        return bucket;
    }

    public String name() {
        return name;
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    public int maxSize() {
        return maxSize;
    }

    public Family family() {
        return family;
    }

    public boolean isPaused() {
        return paused;
    }

    /** The queue-level callback URL, when its notification is switched on for TaskFinish. */
    String callbackUrl() {
        return "On".equals(notifyState) && notifyUrl != null && !notifyUrl.isEmpty()
                && notifyEvent != null && notifyEvent.contains("TaskFinish") ? notifyUrl : null;
    }

    /**
     * The queue as its family's describe answer shows it. The speech family follows the DescribeSpeechQueues
     * sample (QueueId, Name, State, MaxSize, MaxConcurrent, UpdateTime, CreateTime, NotifyConfig; no Category);
     * the media family keeps the DescribeMediaQueues shape with Category Transcoding.
     */
    XmlNode toXml(String elementName) {
        XmlNode n = XmlNode.of(elementName);
        n.add("QueueId", queueId).addAlways("Name", name).add("State", paused ? "Paused" : "Active");
        if (family == Family.SPEECH) {
            n.add("MaxSize", maxSize).add("MaxConcurrent", maxConcurrent)
                    .add("UpdateTime", CiTime.format(updateTime)).add("CreateTime", CiTime.format(createTime));
            n.add(notifyXml());
        } else {
            n.add(notifyXml());
            n.add("MaxSize", maxSize).add("MaxConcurrent", maxConcurrent).add("Category", "Transcoding")
                    .add("BucketId", bucket).add("CreateTime", CiTime.format(createTime))
                    .add("UpdateTime", CiTime.format(updateTime));
        }
        return n;
    }

    private XmlNode notifyXml() {
        XmlNode notify = XmlNode.of("NotifyConfig");
        notify.addAlways("Url", notifyUrl).add("Type", notifyType).add("State", notifyState)
                .add("Event", notifyEvent).add("ResultFormat", notifyFormat);
        return notify;
    }

    /** What a restart needs: the settings a client can change, plus which bucket and family it belongs to. */
    XmlNode toPersisted() {
        XmlNode n = toXml("Queue");
        n.add("Family", family.name()).add("Bucket", bucket);
        return n;
    }
}
