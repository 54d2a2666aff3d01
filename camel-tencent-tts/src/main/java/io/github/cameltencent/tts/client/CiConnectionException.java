package io.github.cameltencent.tts.client;

/**
 * No answer was received. {@link #isRequestSent()} tells whether the request may have reached the service: a
 * refused connection proves it did not, a timeout or reset after sending leaves it open.
 */
public class CiConnectionException extends CiException {

    private final boolean requestSent;

    public CiConnectionException(String operation, boolean requestSent, Throwable cause) {
        super(operation, 0, requestSent ? "ConnectionLost" : "ConnectionFailed",
                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                null, null, cause);
        this.requestSent = requestSent;
    }

    public boolean isRequestSent() {
        return requestSent;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
