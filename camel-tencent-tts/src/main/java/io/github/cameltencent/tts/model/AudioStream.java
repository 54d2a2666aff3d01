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

/** Audio stream facts of the output audio. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class AudioStream {

    private String index;
    private String codecName;
    private String codecLongName;
    private String codecTimeBase;
    private String codecTagString;
    private String codecTag;
    private String sampleFmt;
    private String sampleRate;
    private String channel;
    private String channelLayout;
    private String timebase;
    private String startTime;
    private String duration;
    private String bitrate;
    private String language;

    public String getIndex() {
        return index;
    }

    public void setIndex(String index) {
        this.index = index;
    }

    public AudioStream withIndex(String index) {
        setIndex(index);
        return this;
    }

    public String getCodecName() {
        return codecName;
    }

    public void setCodecName(String codecName) {
        this.codecName = codecName;
    }

    public AudioStream withCodecName(String codecName) {
        setCodecName(codecName);
        return this;
    }

    public String getCodecLongName() {
        return codecLongName;
    }

    public void setCodecLongName(String codecLongName) {
        this.codecLongName = codecLongName;
    }

    public AudioStream withCodecLongName(String codecLongName) {
        setCodecLongName(codecLongName);
        return this;
    }

    public String getCodecTimeBase() {
        return codecTimeBase;
    }

    public void setCodecTimeBase(String codecTimeBase) {
        this.codecTimeBase = codecTimeBase;
    }

    public AudioStream withCodecTimeBase(String codecTimeBase) {
        setCodecTimeBase(codecTimeBase);
        return this;
    }

    public String getCodecTagString() {
        return codecTagString;
    }

    public void setCodecTagString(String codecTagString) {
        this.codecTagString = codecTagString;
    }

    public AudioStream withCodecTagString(String codecTagString) {
        setCodecTagString(codecTagString);
        return this;
    }

    public String getCodecTag() {
        return codecTag;
    }

    public void setCodecTag(String codecTag) {
        this.codecTag = codecTag;
    }

    public AudioStream withCodecTag(String codecTag) {
        setCodecTag(codecTag);
        return this;
    }

    public String getSampleFmt() {
        return sampleFmt;
    }

    public void setSampleFmt(String sampleFmt) {
        this.sampleFmt = sampleFmt;
    }

    public AudioStream withSampleFmt(String sampleFmt) {
        setSampleFmt(sampleFmt);
        return this;
    }

    public String getSampleRate() {
        return sampleRate;
    }

    public void setSampleRate(String sampleRate) {
        this.sampleRate = sampleRate;
    }

    public AudioStream withSampleRate(String sampleRate) {
        setSampleRate(sampleRate);
        return this;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public AudioStream withChannel(String channel) {
        setChannel(channel);
        return this;
    }

    public String getChannelLayout() {
        return channelLayout;
    }

    public void setChannelLayout(String channelLayout) {
        this.channelLayout = channelLayout;
    }

    public AudioStream withChannelLayout(String channelLayout) {
        setChannelLayout(channelLayout);
        return this;
    }

    public String getTimebase() {
        return timebase;
    }

    public void setTimebase(String timebase) {
        this.timebase = timebase;
    }

    public AudioStream withTimebase(String timebase) {
        setTimebase(timebase);
        return this;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public AudioStream withStartTime(String startTime) {
        setStartTime(startTime);
        return this;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public AudioStream withDuration(String duration) {
        setDuration(duration);
        return this;
    }

    public String getBitrate() {
        return bitrate;
    }

    public void setBitrate(String bitrate) {
        this.bitrate = bitrate;
    }

    public AudioStream withBitrate(String bitrate) {
        setBitrate(bitrate);
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public AudioStream withLanguage(String language) {
        setLanguage(language);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AudioStream other)) {
            return false;
        }
        return Objects.equals(index, other.index) && Objects.equals(codecName, other.codecName) && Objects.equals(codecLongName, other.codecLongName) && Objects.equals(codecTimeBase, other.codecTimeBase) && Objects.equals(codecTagString, other.codecTagString) && Objects.equals(codecTag, other.codecTag) && Objects.equals(sampleFmt, other.sampleFmt) && Objects.equals(sampleRate, other.sampleRate) && Objects.equals(channel, other.channel) && Objects.equals(channelLayout, other.channelLayout) && Objects.equals(timebase, other.timebase) && Objects.equals(startTime, other.startTime) && Objects.equals(duration, other.duration) && Objects.equals(bitrate, other.bitrate) && Objects.equals(language, other.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, codecName, codecLongName, codecTimeBase, codecTagString, codecTag, sampleFmt, sampleRate, channel, channelLayout, timebase, startTime, duration, bitrate, language);
    }

    @Override
    public String toString() {
        return "AudioStream[index=" + index + ", codecName=" + codecName + ", codecLongName=" + codecLongName + ", codecTimeBase=" + codecTimeBase + ", codecTagString=" + codecTagString + ", codecTag=" + codecTag + ", sampleFmt=" + sampleFmt + ", sampleRate=" + sampleRate + ", channel=" + channel + ", channelLayout=" + channelLayout + ", timebase=" + timebase + ", startTime=" + startTime + ", duration=" + duration + ", bitrate=" + bitrate + ", language=" + language + "]";
    }
}
