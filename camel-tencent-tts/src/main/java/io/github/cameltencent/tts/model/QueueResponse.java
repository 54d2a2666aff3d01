package io.github.cameltencent.tts.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** The answer of UpdateSpeechQueue: the queue as it is now. */
@JacksonXmlRootElement(localName = "Response")
public class QueueResponse {

    private String requestId;
    private MediaQueue queue;

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public MediaQueue getQueue() {
        return queue;
    }

    public void setQueue(MediaQueue queue) {
        this.queue = queue;
    }

    @Override
    public String toString() {
        return "QueueResponse[requestId=" + requestId + ", queue=" + queue + "]";
    }
}
