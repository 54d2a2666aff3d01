package io.github.cameltencent.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.audio.SpeechEngine;
import io.github.cameltencent.emulator.auth.Credential;
import io.github.cameltencent.emulator.auth.RequestAuthenticator;
import io.github.cameltencent.emulator.ci.CiService;
import io.github.cameltencent.emulator.ci.Job;
import io.github.cameltencent.emulator.ci.Template;
import io.github.cameltencent.emulator.cos.ObjectStore;
import io.github.cameltencent.emulator.cos.StoredObject;
import io.github.cameltencent.emulator.http.HttpHandler;
import io.github.cameltencent.emulator.http.HttpRequest;
import io.github.cameltencent.emulator.http.HttpResponse;
import io.github.cameltencent.emulator.http.MiniHttpServer;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * A local stand-in for Tencent Cloud Infinite's TTS job API and the COS object API. Requests are routed by their
 * Host header as the real service routes them ({@code <bucket>.ci.<region>.myqcloud.com} → CI,
 * {@code <bucket>.cos.<region>.myqcloud.com} → COS), so clients connect to {@link #baseUrl()} while keeping the
 * real host names. Every request must carry a valid q-sign-algorithm=sha1 signature from a configured credential.
 *
 * <pre>
 * try (TencentCiEmulator emulator = TencentCiEmulator.builder().credential("AKID...", "secret").start()) {
 *     String url = emulator.baseUrl();
 * }
 * </pre>
 */
public final class TencentCiEmulator implements AutoCloseable {

    /** The largest XML body the CI API accepts. */
    public static final int MAX_XML_BYTES = 1024 * 1024;

    private static final Pattern HOST = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(ci|cos)\\.([a-z0-9-]+)\\.myqcloud\\.com");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9-]*-\\d+");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final MiniHttpServer server;
    private final RequestAuthenticator authenticator;
    private final ObjectStore objects;
    private final CiService ci;
    private final Faults faults;
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final AtomicLong clockOffsetSeconds = new AtomicLong();

    private TencentCiEmulator(Builder b) throws IOException {
        this.authenticator = new RequestAuthenticator(() -> System.currentTimeMillis() / 1000
                + clockOffsetSeconds.get());
        b.credentials.forEach(authenticator::add);
        this.objects = new ObjectStore(b.dataDir);
        SpeechEngine speech = new SpeechEngine(b.speech);
        speech.warmUp();
        this.ci = new CiService(objects, speech, b.dataDir, b.processingTime, b.concurrency, b.failMarker);
        this.faults = b.faults;
        long maxBody = Math.max(b.maxObjectBytes, MAX_XML_BYTES);
        this.server = new MiniHttpServer(b.bindAddress, b.port, b.maxThreads, maxBody, 60_000, new Router());
    }

    public static Builder builder() {
        return new Builder();
    }

    // ================================================================== public API

    public int port() {
        return server.port();
    }

    /** Where to connect, e.g. {@code http://127.0.0.1:9000}; send the real virtual-host name as Host. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Faults faults() {
        return faults;
    }

    public void addCredential(Credential c) {
        authenticator.add(c);
    }

    public void removeCredential(String secretId) {
        authenticator.remove(secretId);
    }

    /** Shifts the server clock, to test signature windows and clock-skew handling. */
    public void clockOffset(Duration offset) {
        clockOffsetSeconds.set(offset.toSeconds());
    }

    /** How long each job takes at least (synthesis included). Changeable while running. */
    public void processingTime(Duration d) {
        ci.processingTime(d);
    }

    /** Jobs whose text contains this marker end Failed with Code SynthesisFailed; null switches it off. */
    public void failMarker(String marker) {
        ci.failMarker(marker);
    }

    /**
     * Jobs whose text contains this marker stay Running (holding a slot) until {@link #releaseHeldJobs()}, to stand
     * for jobs that run for hours; null switches it off.
     */
    public void holdMarker(String marker) {
        ci.holdMarker(marker);
    }

    public void releaseHeldJobs() {
        ci.releaseHeldJobs();
    }

    public List<Job> jobs() {
        return ci.jobs();
    }

    public Job job(String jobId) {
        return ci.job(jobId);
    }

    public List<Template> templates() {
        return ci.templates();
    }

    /** The id of the bucket's media queue (every bucket has one). */
    public String queueId(String bucket) {
        return ci.defaultQueue(bucket).queueId();
    }

    public List<StoredObject> objects() {
        return objects.all();
    }

    public StoredObject object(String bucket, String key) {
        return objects.get(bucket, key);
    }

    public StoredObject putObject(String bucket, String key, byte[] data, String contentType) {
        return objects.put(bucket, key, data, contentType);
    }

    public boolean deleteObject(String bucket, String key) {
        return objects.delete(bucket, key);
    }

    /** Requests received for one operation (e.g. {@code listJobs}), counted before auth and faults. */
    public long requestCount(String operation) {
        LongAdder a = counters.get(operation);
        return a == null ? 0 : a.sum();
    }

    public long requestCount() {
        return total.sum();
    }

    public Map<String, Long> requestCounts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public void resetRequestCounts() {
        counters.clear();
        total.reset();
    }

    public long callbackAttempts() {
        return ci.callbackAttempts();
    }

    public long callbacksDelivered() {
        return ci.callbacksDelivered();
    }

    public void stop() {
        close();
    }

    @Override
    public void close() {
        server.close();
        ci.close();
    }

    // ================================================================== routing

    private final class Router implements HttpHandler {

        @Override
        public HttpResponse malformed(int status, String code, String message) {
            return error(false, status, code, message, newRequestId());
        }

        @Override
        public HttpResponse handle(HttpRequest request) {
            String requestId = newRequestId();
            String host = request.host();
            if (host == null) {
                return error(false, 400, "InvalidHost", "the request has no Host header", requestId);
            }
            Matcher m = HOST.matcher(host);
            if (!m.matches()) {
                if (request.path().equals("/_emulator/health")) {
                    return HttpResponse.bytes(200, "ok".getBytes(), "text/plain");
                }
                return error(false, 400, "InvalidHost", "the host '" + host + "' is not "
                        + "<BucketName-APPID>.ci.<Region>.myqcloud.com or <BucketName-APPID>.cos.<Region>.myqcloud.com",
                        requestId);
            }
            boolean cos = m.group(2).equals("cos");
            String bucket = m.group(1);
            String region = m.group(3);
            if (!BUCKET.matcher(bucket).matches()) {
                return error(cos, 400, "InvalidHost", "the bucket '" + bucket + "' must be BucketName-APPID",
                        requestId);
            }
            String operation = cos ? cosOperation(request) : ciOperation(request);
            total.increment();
            counters.computeIfAbsent(operation, k -> new LongAdder()).increment();
            try {
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
                    throw new ServiceError(404, "InvalidUrl", "no API at " + request.method() + " "
                            + request.rawPath());
                }
                authenticator.authenticate(request);
                checkContentMd5(request, cos);
                HttpResponse response = cos ? cos(operation, bucket, request) : ci(operation, bucket, region, request);
                if (action == Faults.Action.RESET_AFTER) {
                    return HttpResponse.reset();
                }
                response.header(cos ? "x-cos-request-id" : "x-ci-request-id", requestId);
                response.header("Date", serverDate());
                if (cos) {
                    response.header("x-ci-request-id", requestId);
                }
                return response;
            } catch (ServiceError e) {
                HttpResponse r = error(cos, e.status(), e.code(), e.getMessage(), requestId);
                r.header("Date", serverDate());
                if (e.status() == 429 || e.status() == 503) {
                    r.header("Retry-After", "1");
                }
                return r;
            } catch (RuntimeException e) {
                return error(cos, 500, "InternalError", "the emulator failed: " + e.getClass().getSimpleName(),
                        requestId);
            }
        }
    }

    /** The Date header on the emulator's own clock, so clients can correct their skew from it. */
    private String serverDate() {
        return HTTP_DATE.format(java.time.Instant.ofEpochSecond(System.currentTimeMillis() / 1000
                + clockOffsetSeconds.get()).atOffset(ZoneOffset.UTC));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // simulated server latency: holds this connection, as a slow server would
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String ciOperation(HttpRequest r) {
        String p = r.path();
        String m = r.method();
        if (p.equals("/jobs")) {
            return m.equals("POST") ? "submitJob" : m.equals("GET") ? "listJobs" : "unknown";
        }
        if (p.startsWith("/jobs/") && p.length() > 6) {
            return m.equals("GET") ? "getJob" : m.equals("PUT") ? "cancelJob" : "unknown";
        }
        if (p.equals("/template")) {
            return m.equals("POST") ? "createTemplate" : m.equals("GET") ? "getTemplates" : "unknown";
        }
        if (p.startsWith("/template/") && p.length() > 10) {
            return m.equals("PUT") ? "updateTemplate" : m.equals("DELETE") ? "deleteTemplate" : "unknown";
        }
        if (p.equals("/queue")) {
            return m.equals("GET") ? "getQueues" : "unknown";
        }
        if (p.startsWith("/queue/") && p.length() > 7) {
            return m.equals("PUT") ? "updateQueue" : "unknown";
        }
        return "unknown";
    }

    private static String cosOperation(HttpRequest r) {
        if (r.path().length() <= 1) {
            return "unknown";
        }
        return switch (r.method()) {
            case "PUT" -> "putObject";
            case "GET" -> "getObject";
            case "HEAD" -> "headObject";
            case "DELETE" -> "deleteObject";
            default -> "unknown";
        };
    }

    private HttpResponse ci(String operation, String bucket, String region, HttpRequest r) {
        String tail = r.path().substring(r.path().indexOf('/', 1) + 1);
        XmlNode result = switch (operation) {
            case "submitJob" -> ci.submit(bucket, region, xmlBody(r));
            case "getJob" -> ci.describeJob(bucket, tail);
            case "listJobs" -> ci.listJobs(bucket, r::param);
            case "cancelJob" -> {
                ci.cancel(bucket, tail);
                yield null;
            }
            case "createTemplate" -> ci.createTemplate(bucket, xmlBody(r));
            case "updateTemplate" -> ci.updateTemplate(bucket, tail, xmlBody(r));
            case "getTemplates" -> ci.describeTemplates(bucket, r::param);
            case "deleteTemplate" -> ci.deleteTemplate(bucket, tail);
            case "getQueues" -> ci.describeQueues(bucket, r::param);
            case "updateQueue" -> ci.updateQueue(bucket, tail, xmlBody(r));
            default -> throw new ServiceError(404, "InvalidUrl", "no API at " + r.method() + " " + r.rawPath());
        };
        return result == null ? HttpResponse.of(200) : HttpResponse.xml(200, result.toXml());
    }

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
            throw new ServiceError(400, "MalformedXML", e.getMessage());
        }
    }

    private static void checkContentMd5(HttpRequest r, boolean cos) {
        String md5 = r.header("Content-MD5");
        if (md5 == null) {
            return;
        }
        try {
            String actual = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(r.body()));
            if (!actual.equals(md5.trim())) {
                throw new ServiceError(400, cos ? "BadDigest" : "InvalidContent",
                        "the Content-MD5 you specified did not match what was received");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ================================================================== COS objects

    private HttpResponse cos(String operation, String bucket, HttpRequest r) {
        String key = r.path().substring(1);
        switch (operation) {
            case "putObject" -> {
                StoredObject o = objects.put(bucket, key, r.body(), r.header("Content-Type"));
                return HttpResponse.of(200).header("ETag", "\"" + o.md5() + "\"");
            }
            case "deleteObject" -> {
                objects.delete(bucket, key);
                return HttpResponse.of(204);
            }
            case "getObject", "headObject" -> {
                StoredObject o = objects.get(bucket, key);
                if (o == null) {
                    throw new ServiceError(404, "NoSuchKey", "The specified key does not exist.");
                }
                HttpResponse resp = objectResponse(o, r.header("Range"));
                return operation.equals("headObject") ? resp.withoutBody() : resp;
            }
            default -> throw new ServiceError(404, "InvalidUrl", "no API at " + r.method() + " " + r.rawPath());
        }
    }

    private static HttpResponse objectResponse(StoredObject o, String range) {
        byte[] data = o.data();
        int status = 200;
        String contentRange = null;
        if (range != null && range.startsWith("bytes=") && !range.contains(",")) {
            String spec = range.substring(6).trim();
            int dash = spec.indexOf('-');
            long start;
            long end;
            try {
                if (dash < 0) {
                    throw new NumberFormatException();
                } else if (dash == 0) {
                    long suffix = Long.parseLong(spec.substring(1));
                    start = Math.max(0, data.length - suffix);
                    end = data.length - 1;
                } else {
                    start = Long.parseLong(spec.substring(0, dash));
                    end = dash == spec.length() - 1 ? data.length - 1
                            : Math.min(Long.parseLong(spec.substring(dash + 1)), data.length - 1);
                }
            } catch (NumberFormatException e) {
                throw new ServiceError(416, "InvalidRange", "the Range header is not valid");
            }
            if (start >= data.length || start > end) {
                throw new ServiceError(416, "InvalidRange", "The requested range is not satisfiable");
            }
            byte[] part = new byte[(int) (end - start + 1)];
            System.arraycopy(data, (int) start, part, 0, part.length);
            contentRange = "bytes " + start + "-" + end + "/" + data.length;
            data = part;
            status = 206;
        }
        return HttpResponse.bytes(status, data, o.contentType()).header("ETag", "\"" + o.md5() + "\"")
                .header("Accept-Ranges", "bytes").header("Content-Range", contentRange)
                .header("Last-Modified", HTTP_DATE.format(o.lastModified().atOffset(ZoneOffset.UTC)));
    }

    // ================================================================== errors

    static HttpResponse error(boolean cos, int status, String code, String message, String requestId) {
        String traceId = newRequestId();
        XmlNode e = XmlNode.of("Error");
        e.add("Code", code).add("Message", message).add("RequestId", requestId).add("TraceId", traceId);
        return HttpResponse.xml(status, e.toXml()).header(cos ? "x-cos-request-id" : "x-ci-request-id", requestId)
                .header("x-ci-request-id", requestId).header("x-ci-trace-id", traceId);
    }

    static String newRequestId() {
        byte[] b = new byte[18];
        ThreadLocalRandom.current().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    // ================================================================== builder

    /** Settings of an emulator; every one has a default that suits a test. */
    public static final class Builder {
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private final List<Credential> credentials = new ArrayList<>();
        private Path dataDir;
        private Duration processingTime = Duration.ofMillis(200);
        private int concurrency = 4;
        private int maxThreads = 256;
        private long maxObjectBytes = 64L * 1024 * 1024;
        private boolean speech = true;
        private String failMarker;
        private final Faults faults = new Faults();

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        public Builder credential(String secretId, String secretKey) {
            credentials.add(Credential.of(secretId, secretKey));
            return this;
        }

        /** STS-style temporary credentials: requests must carry the token in x-cos-security-token. */
        public Builder credential(String secretId, String secretKey, String sessionToken) {
            credentials.add(new Credential(secretId, secretKey, sessionToken));
            return this;
        }

        /** Keep objects, jobs, templates and queue settings in this directory across restarts. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        public Builder processingTime(Duration d) {
            this.processingTime = d;
            return this;
        }

        /** How many jobs run at once (the queue's MaxConcurrent). */
        public Builder concurrency(int n) {
            this.concurrency = n;
            return this;
        }

        public Builder maxThreads(int n) {
            this.maxThreads = n;
            return this;
        }

        /** False to synthesize tones instead of speech: cheaper when only the bytes matter. */
        public Builder speech(boolean speech) {
            this.speech = speech;
            return this;
        }

        public Builder failMarker(String marker) {
            this.failMarker = marker;
            return this;
        }

        public Builder fault(String operation, Faults.Spec spec) {
            faults.set(operation, spec);
            return this;
        }

        public TencentCiEmulator start() {
            if (credentials.isEmpty()) {
                throw new IllegalStateException("the emulator needs at least one credential");
            }
            try {
                return new TencentCiEmulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the emulator", e);
            }
        }
    }
}
