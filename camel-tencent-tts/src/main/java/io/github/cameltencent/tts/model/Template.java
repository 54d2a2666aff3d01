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

/** A TTS template. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class Template {

    private String tag;
    private String templateId;
    private String name;
    private String bucketId;
    private String category;
    private TtsTpl ttsTpl;
    private String createTime;
    private String updateTime;

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Template withTag(String tag) {
        setTag(tag);
        return this;
    }

    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    public Template withTemplateId(String templateId) {
        setTemplateId(templateId);
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Template withName(String name) {
        setName(name);
        return this;
    }

    public String getBucketId() {
        return bucketId;
    }

    public void setBucketId(String bucketId) {
        this.bucketId = bucketId;
    }

    public Template withBucketId(String bucketId) {
        setBucketId(bucketId);
        return this;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Template withCategory(String category) {
        setCategory(category);
        return this;
    }

    public TtsTpl getTtsTpl() {
        return ttsTpl;
    }

    public void setTtsTpl(TtsTpl ttsTpl) {
        this.ttsTpl = ttsTpl;
    }

    public Template withTtsTpl(TtsTpl ttsTpl) {
        setTtsTpl(ttsTpl);
        return this;
    }

    public String getCreateTime() {
        return createTime;
    }

    public void setCreateTime(String createTime) {
        this.createTime = createTime;
    }

    public Template withCreateTime(String createTime) {
        setCreateTime(createTime);
        return this;
    }

    public String getUpdateTime() {
        return updateTime;
    }

    public void setUpdateTime(String updateTime) {
        this.updateTime = updateTime;
    }

    public Template withUpdateTime(String updateTime) {
        setUpdateTime(updateTime);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Template other)) {
            return false;
        }
        return Objects.equals(tag, other.tag) && Objects.equals(templateId, other.templateId) && Objects.equals(name, other.name) && Objects.equals(bucketId, other.bucketId) && Objects.equals(category, other.category) && Objects.equals(ttsTpl, other.ttsTpl) && Objects.equals(createTime, other.createTime) && Objects.equals(updateTime, other.updateTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, templateId, name, bucketId, category, ttsTpl, createTime, updateTime);
    }

    @Override
    public String toString() {
        return "Template[tag=" + tag + ", templateId=" + templateId + ", name=" + name + ", bucketId=" + bucketId + ", category=" + category + ", ttsTpl=" + ttsTpl + ", createTime=" + createTime + ", updateTime=" + updateTime + "]";
    }
}
