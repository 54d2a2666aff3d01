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

/** A queue's callback settings. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class NotifyConfig {

    private String url;
    private String event;
    private String type;
    private String state;
    private String resultFormat;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public NotifyConfig withUrl(String url) {
        setUrl(url);
        return this;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public NotifyConfig withEvent(String event) {
        setEvent(event);
        return this;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public NotifyConfig withType(String type) {
        setType(type);
        return this;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public NotifyConfig withState(String state) {
        setState(state);
        return this;
    }

    public String getResultFormat() {
        return resultFormat;
    }

    public void setResultFormat(String resultFormat) {
        this.resultFormat = resultFormat;
    }

    public NotifyConfig withResultFormat(String resultFormat) {
        setResultFormat(resultFormat);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NotifyConfig other)) {
            return false;
        }
        return Objects.equals(url, other.url) && Objects.equals(event, other.event) && Objects.equals(type, other.type) && Objects.equals(state, other.state) && Objects.equals(resultFormat, other.resultFormat);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, event, type, state, resultFormat);
    }

    @Override
    public String toString() {
        return "NotifyConfig[url=" + url + ", event=" + event + ", type=" + type + ", state=" + state + ", resultFormat=" + resultFormat + "]";
    }
}
