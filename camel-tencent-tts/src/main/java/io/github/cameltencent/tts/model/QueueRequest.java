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
package io.github.cameltencent.tts.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The body of UpdateSpeechQueue (PUT /asrqueue/QueueId). The document marks Name, State and NotifyConfig required,
 * so an update sends all three; QueueID repeats the id in the path, as the older document shows.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JacksonXmlRootElement(localName = "Request")
public class QueueRequest {

    private String name;
    private String queueId;
    private String state;
    private NotifyConfig notifyConfig;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public QueueRequest withName(String name) {
        setName(name);
        return this;
    }

    @JsonProperty("QueueID")
    public String getQueueId() {
        return queueId;
    }

    @JsonProperty("QueueID")
    public void setQueueId(String queueId) {
        this.queueId = queueId;
    }

    public QueueRequest withQueueId(String queueId) {
        setQueueId(queueId);
        return this;
    }

    /** Active or Paused. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public QueueRequest withState(String state) {
        setState(state);
        return this;
    }

    public NotifyConfig getNotifyConfig() {
        return notifyConfig;
    }

    public void setNotifyConfig(NotifyConfig notifyConfig) {
        this.notifyConfig = notifyConfig;
    }

    public QueueRequest withNotifyConfig(NotifyConfig notifyConfig) {
        setNotifyConfig(notifyConfig);
        return this;
    }

    @Override
    public String toString() {
        return "QueueRequest[name=" + name + ", queueId=" + queueId + ", state=" + state + "]";
    }
}
