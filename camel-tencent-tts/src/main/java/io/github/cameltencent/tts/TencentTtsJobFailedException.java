package io.github.cameltencent.tts;

import org.apache.camel.RuntimeCamelException;

import io.github.cameltencent.tts.job.JobState;

import io.github.cameltencent.tts.model.JobsDetail;

/** A job the exchange waited for ended Failed (or was cancelled): carries the job's Code and Message. */
public class TencentTtsJobFailedException extends RuntimeCamelException {

    private final transient JobsDetail job;

    public TencentTtsJobFailedException(JobsDetail job) {
        super("TTS job " + job.getJobId() + " ended " + job.getState()
                + (JobState.Failed.is(job.getState()) ? ": " + job.getCode() + " " + job.getMessage() : ""));
        this.job = job;
    }

    public String getJobId() {
        return job.getJobId();
    }

    public String getState() {
        return job.getState();
    }

    /** The service's error Code of the job, e.g. InputObjectNotExist. */
    public String getCode() {
        return job.getCode();
    }

    public String getErrorMessage() {
        return job.getMessage();
    }

    public JobsDetail getJob() {
        return job;
    }
}
