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

/** The Operation of a TTS job: the voice (TemplateId or TtsTpl), the input, the output and, once done, the result. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class JobOperation {

    private String templateId;
    private String templateName;
    private TtsTpl ttsTpl;
    private TtsConfig ttsConfig;
    private Output output;
    private MediaInfo mediaInfo;
    private MediaResult mediaResult;
    private String userData;
    private String jobLevel;

    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    public JobOperation withTemplateId(String templateId) {
        setTemplateId(templateId);
        return this;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public JobOperation withTemplateName(String templateName) {
        setTemplateName(templateName);
        return this;
    }

    public TtsTpl getTtsTpl() {
        return ttsTpl;
    }

    public void setTtsTpl(TtsTpl ttsTpl) {
        this.ttsTpl = ttsTpl;
    }

    public JobOperation withTtsTpl(TtsTpl ttsTpl) {
        setTtsTpl(ttsTpl);
        return this;
    }

    public TtsConfig getTtsConfig() {
        return ttsConfig;
    }

    public void setTtsConfig(TtsConfig ttsConfig) {
        this.ttsConfig = ttsConfig;
    }

    public JobOperation withTtsConfig(TtsConfig ttsConfig) {
        setTtsConfig(ttsConfig);
        return this;
    }

    public Output getOutput() {
        return output;
    }

    public void setOutput(Output output) {
        this.output = output;
    }

    public JobOperation withOutput(Output output) {
        setOutput(output);
        return this;
    }

    public MediaInfo getMediaInfo() {
        return mediaInfo;
    }

    public void setMediaInfo(MediaInfo mediaInfo) {
        this.mediaInfo = mediaInfo;
    }

    public JobOperation withMediaInfo(MediaInfo mediaInfo) {
        setMediaInfo(mediaInfo);
        return this;
    }

    public MediaResult getMediaResult() {
        return mediaResult;
    }

    public void setMediaResult(MediaResult mediaResult) {
        this.mediaResult = mediaResult;
    }

    public JobOperation withMediaResult(MediaResult mediaResult) {
        setMediaResult(mediaResult);
        return this;
    }

    public String getUserData() {
        return userData;
    }

    public void setUserData(String userData) {
        this.userData = userData;
    }

    public JobOperation withUserData(String userData) {
        setUserData(userData);
        return this;
    }

    public String getJobLevel() {
        return jobLevel;
    }

    public void setJobLevel(String jobLevel) {
        this.jobLevel = jobLevel;
    }

    public JobOperation withJobLevel(String jobLevel) {
        setJobLevel(jobLevel);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JobOperation other)) {
            return false;
        }
        return Objects.equals(templateId, other.templateId) && Objects.equals(templateName, other.templateName) && Objects.equals(ttsTpl, other.ttsTpl) && Objects.equals(ttsConfig, other.ttsConfig) && Objects.equals(output, other.output) && Objects.equals(mediaInfo, other.mediaInfo) && Objects.equals(mediaResult, other.mediaResult) && Objects.equals(userData, other.userData) && Objects.equals(jobLevel, other.jobLevel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(templateId, templateName, ttsTpl, ttsConfig, output, mediaInfo, mediaResult, userData, jobLevel);
    }

    @Override
    public String toString() {
        return "JobOperation[templateId=" + templateId + ", templateName=" + templateName + ", ttsTpl=" + ttsTpl + ", ttsConfig=" + ttsConfig + ", output=" + output + ", mediaInfo=" + mediaInfo + ", mediaResult=" + mediaResult + ", userData=" + userData + ", jobLevel=" + jobLevel + "]";
    }
}
