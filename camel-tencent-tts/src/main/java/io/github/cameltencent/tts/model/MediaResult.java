package io.github.cameltencent.tts.model;

import java.util.Objects;

/** What a finished job produced. */
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
