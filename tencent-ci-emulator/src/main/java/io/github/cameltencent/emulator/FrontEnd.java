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
package io.github.cameltencent.emulator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.auth.AuthFailure;
import io.github.cameltencent.emulator.auth.RequestAuthenticator;
import io.github.cameltencent.emulator.ci.CiService;
import io.github.cameltencent.emulator.console.Console;
import io.github.cameltencent.emulator.cos.CosObjects;
import io.github.cameltencent.emulator.http.HttpHandler;
import io.github.cameltencent.emulator.http.HttpRequest;
import io.github.cameltencent.emulator.http.HttpResponse;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * The service's front end: picks the host family from the Host header as the real service does
 * ({@code <bucket>.ci.<region>.myqcloud.com} → CI, {@code <bucket>.cos.<region>.myqcloud.com} → COS), counts the
 * request, applies injected faults, checks the signature, hands the request to the handler its {@link Routes} line
 * names,
 * and answers every failure in the error shape and with the codes of that host's documentation.
 */
final class FrontEnd implements HttpHandler {

    private static final Pattern HOST = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(ci|cos)\\.([a-z0-9-]+)\\.myqcloud\\.com");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9-]*-\\d+");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final RequestAuthenticator authenticator;
    private final CiService ci;
    private final CosObjects cos;
    private final Faults faults;
    private final Console console;
    private final LongSupplier clockSeconds;
    final RequestCounters counters = new RequestCounters();

    FrontEnd(RequestAuthenticator authenticator, CiService ci, CosObjects cos, Faults faults, Console console,
             LongSupplier clockSeconds) {
        this.authenticator = authenticator;
        this.ci = ci;
        this.cos = cos;
        this.faults = faults;
        this.console = console;
        this.clockSeconds = clockSeconds;
    }

    @Override
    public HttpResponse malformed(int status, String code, String message) {
        return error(false, status, code, message, newRequestId());
    }

    /** The bucket and region of a CI or COS host name. */
    private record Target(boolean onCos, String bucket, String region) {

        /** The target a host names, or null for a host that is neither a CI nor a COS one. */
        static Target of(String host) {
            Matcher m = host == null ? null : HOST.matcher(host);
            return m == null || !m.matches() ? null : new Target(m.group(2).equals("cos"), m.group(1), m.group(3));
        }

        /** The answer to a bucket name that is not BucketName-APPID, or null for a good one. */
        HttpResponse invalidBucket(String requestId) {
            return BUCKET.matcher(bucket).matches() ? null : error(onCos, 400, "InvalidHost", "the bucket '"
                    + bucket + "' must be BucketName-APPID", requestId);
        }
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String requestId = newRequestId();
        boolean onCos = false;
        try {
            String host = request.host();
            if (host == null) {
                return error(false, 400, "InvalidHost", "the request has no Host header", requestId);
            }
            Target t = Target.of(host);
            if (t == null) {
                if (request.path().equals("/_emulator/health")) {
                    return HttpResponse.bytes(200, "ok".getBytes(), "text/plain");
                }
                // the plain address (no virtual host) is the developer's console: unsigned, read-only, and never
                // a way into the signed API, which is only reached through a CI or COS host name
                if (Console.serves(host, request.path())) {
                    return console.handle(request);
                }
                return error(false, 400, "InvalidHost", "the host '" + host + "' is not "
                        + "<BucketName-APPID>.ci.<Region>.myqcloud.com or <BucketName-APPID>.cos.<Region>.myqcloud.com"
                        + " (the emulator's console answers at " + Console.PREFIX + "/ on an IP address or localhost)",
                        requestId);
            }
            onCos = t.onCos();
            HttpResponse invalid = t.invalidBucket(requestId);
            if (invalid != null) {
                return invalid;
            }
            return serve(request, onCos, t.bucket(), t.region(), requestId);
        } catch (Throwable t) {
            // a worker must never die silently, whatever a request does (a StackOverflowError included)
            return error(onCos, 500, "InternalError", "the emulator failed: " + t.getClass().getSimpleName(),
                    requestId);
        }
    }

    /**
     * Before {@code 100 Continue}: an unknown API, a wrong signature or a CI body over its limit are answered now,
     * so the client never sends a body that would be refused. Counted like any request; faults are left to the
     * request itself.
     */
    @Override
    public HttpResponse preflight(HttpRequest head) {
        String requestId = newRequestId();
        Target t = Target.of(head.host());
        if (t == null) {
            return null; // the console and the health check take no body
        }
        HttpResponse invalid = t.invalidBucket(requestId);
        if (invalid != null) {
            return invalid;
        }
        Routes.Route route = Routes.find(t.onCos() ? Routes.Host.COS : Routes.Host.CI, head);
        try {
            if (route == null) {
                throw new ServiceError(404, "InvalidUrl", "no API at " + head.method() + " " + head.rawPath());
            }
            authenticator.authenticate(head);
            String length = head.header("Content-Length");
            if (!t.onCos() && length != null && Long.parseLong(length) > Routes.MAX_XML_BYTES) {
                throw new ServiceError(413, "InvalidContent", "the XML body is larger than "
                        + Routes.MAX_XML_BYTES + " bytes");
            }
            return null;
        } catch (AuthFailure e) {
            count(route);
            ServiceError mapped = t.onCos() ? cosAuthError(e) : ciAuthError(e);
            return error(t.onCos(), mapped.status(), mapped.code(), mapped.getMessage(), requestId)
                    .header("Date", serverDate());
        } catch (ServiceError e) {
            count(route);
            return error(t.onCos(), e.status(), e.code(), e.getMessage(), requestId).header("Date", serverDate());
        }
    }

    private String count(Routes.Route route) {
        String operation = route == null ? "unknown" : route.operation();
        counters.count(operation);
        return operation;
    }

    private HttpResponse serve(HttpRequest request, boolean onCos, String bucket, String region, String requestId) {
        Routes.Route route = Routes.find(onCos ? Routes.Host.COS : Routes.Host.CI, request);
        String operation = count(route);
        try {
            faults.awaitRelease(operation);
            long latency = faults.latencyMillis(operation);
            if (latency > 0) {
                pause(latency);
            }
            Faults.Action action = faults.draw(operation);
            switch (action) {
                case RESET_BEFORE -> {
                    return HttpResponse.reset();
                }
                case ERROR_503 -> throw new ServiceError(503, "ServiceUnavailable", "service is unavailable");
                case ERROR_500 -> throw new ServiceError(500, "InternalError", "internal error");
                case THROTTLE_429 -> throw new ServiceError(429, "SlowDown", "please reduce your request rate");
                default -> {
                    // no fault
                }
            }
            if (route == null) {
                throw new ServiceError(404, "InvalidUrl", "no API at " + request.method() + " " + request.rawPath());
            }
            authenticator.authenticate(request);
            checkContentLength(request, onCos);
            checkContentMd5(request, onCos);
            HttpResponse response = route.handler().serve(new Routes.Call(ci, cos, bucket, region, request));
            if (action == Faults.Action.RESET_AFTER) {
                return HttpResponse.reset();
            }
            response.header(onCos ? "x-cos-request-id" : "x-ci-request-id", requestId);
            response.header("Date", serverDate());
            if (onCos) {
                response.header("x-ci-request-id", requestId);
            }
            return response;
        } catch (AuthFailure e) {
            ServiceError mapped = onCos ? cosAuthError(e) : ciAuthError(e);
            return error(onCos, mapped.status(), mapped.code(), mapped.getMessage(), requestId)
                    .header("Date", serverDate());
        } catch (ServiceError e) {
            HttpResponse r = error(onCos, e.status(), e.code(), e.getMessage(), requestId);
            r.header("Date", serverDate());
            if (e.status() == 429 || e.status() == 503) {
                r.header("Retry-After", "1");
            }
            return r;
        }
    }

    /**
     * CI's error code page lists only 401 codes for authentication (MissingAuthorization, InvalidAuthorization,
     * AccessDenied, SecretidNotExist, SignatureExpired) and none for a wrong signature or a skewed clock; those
     * answer 401 AccessDenied with the COS name of the cause leading the Message, so clients can still tell them.
     */
    static ServiceError ciAuthError(AuthFailure e) {
        return switch (e.kind()) {
            case MISSING -> new ServiceError(401, "MissingAuthorization", e.getMessage());
            case MALFORMED -> new ServiceError(401, "InvalidAuthorization", e.getMessage());
            case UNKNOWN_KEY -> new ServiceError(401, "SecretidNotExist", e.getMessage());
            case EXPIRED -> new ServiceError(401, "SignatureExpired", e.getMessage());
            case SKEWED -> new ServiceError(401, "AccessDenied", "RequestTimeTooSkewed: " + e.getMessage());
            case MISMATCH -> new ServiceError(401, "AccessDenied", "SignatureDoesNotMatch: " + e.getMessage());
            case TOKEN -> new ServiceError(401, "AccessDenied", e.getMessage());
        };
    }

    /** COS's own codes (COS error code page and its 403 troubleshooting page). */
    static ServiceError cosAuthError(AuthFailure e) {
        return switch (e.kind()) {
            case MISSING -> new ServiceError(401, "MissingAuthorization", e.getMessage());
            case MALFORMED -> new ServiceError(401, "InvalidAuthorization", e.getMessage());
            case UNKNOWN_KEY -> new ServiceError(403, "InvalidAccessKeyId", e.getMessage());
            case EXPIRED, TOKEN -> new ServiceError(403, "AccessDenied", e.getMessage());
            case SKEWED -> new ServiceError(403, "RequestTimeTooSkewed", e.getMessage());
            case MISMATCH -> new ServiceError(403, "SignatureDoesNotMatch", e.getMessage());
        };
    }

    /** CI documents 411 MissingContentLength for a PUT or POST without Content-Length (and not chunked). */
    private static void checkContentLength(HttpRequest r, boolean onCos) {
        boolean writes = r.method().equals("PUT") || r.method().equals("POST");
        if (!onCos && writes && r.header("Content-Length") == null && r.header("Transfer-Encoding") == null) {
            throw new ServiceError(411, "MissingContentLength", "the request needs a Content-Length header");
        }
    }

    private static void checkContentMd5(HttpRequest r, boolean onCos) {
        String md5 = r.header("Content-MD5");
        if (md5 == null) {
            return;
        }
        try {
            String actual = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(r.body()));
            if (!actual.equals(md5.trim())) {
                throw new ServiceError(400, onCos ? "BadDigest" : "InvalidContent",
                        "the Content-MD5 you specified did not match what was received");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Date header on the emulator's own clock, so clients can correct their skew from it. */
    private String serverDate() {
        return HTTP_DATE.format(Instant.ofEpochSecond(clockSeconds.getAsLong()).atOffset(ZoneOffset.UTC));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // simulated server latency: holds this connection, as a slow server would
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static HttpResponse error(boolean onCos, int status, String code, String message, String requestId) {
        String traceId = newRequestId();
        XmlNode e = XmlNode.of("Error");
        e.add("Code", code).add("Message", message).add("RequestId", requestId).add("TraceId", traceId);
        return HttpResponse.xml(status, e.toXml()).header(onCos ? "x-cos-request-id" : "x-ci-request-id", requestId)
                .header("x-ci-request-id", requestId).header("x-ci-trace-id", traceId);
    }

    static String newRequestId() {
        byte[] b = new byte[18];
        ThreadLocalRandom.current().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
