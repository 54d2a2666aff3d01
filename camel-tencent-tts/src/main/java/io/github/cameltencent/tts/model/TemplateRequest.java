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

/** The body of create and update template: Tag=Tts, a Name and the voice settings. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JacksonXmlRootElement(localName = "Request")
public class TemplateRequest {

    private String tag;
    private String name;
    private String mode;
    private String codec;
    private String voiceType;
    private String volume;
    private String speed;
    private String emotion;

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public TemplateRequest withTag(String tag) {
        setTag(tag);
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TemplateRequest withName(String name) {
        setName(name);
        return this;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public TemplateRequest withMode(String mode) {
        setMode(mode);
        return this;
    }

    public String getCodec() {
        return codec;
    }

    public void setCodec(String codec) {
        this.codec = codec;
    }

    public TemplateRequest withCodec(String codec) {
        setCodec(codec);
        return this;
    }

    public String getVoiceType() {
        return voiceType;
    }

    public void setVoiceType(String voiceType) {
        this.voiceType = voiceType;
    }

    public TemplateRequest withVoiceType(String voiceType) {
        setVoiceType(voiceType);
        return this;
    }

    public String getVolume() {
        return volume;
    }

    public void setVolume(String volume) {
        this.volume = volume;
    }

    public TemplateRequest withVolume(String volume) {
        setVolume(volume);
        return this;
    }

    public String getSpeed() {
        return speed;
    }

    public void setSpeed(String speed) {
        this.speed = speed;
    }

    public TemplateRequest withSpeed(String speed) {
        setSpeed(speed);
        return this;
    }

    public String getEmotion() {
        return emotion;
    }

    public void setEmotion(String emotion) {
        this.emotion = emotion;
    }

    public TemplateRequest withEmotion(String emotion) {
        setEmotion(emotion);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TemplateRequest other)) {
            return false;
        }
        return Objects.equals(tag, other.tag) && Objects.equals(name, other.name) && Objects.equals(mode, other.mode) && Objects.equals(codec, other.codec) && Objects.equals(voiceType, other.voiceType) && Objects.equals(volume, other.volume) && Objects.equals(speed, other.speed) && Objects.equals(emotion, other.emotion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, name, mode, codec, voiceType, volume, speed, emotion);
    }

    @Override
    public String toString() {
        return "TemplateRequest[tag=" + tag + ", name=" + name + ", mode=" + mode + ", codec=" + codec + ", voiceType=" + voiceType + ", volume=" + volume + ", speed=" + speed + ", emotion=" + emotion + "]";
    }
}
