package io.github.cameltencent.emulator.http;

/** Answers one request. Must not throw for bad input: bad input gets an error response. */
@FunctionalInterface
public interface HttpHandler {

    HttpResponse handle(HttpRequest request);

    /** Called when the request could not even be parsed (bad framing, oversized headers or body). */
    default HttpResponse malformed(int status, String code, String message) {
        return HttpResponse.of(status);
    }

    /**
     * Called with the head alone (an empty body) when the client waits for {@code 100 Continue}: an answer here
     * refuses the request before its body is sent (wrong signature, unknown API, too large); null lets it go on.
     */
    default HttpResponse preflight(HttpRequest head) {
        return null;
    }
}
