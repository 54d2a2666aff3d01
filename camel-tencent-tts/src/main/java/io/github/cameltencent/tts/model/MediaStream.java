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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The streams of the output audio. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class MediaStream {

    @JacksonXmlElementWrapper(useWrapping = false)
    private List<AudioStream> audio = new ArrayList<>();

    public List<AudioStream> getAudio() {
        return audio;
    }

    public void setAudio(List<AudioStream> audio) {
        this.audio = audio == null ? new ArrayList<>() : audio;
    }

    public MediaStream withAudio(List<AudioStream> audio) {
        setAudio(audio);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MediaStream other)) {
            return false;
        }
        return Objects.equals(audio, other.audio);
    }

    @Override
    public int hashCode() {
        return Objects.hash(audio);
    }

    @Override
    public String toString() {
        return "MediaStream[audio=" + audio + "]";
    }
}
