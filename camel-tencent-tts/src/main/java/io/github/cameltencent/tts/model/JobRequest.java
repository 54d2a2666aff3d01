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

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** The body of a submit (POST /jobs): Tag=Tts, the Operation, and the optional queue and callback settings. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JacksonXmlRootElement(localName = "Request")
public class JobRequest {

    private String tag;
    private String queueId;
    private String callBack;
    private String callBackFormat;
    private String callBackType;
    private CallBackMqConfig callBackMqConfig;
    private JobOperation operation;

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public JobRequest withTag(String tag) {
        setTag(tag);
        return this;
    }

    public String getQueueId() {
        return queueId;
    }

    public void setQueueId(String queueId) {
        this.queueId = queueId;
    }

    public JobRequest withQueueId(String queueId) {
        setQueueId(queueId);
        return this;
    }

    public String getCallBack() {
        return callBack;
    }

    public void setCallBack(String callBack) {
        this.callBack = callBack;
    }

    public JobRequest withCallBack(String callBack) {
        setCallBack(callBack);
        return this;
    }

    public String getCallBackFormat() {
        return callBackFormat;
    }

    public void setCallBackFormat(String callBackFormat) {
        this.callBackFormat = callBackFormat;
    }

    public JobRequest withCallBackFormat(String callBackFormat) {
        setCallBackFormat(callBackFormat);
        return this;
    }

    public String getCallBackType() {
        return callBackType;
    }

    public void setCallBackType(String callBackType) {
        this.callBackType = callBackType;
    }

    public JobRequest withCallBackType(String callBackType) {
        setCallBackType(callBackType);
        return this;
    }

    public CallBackMqConfig getCallBackMqConfig() {
        return callBackMqConfig;
    }

    public void setCallBackMqConfig(CallBackMqConfig callBackMqConfig) {
        this.callBackMqConfig = callBackMqConfig;
    }

    public JobRequest withCallBackMqConfig(CallBackMqConfig callBackMqConfig) {
        setCallBackMqConfig(callBackMqConfig);
        return this;
    }

    public JobOperation getOperation() {
        return operation;
    }

    public void setOperation(JobOperation operation) {
        this.operation = operation;
    }

    public JobRequest withOperation(JobOperation operation) {
        setOperation(operation);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JobRequest other)) {
            return false;
        }
        return Objects.equals(tag, other.tag) && Objects.equals(queueId, other.queueId) && Objects.equals(callBack, other.callBack) && Objects.equals(callBackFormat, other.callBackFormat) && Objects.equals(callBackType, other.callBackType) && Objects.equals(callBackMqConfig, other.callBackMqConfig) && Objects.equals(operation, other.operation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, queueId, callBack, callBackFormat, callBackType, callBackMqConfig, operation);
    }

    @Override
    public String toString() {
        return "JobRequest[tag=" + tag + ", queueId=" + queueId + ", callBack=" + callBack + ", callBackFormat=" + callBackFormat + ", callBackType=" + callBackType + ", callBackMqConfig=" + callBackMqConfig + ", operation=" + operation + "]";
    }
}
