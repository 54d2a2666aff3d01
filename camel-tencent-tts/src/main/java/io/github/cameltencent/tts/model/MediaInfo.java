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
