package io.github.cameltencent.tts.client;

/** A successful answer: the parsed body (null for empty answers) and the request id the service gave it. */
public record CiResult<T>(T body, String requestId, int statusCode) {
}
