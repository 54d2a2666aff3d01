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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.tts.client.credentials.TencentCredentials;
import io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider;
import io.github.cameltencent.tts.model.CiError;
import io.github.cameltencent.tts.model.DeleteTemplateResponse;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.ListJobsQuery;
import io.github.cameltencent.tts.model.QueueListResponse;
import io.github.cameltencent.tts.model.QueueQuery;
import io.github.cameltencent.tts.model.QueueRequest;
import io.github.cameltencent.tts.model.QueueResponse;
import io.github.cameltencent.tts.model.TemplateListResponse;
import io.github.cameltencent.tts.model.TemplateQuery;
import io.github.cameltencent.tts.model.TemplateRequest;
import io.github.cameltencent.tts.model.TemplateResponse;

/**
 * The only HTTP path to Tencent CI and COS: builds the URL, signs, sends over a pooled Apache HttpClient 5,
 * and turns error answers into {@link CiException}. Knows nothing of Camel, so the producer, the consumer, the
 * health checks and the benchmarks share it.
 *
 * <p>It makes no thread of its own: every attempt runs on the {@code io} executor it is given (the blocking HTTP
 * call never runs on the caller's thread) and every pause (retry backoff, rate limit) is a task on the
 * {@code scheduler} it is given. The component hands it pools from the CamelContext's ExecutorServiceManager, owned
 * and shut down by the endpoint.
 */
public class CiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CiClient.class);
    private static final String USER_AGENT = "camel-tencent-tts";

    private final CiClientConfig config;
    private final TencentCredentialsProvider credentials;
    private final LongSupplier clockSeconds;
    private final CloseableHttpClient http;
    private final HttpHost override;
    private final AtomicLong clockOffset = new AtomicLong();
    private final RateLimiter limiter;
    private static final Set<String> PLAIN_HTTP_WARNED = ConcurrentHashMap.newKeySet();
    /** Where every attempt runs: the blocking HTTP call. */
    private final Executor io;
    /** Where pauses wait: a retry's backoff, a rate-limit slot; the task only hands the attempt to {@link #io}. */
    private final ScheduledExecutorService scheduler;
    private volatile boolean closed;

    /**
     * @param io        runs every attempt (blocking HTTP); the caller owns it and shuts it down
     * @param scheduler runs the pauses before retries; the caller owns it and shuts it down
     */
    public CiClient(CiClientConfig config, TencentCredentialsProvider credentials, Executor io,
                    ScheduledExecutorService scheduler) {
        this(config, credentials, () -> System.currentTimeMillis() / 1000, io, scheduler, null);
    }

    /**
     * @param clockSeconds the signing clock, epoch seconds; injectable so skew can be corrected or tested
     * @param customizer   applied to the HTTP client builder last (camel-http's HttpClientConfigurer, say); may be
     *                     null
     */
    public CiClient(CiClientConfig config, TencentCredentialsProvider credentials, LongSupplier clockSeconds,
                    Executor io, ScheduledExecutorService scheduler, Consumer<HttpClientBuilder> customizer) {
        this.config = config;
        this.credentials = credentials;
        this.clockSeconds = clockSeconds;
        this.io = Objects.requireNonNull(io, "io");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.override = config.endpointOverride() == null ? null : HttpHost.create(config.endpointOverride());
        if (override != null && "http".equals(override.getSchemeName())
                && PLAIN_HTTP_WARNED.add(config.endpointOverride().toString())) {
            // once per address and JVM: every endpoint of a route set shares the same emulator address
            LOG.warn("endpointOverride {} is plain http: requests and signatures travel unencrypted (fine for a"
                    + " local emulator)", config.endpointOverride());
        }
        this.http = build(config, customizer);
        this.limiter = new RateLimiter(config.requestsPerSecond());
    }

    /** Spaces requests out to a steady rate, to stay under the account's quota: it reserves slots, never waits. */
    private static final class RateLimiter {
        private final long intervalNanos;
        private long next;

        RateLimiter(double perSecond) {
            this.intervalNanos = perSecond > 0 ? (long) (1_000_000_000L / perSecond) : 0;
        }

        /** Takes the next slot; returns how long until it comes (0: now). */
        long reserve() {
            if (intervalNanos == 0) {
                return 0;
            }
            synchronized (this) {
                long now = System.nanoTime();
                next = Math.max(next, now);
                long wait = next - now;
                next += intervalNanos;
                return wait;
            }
        }
    }

    /** Seconds the signing clock is corrected by, learned from the server after a skew error. */
    public long clockOffsetSeconds() {
        return clockOffset.get();
    }

    private static CloseableHttpClient build(CiClientConfig c, Consumer<HttpClientBuilder> customizer) {
        PoolingHttpClientConnectionManagerBuilder poolBuilder = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(c.connectTimeout()))
                        .setSocketTimeout(Timeout.of(c.socketTimeout())).build())
                .setMaxConnTotal(c.maxConnections()).setMaxConnPerRoute(c.maxConnections());
        if (c.sslContext() != null) {
            // the route's trust and key material, for CI and COS alike; host names are still verified
            poolBuilder.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(c.sslContext())
                    .buildClassic());
        }
        PoolingHttpClientConnectionManager pool = poolBuilder.build();
        HttpClientBuilder b = org.apache.hc.client5.http.impl.classic.HttpClients.custom()
                // the connection's socket timeout bounds every read of an answer; a response timeout as well
                // would set the socket option again on every request for the same value
                .setConnectionManager(pool)
                .setUserAgent(USER_AGENT)
                // retries are decided by the caller: a blind retry of a submit could create a second job
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement();
        if (c.proxyHost() != null && !c.proxyHost().isBlank()) {
            HttpHost proxy = new HttpHost(c.proxyHost(), c.proxyPort() > 0 ? c.proxyPort() : 8080);
            b.setProxy(proxy);
            if (c.proxyUsername() != null && !c.proxyUsername().isBlank()) {
                BasicCredentialsProvider creds = new BasicCredentialsProvider();
                creds.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(c.proxyUsername(),
                        c.proxyPassword() == null ? new char[0] : c.proxyPassword().toCharArray()));
                b.setDefaultCredentialsProvider(creds);
            }
        }
        if (customizer != null) {
            // last, so the user's interceptors, proxies and tuning are applied to the client actually used
            customizer.accept(b);
        }
        return b.build();
    }

    public CiClientConfig config() {
        return config;
    }

    // ================================================================== CI operations
    //
    // Every operation returns at once with a future: every attempt runs on the io executor, and a retry is
    // scheduled after its pause instead of sleeping, so no Camel, consumer or tracker thread is held by HTTP or
    // by a backoff. join(...) turns a future back into a plain call for callers that must answer synchronously
    // (the polling consumer's poll, which Camel runs as a synchronous call on purpose).

    /**
     * Submits a job, never twice. It is sent again only when it provably was not applied (refused connection, 429,
     * 503). After an ambiguous failure (the connection broke after sending, or a 5xx) the bucket's newest jobs are
     * searched for this one (same output object and input) and it is adopted when found.
     */
    public CompletableFuture<CiResult<JobResponse>> submitJob(String bucket, JobRequest request) {
        Call call = new Call("submitJob", config.ciHost(bucket), "POST", "/jobs", null, CiXml.write(request),
                "application/xml", 1, (e, sentAt) -> adopt(bucket, request, e, sentAt));
        return execute(call).thenApply(r -> parse(call, r, JobResponse.class));
    }

    /**
     * After an ambiguous submit failure: the job this request created, if the service shows one (newest first,
     * created since the attempt), as an answer; null when none is there, so the policy may send again.
     */
    private CompletableFuture<Response> adopt(String bucket, JobRequest request, CiException failure,
                                              long sentAtSeconds) {
        String since = CiTime.format(Instant.ofEpochSecond(sentAtSeconds - 120));
        return findSubmitted(bucket, request, since, null, 0).handle((adopted, lookupFailure) -> {
            if (lookupFailure != null) {
                RuntimeException lookup = unwrap(lookupFailure);
                throw new AmbiguousSubmitException("the submit failed after it was sent (" + failure.getErrorCode()
                        + ") and the bucket's jobs could not be searched for it (" + (lookup instanceof CiException c
                                ? c.getErrorCode() : lookup.getClass().getSimpleName()) + ")", failure);
            }
            if (adopted == null) {
                return null;
            }
            LOG.debug("submit of {} failed ambiguously ({}); adopted job {}", outputKey(request),
                    failure.getErrorCode(), adopted.getJobId());
            JobResponse r = new JobResponse();
            r.getJobsDetail().add(adopted);
            return new Response(200, Map.of(), CiXml.write(r));
        });
    }

    /**
     * Searches every job created since shortly before the attempt, newest first, page by page: while the search
     * waits for its own retries, other submits may push this job past the first page, and a job not found is
     * submitted again. A search that would read more than {@link #ADOPT_MAX_PAGES} pages is given up as
     * unsettled rather than risk a duplicate.
     */
    private CompletableFuture<JobsDetail> findSubmitted(String bucket, JobRequest request, String since,
                                                        String token, int page) {
        if (page >= ADOPT_MAX_PAGES) {
            return CompletableFuture.failedFuture(new CiException("listJobs", 0, "TooManyJobs", "more than "
                    + ADOPT_MAX_PAGES * 100 + " jobs were created around the failed submit", null, null, null));
        }
        // page after page as a chain of futures: the search holds no io thread while a page is fetched
        return listJobs(bucket, new ListJobsQuery(request.getQueueId(), null, since, null, "Desc", 100, token))
                .thenCompose(result -> {
                    JobResponse r = result.body();
                    if (r == null) {
                        return CompletableFuture.completedFuture(null);
                    }
                    for (JobsDetail job : r.getJobsDetail()) {
                        if (isCreatedBy(job, request)) {
                            return CompletableFuture.completedFuture(job);
                        }
                    }
                    String next = r.getNextToken();
                    if (next == null || next.isEmpty() || r.getJobsDetail().isEmpty()) {
                        return CompletableFuture.completedFuture(null);
                    }
                    return findSubmitted(bucket, request, since, next, page + 1);
                });
    }

    /** At most this many pages of 100 jobs are searched for the job of an ambiguous submit. */
    static final int ADOPT_MAX_PAGES = 50;

    private static boolean isCreatedBy(JobsDetail job, JobRequest request) {
        if (job.getOperation() == null || job.getOperation().getOutput() == null
                || job.getOperation().getTtsConfig() == null) {
            return false;
        }
        var out = job.getOperation().getOutput();
        var mine = request.getOperation().getOutput();
        return Objects.equals(out.getBucket(), mine.getBucket())
                && Objects.equals(out.getObject(), mine.getObject())
                && Objects.equals(job.getOperation().getTtsConfig().getInput(),
                        request.getOperation().getTtsConfig().getInput());
    }

    private static String outputKey(JobRequest r) {
        return r.getOperation() == null || r.getOperation().getOutput() == null ? "?"
                : r.getOperation().getOutput().getObject();
    }

    public CompletableFuture<CiResult<JobResponse>> getJob(String bucket, String jobId) {
        return ci("getJob", bucket, "GET", "/jobs/" + jobId, null, null, JobResponse.class);
    }

    /** Describes several jobs in one call (GET /jobs/id1,id2,...); unknown ids come back in NonExistJobIds. */
    public CompletableFuture<CiResult<JobResponse>> describeJobs(String bucket, List<String> jobIds) {
        return ci("getJob", bucket, "GET", "/jobs/" + String.join(",", jobIds), null, null, JobResponse.class);
    }

    public CompletableFuture<CiResult<JobResponse>> listJobs(String bucket, ListJobsQuery query) {
        return ci("listJobs", bucket, "GET", "/jobs", query.toParams(), null, JobResponse.class);
    }

    public CompletableFuture<CiResult<Void>> cancelJob(String bucket, String jobId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("cancel", null);
        return ci("cancelJob", bucket, "PUT", "/jobs/" + jobId, params, new byte[0], Void.class);
    }

    public CompletableFuture<CiResult<TemplateResponse>> createTemplate(String bucket, TemplateRequest request) {
        return ci("createTemplate", bucket, "POST", "/template", null, CiXml.write(request), TemplateResponse.class);
    }

    public CompletableFuture<CiResult<TemplateResponse>> updateTemplate(String bucket, String templateId,
                                                                        TemplateRequest request) {
        return ci("updateTemplate", bucket, "PUT", "/template/" + templateId, null, CiXml.write(request),
                TemplateResponse.class);
    }

    public CompletableFuture<CiResult<TemplateListResponse>> getTemplates(String bucket, TemplateQuery query) {
        return ci("getTemplates", bucket, "GET", "/template", query.toParams(), null, TemplateListResponse.class);
    }

    public CompletableFuture<CiResult<DeleteTemplateResponse>> deleteTemplate(String bucket, String templateId) {
        return ci("deleteTemplate", bucket, "DELETE", "/template/" + templateId, null, null,
                DeleteTemplateResponse.class);
    }

    /** The speech queues, where TTS jobs run (DescribeSpeechQueues). */
    public CompletableFuture<CiResult<QueueListResponse>> getQueues(String bucket, QueueQuery query) {
        return ci("getQueues", bucket, "GET", "/asrqueue", query.toParams(), null, QueueListResponse.class);
    }

    /** Changes a speech queue (UpdateSpeechQueue): its name, Active or Paused, and its callback settings. */
    public CompletableFuture<CiResult<QueueResponse>> updateQueue(String bucket, String queueId,
                                                                  QueueRequest request) {
        return ci("updateQueue", bucket, "PUT", "/asrqueue/" + queueId, null, CiXml.write(request),
                QueueResponse.class);
    }

    // ================================================================== COS objects

    /** Uploads an object; returns its ETag. */
    public CompletableFuture<CiResult<String>> putObject(String region, String bucket, String key, byte[] data,
                                                         String contentType) {
        return execute(new Call("putObject", config.cosHost(bucket, region), "PUT", "/" + key, null, data,
                contentType == null ? "application/octet-stream" : contentType, 1, null))
                .thenApply(r -> new CiResult<>(r.header("ETag"), r.requestId(), r.status(), r.header("Date")));
    }

    /**
     * Reads an object into the stream {@code target} gives for each attempt, never whole into memory, and returns the
     * MD5 (hex) of what was read, computed on the way. A just-finished job's output may become visible a moment
     * after the job says Success, so a 404 is tried again, with the same backoff as everything else, until
     * {@code attempts} have been made; a retry asks {@code target} for a fresh stream.
     */
    public CompletableFuture<CiResult<String>> getObject(String region, String bucket, String key, int attempts,
                                                         Supplier<OutputStream> target) {
        return execute(new Call("getObject", config.cosHost(bucket, region), "GET", "/" + key, null, null, null,
                Math.max(1, attempts), null, target))
                .thenApply(r -> new CiResult<>(r.md5(), r.requestId(), r.status(), r.header("Date")));
    }

    public CompletableFuture<CiResult<Void>> deleteObject(String region, String bucket, String key) {
        return execute(new Call("deleteObject", config.cosHost(bucket, region), "DELETE", "/" + key, null, null,
                null, 1, null))
                .thenApply(r -> new CiResult<>(null, r.requestId(), r.status(), r.header("Date")));
    }

    /**
     * One attempt, no retry, bounded by {@code timeout} end to end (connection lease, connect, answer): whether CI
     * answers with these credentials. For readiness checks, which must say DOWN quickly against a hung service
     * and must not spend the retry policy's quota.
     */
    @SuppressWarnings("deprecation") // a per-request connect timeout: the pool's ConnectionConfig is for calls
    public CompletableFuture<CiResult<QueueListResponse>> probe(String bucket, java.time.Duration timeout) {
        Call call = new Call("getQueues", config.ciHost(bucket), "GET", "/asrqueue",
                new QueueQuery(null, null, 1, 1).toParams(), null, null, 1, null);
        Timeout t = Timeout.of(timeout);
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(t).setConnectTimeout(t)
                .setResponseTimeout(t).build());
        CompletableFuture<Response> result = new CompletableFuture<>();
        try {
            // the scheduler ends the probe even when every io thread is busy or the connection hangs
            scheduler.schedule(() -> result.completeExceptionally(new CiConnectionException("getQueues", false,
                    new java.util.concurrent.TimeoutException("no answer within " + timeout.toMillis() + " ms"))),
                    timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(stopped());
        }
        onIo(() -> {
            try {
                result.complete(sendOnce(call, context));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, result);
        return result.thenApply(r -> parse(call, r, QueueListResponse.class));
    }

    /** Waits for a call of this client, as a plain call: its CiException (or other failure) is thrown as is. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    /** The failure a future of this client completed with, without CompletableFuture's wrapper. */
    public static RuntimeException unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException
                || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RuntimeException r ? r : new CiConnectionException("call", false, t);
    }

    // ================================================================== the one request path

    private <T> CompletableFuture<CiResult<T>> ci(String operation, String bucket, String method, String path,
                                                  Map<String, String> params, byte[] body, Class<T> type) {
        Call call = new Call(operation, config.ciHost(bucket), method, path, params, body,
                body == null || body.length == 0 ? null : "application/xml", 1, null);
        return execute(call).thenApply(r -> parse(call, r, type));
    }

    private static <T> CiResult<T> parse(Call call, Response r, Class<T> type) {
        if (type == Void.class || r.body().length == 0) {
            return new CiResult<>(null, r.requestId(), r.status(), r.header("Date"));
        }
        try {
            T body = CiXml.read(r.body(), type);
            return new CiResult<>(body, r.requestId(), r.status(), r.header("Date"));
        } catch (IOException e) {
            throw new CiException(call.operation(), r.status(), "InvalidResponse",
                    "the service answered " + r.status() + " with a body that is not the expected XML",
                    r.requestId(), null, e);
        }
    }

    /**
     * A received answer with a 2xx status: the headers a caller reads, and the body, or for a streamed download the
     * MD5 of what was streamed.
     */
    record Response(int status, Map<String, String> headers, byte[] body, String md5) {

        Response(int status, Map<String, String> headers, byte[] body) {
            this(status, headers, body, null);
        }

        String header(String name) {
            return headers.get(name);
        }

        String requestId() {
            String id = headers.get("x-ci-request-id");
            return id != null ? id : headers.get("x-cos-request-id");
        }

        Instant serverTime() {
            return CiTime.httpDate(headers.get("Date"));
        }
    }

    /**
     * What an ambiguous failure of a call that must not be applied twice (a submit) turns into: an adopted answer,
     * or null to try again.
     */
    interface Ambiguity {
        CompletableFuture<Response> resolve(CiException failure, long sentAtSeconds);
    }

    /**
     * One request, as the retry policy sees it. A call with an {@code ambiguous} resolver (a submit) is sent again
     * only when it provably was not applied; every other call is repeatable.
     */
    record Call(String operation, String host, String method, String path, Map<String, String> params, byte[] body,
                String contentType, int notFoundAttempts, Ambiguity ambiguous, Supplier<OutputStream> sink) {

        Call(String operation, String host, String method, String path, Map<String, String> params, byte[] body,
             String contentType, int notFoundAttempts, Ambiguity ambiguous) {
            this(operation, host, method, path, params, body, contentType, notFoundAttempts, ambiguous, null);
        }

        boolean repeatable() {
            return ambiguous == null;
        }
    }

    /** Sends a call under the retry policy; the future completes with its answer or its last failure. */
    CompletableFuture<Response> execute(Call call) {
        CompletableFuture<Response> result = new CompletableFuture<>();
        attempt(call, 0, 0, false, result);
        return result;
    }

    /**
     * One attempt. A repeatable call is tried again on throttling, server errors and connection failures; a submit
     * only when it provably was not applied, and after an ambiguous failure only when the service shows no job
     * for it. A 404 is tried again while {@code notFoundAttempts} allow. A refusal because of clock skew corrects
     * the signing clock from the server's Date once and tries again at once. The rate limit and every pause are
     * scheduled, never slept.
     */
    private void attempt(Call call, int retries, int notFound, boolean clockCorrected,
                         CompletableFuture<Response> result) {
        long waitNanos = limiter.reserve();
        Runnable send = () -> attemptNow(call, retries, notFound, clockCorrected, result);
        if (waitNanos > 0) {
            later(TimeUnit.NANOSECONDS.toMillis(waitNanos) + 1, send, result);
        } else {
            onIo(send, result);
        }
    }

    /** Hands an attempt to the io executor; a stopped executor fails the call instead of leaving it hanging. */
    private void onIo(Runnable attempt, CompletableFuture<Response> result) {
        if (closed) {
            result.completeExceptionally(stopped());
            return;
        }
        try {
            io.execute(attempt);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(stopped());
        }
    }

    private static CiConnectionException stopped() {
        return new CiConnectionException("call", false,
                new IllegalStateException("the client was closed (or its endpoint stopped) while a call was pending"));
    }

    private void attemptNow(Call call, int retries, int notFound, boolean clockCorrected,
                            CompletableFuture<Response> result) {
        if (closed) {
            result.completeExceptionally(stopped());
            return;
        }
        long sentAt = now();
        try {
            result.complete(sendOnce(call, null));
            return;
        } catch (CiException e) {
            try {
                onFailure(call, e, sentAt, retries, notFound, clockCorrected, result);
            } catch (RuntimeException decided) {
                result.completeExceptionally(decided);
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private void onFailure(Call call, CiException e, long sentAt, int retries, int notFound, boolean clockCorrected,
                           CompletableFuture<Response> result) {
        RetryPolicy policy = config.retry();
        if (e.isClockSkew() && !clockCorrected && e.getServerTime() != null) {
            long offset = e.getServerTime().getEpochSecond() - clockSeconds.getAsLong();
            clockOffset.set(offset);
            LOG.warn("the service refused the signature for clock skew; signing {} s {} from now on",
                    Math.abs(offset), offset >= 0 ? "ahead" : "behind");
            attempt(call, retries, notFound, true, result);
            return;
        }
        if (e.getStatusCode() == 404 && notFound + 1 < call.notFoundAttempts()) {
            later(policy.delayMillis(notFound, 0), () -> attempt(call, retries, notFound + 1, clockCorrected, result),
                    result);
            return;
        }
        boolean notApplied = e instanceof CiConnectionException c ? !c.isRequestSent() : e.isRefused();
        boolean again;
        if (call.repeatable() || notApplied) {
            again = e.isRetryable();
        } else {
            // sent, and the service may have acted on it: a lost connection or a server-side failure
            boolean ambiguous = e instanceof CiConnectionException c ? c.isRequestSent()
                    : e.getKind() == CiErrorCode.Kind.SERVER;
            if (!ambiguous) {
                throw e;
            }
            call.ambiguous().resolve(e, sentAt).whenComplete((adopted, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(unwrap(failure));
                } else if (adopted != null) {
                    result.complete(adopted);
                } else if (retries >= policy.maxRetries()) {
                    result.completeExceptionally(new AmbiguousSubmitException("the submit failed after it was sent ("
                            + e.getErrorCode() + "), no job for it was found, and the retries are used up", e));
                } else {
                    later(policy.delayMillis(retries, e.getRetryAfterSeconds()),
                            () -> attempt(call, retries + 1, notFound, clockCorrected, result), result);
                }
            });
            return;
        }
        if (!again || retries >= policy.maxRetries()) {
            throw e;
        }
        later(policy.delayMillis(retries, e.getRetryAfterSeconds()),
                () -> attempt(call, retries + 1, notFound, clockCorrected, result), result);
    }

    /** Runs an attempt after its pause on the io executor: the scheduler only waits, nobody sleeps. */
    private void later(long millis, Runnable attempt, CompletableFuture<Response> result) {
        if (closed) {
            result.completeExceptionally(stopped());
            return;
        }
        try {
            scheduler.schedule(() -> onIo(attempt, result), Math.max(0, millis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the endpoint stopped while the call waited for its retry: the caller learns it, nobody hangs
            result.completeExceptionally(stopped());
        }
    }

    private long now() {
        return clockSeconds.getAsLong() + clockOffset.get();
    }

    /** @param context per-request settings (the readiness probe's short timeouts); null for the client's own */
    private Response sendOnce(Call call, HttpClientContext context) {
        String operation = call.operation();
        String host = call.host();
        String method = call.method();
        String path = call.path();
        Map<String, String> params = call.params();
        byte[] body = call.body();
        String contentType = call.contentType();
        TencentCredentials creds = credentials.resolveCredentials();
        if (creds == null) {
            throw new IllegalStateException("no Tencent credentials are available from " + credentials.describe());
        }
        String target = encodePath(path) + query(params);
        HttpHost connectTo = override != null ? override : new HttpHost("https", host, 443);
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(method, connectTo, target);
        if (override == null) {
            request.setAuthority(new URIAuthority(host));
        } else {
            // the signed virtual host travels in Host, while TLS verifies the address the route pointed at
            request.setHeader("Host", host);
        }

        // the signer lower-cases and sorts the names itself: an insertion-ordered map is all it needs
        Map<String, String> signed = new LinkedHashMap<>(4);
        signed.put("Host", host);
        if (body != null) {
            signed.put("Content-Length", String.valueOf(body.length));
            ContentType type = contentType == null ? null : ContentType.parse(contentType);
            if (type != null) {
                signed.put("Content-Type", type.toString());
            }
            request.setEntity(new ByteArrayEntity(body, type));
        }
        long start = now();
        request.addHeader("Authorization", RequestSigner.authorization(method, path, params, signed,
                creds.secretId(), creds.secretKey(), start, start + config.signatureValidity().toSeconds()));
        if (creds.sessionToken() != null) {
            request.addHeader("x-cos-security-token", creds.sessionToken());
        }

        try {
            return http.execute(connectTo, request, context, response -> {
                int status = response.getCode();
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (String name : KEPT_HEADERS) {
                    Header h = response.getFirstHeader(name);
                    if (h != null) {
                        headers.put(name, h.getValue());
                    }
                }
                boolean ok = status / 100 == 2;
                Response r;
                if (ok && call.sink() != null) {
                    r = new Response(status, headers, new byte[0], stream(response.getEntity(), call.sink()));
                } else {
                    // error answers are short; anything else is bounded by maxResponseSize while it is read
                    long max = ok ? config.maxResponseSize() : MAX_ERROR_BODY;
                    r = new Response(status, headers, readBounded(operation, status, response.getEntity(), max));
                }
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{} {} {} -> {} (RequestId {})", operation, method, host + path, r.status(),
                            r.requestId());
                }
                if (!ok) {
                    throw error(operation, r, response.getReasonPhrase()).withResponseHints(retryAfter(r),
                            r.serverTime());
                }
                return r;
            });
        } catch (CiException e) {
            throw e;
        } catch (ConnectTimeoutException | UnknownHostException | ConnectException
                 | javax.net.ssl.SSLHandshakeException e) {
            // HttpHostConnectException is a ConnectException: the connection was never made; a refused TLS
            // handshake also ends before anything of the request is sent
            throw new CiConnectionException(operation, false, e);
        } catch (IOException e) {
            throw new CiConnectionException(operation, true, e);
        }
    }

    /** The answer headers anyone here reads; the others are not copied. */
    private static final String[] KEPT_HEADERS = {"Date", "Retry-After", "ETag", "x-ci-request-id",
        "x-cos-request-id", "x-ci-trace-id"};
    /** Error answers are read up to this size: more than any error document, and the rest is not needed. */
    private static final long MAX_ERROR_BODY = 1024 * 1024;

    /**
     * Reads an answer, failing as soon as it passes {@code max} bytes (whatever Content-Length claims). Past the
     * bound the connection is aborted: closing the stream normally would read the rest to keep the connection,
     * which costs as much bandwidth as the server likes.
     */
    private static byte[] readBounded(String operation, int status, HttpEntity entity, long max) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > max && status / 100 == 2) {
            abort(entity.getContent());
            throw tooLarge(operation, status, max);
        }
        InputStream in = entity.getContent();
        if (declared >= 0 && declared <= max) {
            // the usual case: the length is known, read it straight into its array
            try (in) {
                return in.readNBytes((int) declared);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                abort(in);
                if (status / 100 != 2) {
                    break; // an error's first part tells what went wrong
                }
                throw tooLarge(operation, status, max);
            }
            out.write(buffer, 0, n);
        }
        in.close();
        return out.toByteArray();
    }

    /** Drops the connection under an answer without reading the rest; it is discarded, never pooled again. */
    private static void abort(InputStream in) throws IOException {
        if (in instanceof EofSensorInputStream sensor) {
            sensor.abort();
        } else if (in != null) {
            in.close();
        }
    }

    private static CiException tooLarge(String operation, int status, long max) {
        return new CiException(operation, status, "ResponseTooLarge", "the answer is larger than maxResponseSize ("
                + max + " bytes); nothing of it was used", null, null, null);
    }

    /** Streams a downloaded object into the sink, computing its MD5 on the way. */
    private static String stream(HttpEntity entity, Supplier<OutputStream> sink)
            throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        OutputStream out = sink.get();
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                byte[] buffer = new byte[16384];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    md5.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
        }
        out.flush();
        return HexFormat.of().formatHex(md5.digest());
    }

    private static long retryAfter(Response r) {
        String v = r.header("Retry-After");
        if (v == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static CiException error(String operation, Response r, String reason) {
        byte[] body = r.body();
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.startsWith("<")) {
            try {
                CiError e = CiXml.read(body, CiError.class);
                if (e.getCode() != null) {
                    String requestId = e.getRequestId() != null ? e.getRequestId() : r.requestId();
                    return CiException.of(operation, r.status(), e.getCode(), e.getMessage(), requestId,
                            e.getTraceId() != null ? e.getTraceId() : r.header("x-ci-trace-id"));
                }
            } catch (IOException ignored) {
                // not the service's error XML (an HTML page from a proxy, say): reported below
            }
        }
        // a proxy's HTML page, say: its text without tags; CiException bounds and escapes it
        String snippet = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return CiException.of(operation, r.status(), r.status() + " " + (reason == null ? "" : reason).trim(),
                snippet, r.requestId(), r.header("x-ci-trace-id"));
    }

    /** A path of unreserved characters, single slashes and commas, starting with a slash: sent as it is. */
    private static boolean isPlainPath(String path) {
        if (path.isEmpty() || path.charAt(0) != '/' || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.' || c == '~' || c == ','
                    || (c == '/' && (i == 0 || path.charAt(i - 1) != '/'));
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * Percent-encodes each path segment as the signer does, keeping the slashes, and the commas of a batched job
     * look-up ({@code /jobs/id1,id2}): a comma is a legal path character and Tencent's SDKs send it raw.
     */
    static String encodePath(String path) {
        if (isPlainPath(path)) {
            // the usual path (/jobs/<id>, /template): nothing to encode, nothing to copy
            return path;
        }
        StringBuilder sb = new StringBuilder(path.length() + 16);
        for (String segment : path.split("/", -1)) {
            if (sb.length() > 0 || path.startsWith("/")) {
                sb.append('/');
            }
            sb.append(RequestSigner.encode(segment));
        }
        String s = sb.toString();
        if (s.indexOf('%') >= 0) {
            s = s.replace("%2C", ",");
        }
        return s.startsWith("//") ? s.substring(1) : s;
    }

    private static String query(Map<String, String> params) {
        if (params == null || params.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("?");
        params.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append('&');
            }
            sb.append(RequestSigner.encode(k));
            if (v != null) {
                sb.append('=').append(RequestSigner.encode(v));
            }
        });
        return sb.toString();
    }

    @Override
    public void close() {
        closed = true;
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client failed", e);
        }
    }

    @Override
    public String toString() {
        return "CiClient[" + config + "]";
    }
}
