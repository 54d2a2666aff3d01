package io.github.cameltencent.tts.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What a finished job produced. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class MediaResult {

    private OutputFile outputFile;

    public OutputFile getOutputFile() {
        return outputFile;
    }

    public void setOutputFile(OutputFile outputFile) {
        this.outputFile = outputFile;
    }

    public MediaResult withOutputFile(OutputFile outputFile) {
        setOutputFile(outputFile);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MediaResult other)) {
            return false;
        }
        return Objects.equals(outputFile, other.outputFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outputFile);
    }

    @Override
    public String toString() {
        return "MediaResult[outputFile=" + outputFile + "]";
    }
}
