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

/** Facts about the output audio of a finished job. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class MediaInfo {

    private MediaFormat format;
    private MediaStream stream;

    public MediaFormat getFormat() {
        return format;
    }

    public void setFormat(MediaFormat format) {
        this.format = format;
    }

    public MediaInfo withFormat(MediaFormat format) {
        setFormat(format);
        return this;
    }

    public MediaStream getStream() {
        return stream;
    }

    public void setStream(MediaStream stream) {
        this.stream = stream;
    }

    public MediaInfo withStream(MediaStream stream) {
        setStream(stream);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MediaInfo other)) {
            return false;
        }
        return Objects.equals(format, other.format) && Objects.equals(stream, other.stream);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, stream);
    }

    @Override
    public String toString() {
        return "MediaInfo[format=" + format + ", stream=" + stream + "]";
    }
}
