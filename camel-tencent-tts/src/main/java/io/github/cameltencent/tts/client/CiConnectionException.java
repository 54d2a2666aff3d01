package io.github.cameltencent.tts.client;

/**
 * No answer was received. {@link #isRequestSent()} tells whether the request may have reached the service: a
 * refused connection proves it did not, a timeout or reset after sending leaves it open.
 */
public class CiConnectionException extends CiException {

    private final boolean requestSent;

    public CiConnectionException(String operation, boolean requestSent, Throwable cause) {
        super(operation, 0, requestSent ? "ConnectionLost" : "ConnectionFailed",
                (requestSent ? "the connection broke after the request was sent (" : "could not connect to the"
                        + " service (") + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")",
                null, null, cause);
        this.requestSent = requestSent;
    }

    public boolean isRequestSent() {
        return requestSent;
    }

    /** A lost or refused connection may come back; a TLS peer that is not trusted will not. */
    @Override
    public boolean isRetryable() {
        return !(getCause() instanceof javax.net.ssl.SSLException);
    }
}
