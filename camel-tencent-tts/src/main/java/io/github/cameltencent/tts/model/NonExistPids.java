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

/** Queue ids that were asked for and do not exist. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class NonExistPids {

    @JacksonXmlElementWrapper(useWrapping = false)
    private List<String> queueID = new ArrayList<>();

    public List<String> getQueueID() {
        return queueID;
    }

    public void setQueueID(List<String> queueID) {
        this.queueID = queueID == null ? new ArrayList<>() : queueID;
    }

    public NonExistPids withQueueID(List<String> queueID) {
        setQueueID(queueID);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NonExistPids other)) {
            return false;
        }
        return Objects.equals(queueID, other.queueID);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queueID);
    }

    @Override
    public String toString() {
        return "NonExistPids[queueID=" + queueID + "]";
    }
}
