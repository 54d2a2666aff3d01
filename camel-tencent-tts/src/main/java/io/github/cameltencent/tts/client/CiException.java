/*
 * Copyright The camel-tencent-tts Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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

    /** Server text is cut to this many characters: it ends up in logs, and a log line must stay one line. */
    public static final int MAX_SERVER_TEXT = 300;

    public CiException(String operation, int statusCode, String errorCode, String errorMessage, String requestId,
                       String traceId, Throwable cause) {
        super(operation + " failed: " + (statusCode == 0 ? "" : "HTTP " + statusCode + " ") + bounded(errorCode, 64)
                + (errorMessage == null || errorMessage.isEmpty() ? "" : ": " + bounded(errorMessage, MAX_SERVER_TEXT))
                + (requestId == null ? "" : " (RequestId " + bounded(requestId, 128) + ")"), cause);
        this.statusCode = statusCode;
        this.errorCode = bounded(errorCode, 64);
        this.errorMessage = bounded(errorMessage, MAX_SERVER_TEXT);
        this.requestId = bounded(requestId, 128);
        this.traceId = bounded(traceId, 128);
        this.operation = operation;
    }

    /**
     * Text from an answer, made safe to log: at most {@code max} characters, and every control character (CR and
     * LF included, which could forge log lines) written as an escape.
     */
    public static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 16);
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= max && text.length() > max) {
            sb.setLength(max);
            sb.append("...");
        }
        return sb.toString();
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
