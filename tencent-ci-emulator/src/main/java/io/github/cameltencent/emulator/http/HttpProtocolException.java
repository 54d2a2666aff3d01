package io.github.cameltencent.emulator.http;

/**
 * A request the server refuses before any handler sees it: bad framing or field syntax, an unsupported coding or
 * expectation, a body over the limit. The connection is always closed after the answer, since the server can no
 * longer tell where the next request would start.
 */
final class HttpProtocolException extends Exception {

    private final int status;
    private final String code;

    HttpProtocolException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static HttpProtocolException badRequest(String message) {
        return new HttpProtocolException(400, "InvalidArgument", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
