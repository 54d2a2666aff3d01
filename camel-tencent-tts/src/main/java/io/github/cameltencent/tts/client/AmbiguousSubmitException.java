package io.github.cameltencent.tts.client;

/**
 * A submit may or may not have created a job (the connection broke after the request was sent), and looking for
 * the job could not settle it. Nothing was submitted again: check the bucket's jobs before retrying by hand.
 */
public class AmbiguousSubmitException extends CiException {

    public AmbiguousSubmitException(String message, Throwable cause) {
        super("submitJob", 0, "AmbiguousSubmit", message, null, null, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
