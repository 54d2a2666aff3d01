package io.github.cameltencent.tts.client;

/**
 * The service answered with an error, or with something that is not a valid answer. Carries what Tencent support
 * asks for: HTTP status, error Code and Message, RequestId and TraceId, and which operation was called. Never
 * carries credentials or signatures.
 */
public class CiException extends RuntimeException {

    private final int statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String traceId;
    private final String operation;
    private long retryAfterSeconds;
    private java.time.Instant serverTime;

    public CiException(String operation, int statusCode, String errorCode, String errorMessage, String requestId,
                       String traceId, Throwable cause) {
        super(operation + " failed: HTTP " + statusCode + " " + errorCode
                + (errorMessage == null || errorMessage.isEmpty() ? "" : ": " + errorMessage)
                + (requestId == null ? "" : " (RequestId " + requestId + ")"), cause);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.traceId = traceId;
        this.operation = operation;
    }

    /** The HTTP status; 0 when no answer was received. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The service's Code, e.g. InvalidArgument or SignatureDoesNotMatch. */
    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getTraceId() {
        return traceId;
    }

    /** The component operation, e.g. submitJob. */
    public String getOperation() {
        return operation;
    }

    /** The server's Retry-After, in seconds (0 when it gave none). */
    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The server's clock from the error answer's Date header, null when absent. */
    public java.time.Instant getServerTime() {
        return serverTime;
    }

    CiException withResponseHints(long retryAfterSeconds, java.time.Instant serverTime) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.serverTime = serverTime;
        return this;
    }

    /** The exception for an error answer: typed by what the Code means (see {@link CiErrorCode}). */
    public static CiException of(String operation, int statusCode, String errorCode, String errorMessage,
                                 String requestId, String traceId) {
        return switch (CiErrorCode.classify(statusCode, errorCode, errorMessage)) {
            case AUTHENTICATION -> new CiAuthenticationException(operation, statusCode, errorCode, errorMessage,
                    requestId, traceId);
            case THROTTLING -> new CiThrottledException(operation, statusCode, errorCode, errorMessage, requestId,
                    traceId);
            default -> new CiException(operation, statusCode, errorCode, errorMessage, requestId, traceId, null);
        };
    }

    /** What the failure is about, by its Code (and status for codes the table does not know). */
    public CiErrorCode.Kind getKind() {
        return CiErrorCode.classify(statusCode, errorCode, errorMessage);
    }

    /** The signature was refused because of the clock: expired, or too far from the server's time. */
    public boolean isClockSkew() {
        return getKind() == CiErrorCode.Kind.CLOCK;
    }

    /** True for answers a retry may cure: throttling and server-side failures. */
    public boolean isRetryable() {
        CiErrorCode.Kind kind = getKind();
        return kind == CiErrorCode.Kind.THROTTLING || kind == CiErrorCode.Kind.SERVER;
    }

    /** The service did nothing with the request (throttled, queue full, unavailable): safe to send again. */
    public boolean isRefused() {
        return getKind() == CiErrorCode.Kind.THROTTLING;
    }
}
