package io.github.cameltencent.tts.client;

import java.time.Instant;

/**
 * A successful answer: the parsed body (null for empty answers), the request id the service gave it, and the
 * server's clock (its Date header, null when absent), which tells what the service could already have seen.
 */
public record CiResult<T>(T body, String requestId, int statusCode, Instant serverTime) {
}
