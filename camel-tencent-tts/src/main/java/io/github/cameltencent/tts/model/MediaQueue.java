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

/** A media-processing queue, where TTS jobs wait. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class MediaQueue {

    private String queueId;
    private String name;
    private String state;
    private NotifyConfig notifyConfig;
    private String maxSize;
    private String maxConcurrent;
    private String category;
    private String bucketId;
    private String createTime;
    private String updateTime;

    public String getQueueId() {
        return queueId;
    }

    public void setQueueId(String queueId) {
        this.queueId = queueId;
    }

    public MediaQueue withQueueId(String queueId) {
        setQueueId(queueId);
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MediaQueue withName(String name) {
        setName(name);
        return this;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public MediaQueue withState(String state) {
        setState(state);
        return this;
    }

    public NotifyConfig getNotifyConfig() {
        return notifyConfig;
    }

    public void setNotifyConfig(NotifyConfig notifyConfig) {
        this.notifyConfig = notifyConfig;
    }

    public MediaQueue withNotifyConfig(NotifyConfig notifyConfig) {
        setNotifyConfig(notifyConfig);
        return this;
    }

    public String getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(String maxSize) {
        this.maxSize = maxSize;
    }

    public MediaQueue withMaxSize(String maxSize) {
        setMaxSize(maxSize);
        return this;
    }

    public String getMaxConcurrent() {
        return maxConcurrent;
    }

    public void setMaxConcurrent(String maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
    }

    public MediaQueue withMaxConcurrent(String maxConcurrent) {
        setMaxConcurrent(maxConcurrent);
        return this;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public MediaQueue withCategory(String category) {
        setCategory(category);
        return this;
    }

    public String getBucketId() {
        return bucketId;
    }

    public void setBucketId(String bucketId) {
        this.bucketId = bucketId;
    }

    public MediaQueue withBucketId(String bucketId) {
        setBucketId(bucketId);
        return this;
    }

    public String getCreateTime() {
        return createTime;
    }

    public void setCreateTime(String createTime) {
        this.createTime = createTime;
    }

    public MediaQueue withCreateTime(String createTime) {
        setCreateTime(createTime);
        return this;
    }

    public String getUpdateTime() {
        return updateTime;
    }

    public void setUpdateTime(String updateTime) {
        this.updateTime = updateTime;
    }

    public MediaQueue withUpdateTime(String updateTime) {
        setUpdateTime(updateTime);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MediaQueue other)) {
            return false;
        }
        return Objects.equals(queueId, other.queueId) && Objects.equals(name, other.name) && Objects.equals(state, other.state) && Objects.equals(notifyConfig, other.notifyConfig) && Objects.equals(maxSize, other.maxSize) && Objects.equals(maxConcurrent, other.maxConcurrent) && Objects.equals(category, other.category) && Objects.equals(bucketId, other.bucketId) && Objects.equals(createTime, other.createTime) && Objects.equals(updateTime, other.updateTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queueId, name, state, notifyConfig, maxSize, maxConcurrent, category, bucketId, createTime, updateTime);
    }

    @Override
    public String toString() {
        return "MediaQueue[queueId=" + queueId + ", name=" + name + ", state=" + state + ", notifyConfig=" + notifyConfig + ", maxSize=" + maxSize + ", maxConcurrent=" + maxConcurrent + ", category=" + category + ", bucketId=" + bucketId + ", createTime=" + createTime + ", updateTime=" + updateTime + "]";
    }
}
