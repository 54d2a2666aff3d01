package io.github.cameltencent.tts;

import org.apache.camel.RuntimeCamelException;

/** getJob asked for a job the service does not know (it answered with NonExistJobIds). */
public class NoSuchJobException extends RuntimeCamelException {

    private final String jobId;

    public NoSuchJobException(String jobId) {
        super("no TTS job with id " + jobId + " exists in this bucket");
        this.jobId = jobId;
    }

    public String getJobId() {
        return jobId;
    }
}
