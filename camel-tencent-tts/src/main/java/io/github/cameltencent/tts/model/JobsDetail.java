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
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A TTS job as the service reports it (submit, describe, list and callbacks share it). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class JobsDetail {

    private String code;
    private String message;
    private String jobId;
    private String tag;
    private String state;
    private String creationTime;
    private String startTime;
    private String endTime;
    private String queueId;
    private String queueType;
    private String progress;
    private JobOperation operation;
    /*
     * Not service fields (no bean accessors, so Jackson never sees them): set when the trace envelope was taken off
     * this object's UserData (JobTrace.open), so the same object offered again - a consumer retrying a failed
     * exchange with the job it had - keeps its trace and is never opened twice, which would cut a route value that
     * itself looks like an envelope.
     */
    private transient boolean userDataOpened;
    private transient String openedTraceparent;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public JobsDetail withCode(String code) {
        setCode(code);
        return this;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public JobsDetail withMessage(String message) {
        setMessage(message);
        return this;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public JobsDetail withJobId(String jobId) {
        setJobId(jobId);
        return this;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public JobsDetail withTag(String tag) {
        setTag(tag);
        return this;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public JobsDetail withState(String state) {
        setState(state);
        return this;
    }

    public String getCreationTime() {
        return creationTime;
    }

    public void setCreationTime(String creationTime) {
        this.creationTime = creationTime;
    }

    public JobsDetail withCreationTime(String creationTime) {
        setCreationTime(creationTime);
        return this;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public JobsDetail withStartTime(String startTime) {
        setStartTime(startTime);
        return this;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public JobsDetail withEndTime(String endTime) {
        setEndTime(endTime);
        return this;
    }

    public String getQueueId() {
        return queueId;
    }

    public void setQueueId(String queueId) {
        this.queueId = queueId;
    }

    public JobsDetail withQueueId(String queueId) {
        setQueueId(queueId);
        return this;
    }

    public String getQueueType() {
        return queueType;
    }

    public void setQueueType(String queueType) {
        this.queueType = queueType;
    }

    public JobsDetail withQueueType(String queueType) {
        setQueueType(queueType);
        return this;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public JobsDetail withProgress(String progress) {
        setProgress(progress);
        return this;
    }

    public JobOperation getOperation() {
        return operation;
    }

    public void setOperation(JobOperation operation) {
        this.operation = operation;
    }

    public JobsDetail withOperation(JobOperation operation) {
        setOperation(operation);
        return this;
    }

    /**
     * A whole answer or callback body ({@code <Response>[<EventName>]<JobsDetail>...}) read as one JobsDetail, so
     * that {@code unmarshal().jacksonXml(JobsDetail.class)} of a callback gives the job the component emits: the
     * inner job's fields are taken and the envelope's other elements ignored. With several jobs in one answer the
     * last wins; read a {@link JobResponse} for those.
     */
    @JsonSetter("JobsDetail")
    void setEnvelopedJob(JobsDetail inner) {
        if (inner == null) {
            return;
        }
        code = inner.code;
        message = inner.message;
        jobId = inner.jobId;
        tag = inner.tag;
        state = inner.state;
        creationTime = inner.creationTime;
        startTime = inner.startTime;
        endTime = inner.endTime;
        queueId = inner.queueId;
        queueType = inner.queueType;
        progress = inner.progress;
        operation = inner.operation;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JobsDetail other)) {
            return false;
        }
        return Objects.equals(code, other.code) && Objects.equals(message, other.message) && Objects.equals(jobId, other.jobId) && Objects.equals(tag, other.tag) && Objects.equals(state, other.state) && Objects.equals(creationTime, other.creationTime) && Objects.equals(startTime, other.startTime) && Objects.equals(endTime, other.endTime) && Objects.equals(queueId, other.queueId) && Objects.equals(queueType, other.queueType) && Objects.equals(progress, other.progress) && Objects.equals(getOperation(), other.getOperation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message, jobId, tag, state, creationTime, startTime, endTime, queueId, queueType, progress, getOperation());
    }

    @Override
    public String toString() {
        return "JobsDetail[code=" + code + ", message=" + message + ", jobId=" + jobId + ", tag=" + tag + ", state=" + state + ", creationTime=" + creationTime + ", startTime=" + startTime + ", endTime=" + endTime + ", queueId=" + queueId + ", queueType=" + queueType + ", progress=" + progress + ", operation=" + getOperation() + "]";
    }

    /** Whether the trace envelope was already taken off this object's UserData (the component's bookkeeping). */
    public boolean userDataOpened() {
        return userDataOpened;
    }

    /** The traceparent the envelope carried when it was taken off, or null. */
    public String openedTraceparent() {
        return openedTraceparent;
    }

    /** Marks the envelope as taken off, with the trace it carried (null for none). */
    public void markUserDataOpened(String traceparent) {
        this.userDataOpened = true;
        this.openedTraceparent = traceparent;
    }
}
