package io.github.cameltencent.tts.client;

/**
 * The service turned the request away before doing anything (429 SlowDown, 503, a full queue's QueueSaturated):
 * it is retried after a pause, and thrown when the retries are used up. Lower the rate (rateLimit) or the load.
 */
public class CiThrottledException extends CiException {

    public CiThrottledException(String operation, int statusCode, String errorCode, String errorMessage,
                                String requestId, String traceId) {
        super(operation, statusCode, errorCode, errorMessage, requestId, traceId, null);
    }
}
