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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.auth.AuthFailure;
import io.github.cameltencent.emulator.auth.RequestAuthenticator;
import io.github.cameltencent.emulator.ci.CiQueue;
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
 * request, applies injected faults, checks the signature, hands the request to its room through {@link Routes},
 * and answers every failure in the error shape and with the codes of that host's documentation.
 */
final class FrontEnd implements HttpHandler {

    /** The largest XML body the CI API accepts. */
    static final int MAX_XML_BYTES = 1024 * 1024;

    private static final Pattern HOST = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(ci|cos)\\.([a-z0-9-]+)\\.myqcloud\\.com");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9-]*-\\d+");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final RequestAuthenticator authenticator;
    private final CiService ci;
    private final CosObjects cos;
    private final Faults faults;
    private final Console console;
    private final LongSupplier clockSeconds;
    final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    final LongAdder total = new LongAdder();

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

    @Override
    public HttpResponse handle(HttpRequest request) {
        String requestId = newRequestId();
        boolean onCos = false;
        try {
            String host = request.host();
            if (host == null) {
                return error(false, 400, "InvalidHost", "the request has no Host header", requestId);
            }
            Matcher m = HOST.matcher(host);
            if (!m.matches()) {
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
            onCos = m.group(2).equals("cos");
            String bucket = m.group(1);
            String region = m.group(3);
            if (!BUCKET.matcher(bucket).matches()) {
                return error(onCos, 400, "InvalidHost", "the bucket '" + bucket + "' must be BucketName-APPID",
                        requestId);
            }
            return serve(request, onCos, bucket, region, requestId);
        } catch (Throwable t) {
            // a worker must never die silently, whatever a request does (a StackOverflowError included)
            return error(onCos, 500, "InternalError", "the emulator failed: " + t.getClass().getSimpleName(),
                    requestId);
        }
    }

    private HttpResponse serve(HttpRequest request, boolean onCos, String bucket, String region, String requestId) {
        String operation = Routes.operation(onCos ? Routes.Host.COS : Routes.Host.CI, request);
        total.increment();
        counters.computeIfAbsent(operation, k -> new LongAdder()).increment();
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
            if (operation.equals("unknown")) {
                throw new ServiceError(404, "InvalidUrl", "no API at " + request.method() + " " + request.rawPath());
            }
            authenticator.authenticate(request);
            checkContentLength(request, onCos);
            checkContentMd5(request, onCos);
            HttpResponse response = onCos ? cos(operation, bucket, request) : ci(operation, bucket, region, request);
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

    private HttpResponse ci(String operation, String bucket, String region, HttpRequest r) {
        String tail = Routes.tail(r);
        XmlNode result = switch (operation) {
            case "submitJob" -> ci.jobs().submit(bucket, region, xmlBody(r));
            case "getJob" -> ci.jobs().describeJob(bucket, tail);
            case "listJobs" -> ci.jobs().listJobs(bucket, r::param);
            case "cancelJob" -> {
                ci.jobs().cancel(bucket, tail);
                yield null;
            }
            case "createTemplate" -> ci.templates().create(bucket, xmlBody(r));
            case "updateTemplate" -> ci.templates().update(bucket, tail, xmlBody(r));
            case "getTemplates" -> ci.templates().describe(bucket, r::param);
            case "deleteTemplate" -> ci.templates().delete(bucket, tail);
            case "getSpeechQueues" -> ci.queues().describe(CiQueue.Family.SPEECH, bucket, r::param);
            case "updateSpeechQueue" -> ci.queues().update(CiQueue.Family.SPEECH, bucket, tail, xmlBody(r));
            case "getQueues" -> ci.queues().describe(CiQueue.Family.MEDIA, bucket, r::param);
            case "updateQueue" -> ci.queues().update(CiQueue.Family.MEDIA, bucket, tail, xmlBody(r));
            default -> throw new ServiceError(404, "InvalidUrl", "no API at " + r.method() + " " + r.rawPath());
        };
        return result == null ? HttpResponse.of(200) : HttpResponse.xml(200, result.toXml());
    }

    private HttpResponse cos(String operation, String bucket, HttpRequest r) {
        return switch (operation) {
            case "putObject" -> cos.put(bucket, r);
            case "deleteObject" -> cos.delete(bucket, r);
            case "getObject" -> cos.get(bucket, r);
            case "headObject" -> cos.head(bucket, r);
            default -> throw new ServiceError(404, "InvalidUrl", "no API at " + r.method() + " " + r.rawPath());
        };
    }

    /** CI answers a body it cannot read with InvalidContent (400), or 413 when it is too large. */
    private static XmlNode xmlBody(HttpRequest r) {
        if (r.body().length == 0) {
            throw new ServiceError(400, "MissingContent", "the request needs an XML body");
        }
        if (r.body().length > MAX_XML_BYTES) {
            throw new ServiceError(413, "InvalidContent", "the XML body is larger than " + MAX_XML_BYTES + " bytes");
        }
        try {
            return XmlNode.parse(r.body());
        } catch (XmlNode.MalformedXmlException e) {
            throw ServiceError.invalidContent(e.getMessage());
        }
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
