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

/** Container facts of the output audio. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class MediaFormat {

    private String numStream;
    private String numProgram;
    private String formatName;
    private String formatLongName;
    private String startTime;
    private String duration;
    private String bitrate;
    private String size;

    public String getNumStream() {
        return numStream;
    }

    public void setNumStream(String numStream) {
        this.numStream = numStream;
    }

    public MediaFormat withNumStream(String numStream) {
        setNumStream(numStream);
        return this;
    }

    public String getNumProgram() {
        return numProgram;
    }

    public void setNumProgram(String numProgram) {
        this.numProgram = numProgram;
    }

    public MediaFormat withNumProgram(String numProgram) {
        setNumProgram(numProgram);
        return this;
    }

    public String getFormatName() {
        return formatName;
    }

    public void setFormatName(String formatName) {
        this.formatName = formatName;
    }

    public MediaFormat withFormatName(String formatName) {
        setFormatName(formatName);
        return this;
    }

    public String getFormatLongName() {
        return formatLongName;
    }

    public void setFormatLongName(String formatLongName) {
        this.formatLongName = formatLongName;
    }

    public MediaFormat withFormatLongName(String formatLongName) {
        setFormatLongName(formatLongName);
        return this;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public MediaFormat withStartTime(String startTime) {
        setStartTime(startTime);
        return this;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public MediaFormat withDuration(String duration) {
        setDuration(duration);
        return this;
    }

    public String getBitrate() {
        return bitrate;
    }

    public void setBitrate(String bitrate) {
        this.bitrate = bitrate;
    }

    public MediaFormat withBitrate(String bitrate) {
        setBitrate(bitrate);
        return this;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public MediaFormat withSize(String size) {
        setSize(size);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MediaFormat other)) {
            return false;
        }
        return Objects.equals(numStream, other.numStream) && Objects.equals(numProgram, other.numProgram) && Objects.equals(formatName, other.formatName) && Objects.equals(formatLongName, other.formatLongName) && Objects.equals(startTime, other.startTime) && Objects.equals(duration, other.duration) && Objects.equals(bitrate, other.bitrate) && Objects.equals(size, other.size);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numStream, numProgram, formatName, formatLongName, startTime, duration, bitrate, size);
    }

    @Override
    public String toString() {
        return "MediaFormat[numStream=" + numStream + ", numProgram=" + numProgram + ", formatName=" + formatName + ", formatLongName=" + formatLongName + ", startTime=" + startTime + ", duration=" + duration + ", bitrate=" + bitrate + ", size=" + size + "]";
    }
}
