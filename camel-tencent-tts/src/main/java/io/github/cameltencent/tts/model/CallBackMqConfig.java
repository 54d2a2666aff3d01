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

/** TDMQ callback settings, used when CallBackType is TDMQ. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CallBackMqConfig {

    private String mqRegion;
    private String mqMode;
    private String mqName;

    public String getMqRegion() {
        return mqRegion;
    }

    public void setMqRegion(String mqRegion) {
        this.mqRegion = mqRegion;
    }

    public CallBackMqConfig withMqRegion(String mqRegion) {
        setMqRegion(mqRegion);
        return this;
    }

    public String getMqMode() {
        return mqMode;
    }

    public void setMqMode(String mqMode) {
        this.mqMode = mqMode;
    }

    public CallBackMqConfig withMqMode(String mqMode) {
        setMqMode(mqMode);
        return this;
    }

    public String getMqName() {
        return mqName;
    }

    public void setMqName(String mqName) {
        this.mqName = mqName;
    }

    public CallBackMqConfig withMqName(String mqName) {
        setMqName(mqName);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CallBackMqConfig other)) {
            return false;
        }
        return Objects.equals(mqRegion, other.mqRegion) && Objects.equals(mqMode, other.mqMode) && Objects.equals(mqName, other.mqName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mqRegion, mqMode, mqName);
    }

    @Override
    public String toString() {
        return "CallBackMqConfig[mqRegion=" + mqRegion + ", mqMode=" + mqMode + ", mqName=" + mqName + "]";
    }
}
