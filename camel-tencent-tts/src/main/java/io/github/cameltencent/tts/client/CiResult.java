package io.github.cameltencent.tts.client;

import java.time.Instant;

/**
 * A successful answer: the parsed body (null for empty answers), the request id the service gave it, and the
 * server's Date header, which tells what the service could already have seen.
 */
public record CiResult<T>(T body, String requestId, int statusCode, String date) {

    /** The server's clock from the Date header, parsed only when asked (most callers never do); null if absent. */
    public Instant serverTime() {
        return CiTime.httpDate(date);
    }
}
