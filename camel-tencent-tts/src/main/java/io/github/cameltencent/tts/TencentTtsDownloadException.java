package io.github.cameltencent.tts;

import org.apache.camel.RuntimeCamelException;

/** The audio of a finished job could not be downloaded or did not match its MD5; the job stays unemitted. */
public class TencentTtsDownloadException extends RuntimeCamelException {

    private final String jobId;
    private final String object;

    public TencentTtsDownloadException(String jobId, String object, String message, Throwable cause) {
        super("job " + jobId + ", object " + object + ": " + message, cause);
        this.jobId = jobId;
        this.object = object;
    }

    public String getJobId() {
        return jobId;
    }

    public String getObject() {
        return object;
    }
}
