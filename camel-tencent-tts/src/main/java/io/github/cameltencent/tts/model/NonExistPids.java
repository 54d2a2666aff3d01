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
