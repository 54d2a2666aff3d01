package io.github.cameltencent.tts.client;

/**
 * The service refused the credentials or the signature (401, or COS's 403 codes): wrong or unknown keys, a missing
 * or wrong session token, a policy that does not allow the call. Not retried; fix the credentials.
 */
public class CiAuthenticationException extends CiException {

    public CiAuthenticationException(String operation, int statusCode, String errorCode, String errorMessage,
                                     String requestId, String traceId) {
        super(operation, statusCode, errorCode, errorMessage, requestId, traceId, null);
    }
}
