package io.github.cameltencent.tts;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiClientConfig;
import io.github.cameltencent.tts.client.RetryPolicy;

/**
 * Turn text into speech with Tencent Cloud Infinite (CI) TTS jobs: submit jobs, follow them, manage templates and
 * queues.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "tencent-tts", title = "Tencent Cloud TTS",
             syntax = "tencent-tts:operation", category = {Category.CLOUD, Category.AI},
             headersClass = TencentTtsConstants.class)
public class TencentTtsEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriParam
    private TencentTtsConfiguration configuration;

    @UriParam(label = "consumer", description = "Where the consumer records the jobs it has emitted, and the lower"
                                                + " creation-time bound it resumes from after a restart. Any Camel"
                                                + " idempotent repository works (file, JDBC, ...); shared by all nodes"
                                                + " of a cluster. Default: in memory, 100000 entries.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,advanced", description = "Jobs whose exchange is being routed right now, so that a"
                                                         + " poll does not emit them twice. Default: in memory.")
    private IdempotentRepository inProgressRepository;
    @UriParam(label = "common", defaultValue = "false", description = "Whether the consumer (and a submit that waits"
                                                                      + " for completion) downloads the output audio,"
                                                                      + " checks its MD5 and puts it on the body (the"
                                                                      + " JobsDetail moves to a header).")
    private boolean download;
    @UriParam(label = "common", defaultValue = "4", description = "How many times to try the download while the"
                                                                    + " output object is not yet visible.")
    private int downloadAttempts = 4;
    @UriParam(label = "consumer", defaultValue = "0", description = "The most jobs emitted per poll (0: no limit);"
                                                                    + " the rest wait for the next poll.")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", description = "For tencent-tts:callback: the platform-http path the callbacks"
                                                + " are posted to, e.g. /tts/done (the job's callBack URL points"
                                                + " there).")
    private String path;
    @UriParam(label = "consumer,security", secret = true, description = "For tencent-tts:callback: a shared secret"
                                                                          + " the callback URL must carry as"
                                                                          + " ?token=...; others get 403.")
    private String callbackToken;
    @UriParam(label = "consumer", defaultValue = "true", description = "For tencent-tts:callback: read the job again"
                                                                       + " with a signed request before emitting it;"
                                                                       + " the service does not sign its callbacks.")
    private boolean verifyCallbacks = true;
    @UriParam(label = "consumer", defaultValue = "86400000", javaType = "java.time.Duration",
              description = "On the very first start (nothing recorded in the idempotent repository and no"
                            + " startCreationTime), how far back to look for finished jobs.")
    private long lookback = 86_400_000L;

    private CiClient client;
    private boolean ownsClient;
    private TtsMetrics metrics = TtsMetrics.NONE;
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();
    private volatile TencentTtsConsumer pollingConsumer;

    public TencentTtsEndpoint(String uri, TencentTtsComponent component, TencentTtsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new TencentTtsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperation() == TencentTtsOperation.callback) {
            TencentTtsCallbackConsumer callbacks = new TencentTtsCallbackConsumer(this, processor);
            configureConsumer(callbacks);
            return callbacks;
        }
        if (configuration.getOperation() != TencentTtsOperation.jobs) {
            throw new IllegalArgumentException("the consumer endpoints are tencent-tts:jobs and tencent-tts:callback,"
                    + " not tencent-tts:" + configuration.getOperation());
        }
        TencentTtsConsumer consumer = new TencentTtsConsumer(this, processor);
        configureConsumer(consumer);
        pollingConsumer = consumer;
        consumer.setMaxMessagesPerPoll(maxMessagesPerPoll);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        metrics = TtsMetrics.create(getCamelContext());
        if (idempotentRepository == null) {
            idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository(100_000);
        }
        if (inProgressRepository == null) {
            inProgressRepository = MemoryIdempotentRepository.memoryIdempotentRepository(100_000);
        }
        if (client == null) {
            if (configuration.getCiClient() != null) {
                client = configuration.getCiClient();
                ownsClient = false;
            } else {
                client = new CiClient(clientConfig(configuration),
                        TencentTtsComponent.credentialsProvider(configuration));
                ownsClient = true;
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (client != null && ownsClient) {
            client.close();
        }
        client = null;
        super.doStop();
    }

    static CiClientConfig clientConfig(TencentTtsConfiguration c) {
        URI override = c.getEndpointOverride() == null || c.getEndpointOverride().isBlank() ? null
                : URI.create(c.getEndpointOverride());
        return new CiClientConfig(c.getRegion(), override, Duration.ofMillis(c.getConnectTimeout()),
                Duration.ofMillis(c.getSocketTimeout()), c.getProxyHost(),
                c.getProxyPort() == null ? 0 : c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(),
                Duration.ofSeconds(c.getSignatureValidity()), c.getMaxConnections(),
                new RetryPolicy(c.getMaxRetries(), Duration.ofMillis(c.getRetryBaseDelay()),
                        Duration.ofMillis(c.getRetryMaxDelay())), c.getRateLimit());
    }

    public CiClient getClient() {
        return client;
    }

    TtsMetrics metrics() {
        return metrics;
    }

    /** Exchanges of this endpoint waiting for their jobs right now. */
    public int jobsWaiting() {
        return waiting.get();
    }

    java.util.concurrent.atomic.AtomicInteger waitingCounter() {
        return waiting;
    }

    /** Jobs the polling consumer has seen running and is following. */
    public int jobsPending() {
        TencentTtsConsumer c = pollingConsumer;
        return c == null || c.cursor() == null ? 0 : c.cursor().pendingCount();
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public IdempotentRepository getInProgressRepository() {
        return inProgressRepository;
    }

    public void setInProgressRepository(IdempotentRepository inProgressRepository) {
        this.inProgressRepository = inProgressRepository;
    }

    public boolean isDownload() {
        return download;
    }

    public void setDownload(boolean download) {
        this.download = download;
    }

    public int getDownloadAttempts() {
        return downloadAttempts;
    }

    public void setDownloadAttempts(int downloadAttempts) {
        this.downloadAttempts = downloadAttempts;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getCallbackToken() {
        return callbackToken;
    }

    public void setCallbackToken(String callbackToken) {
        this.callbackToken = callbackToken;
    }

    public boolean isVerifyCallbacks() {
        return verifyCallbacks;
    }

    public void setVerifyCallbacks(boolean verifyCallbacks) {
        this.verifyCallbacks = verifyCallbacks;
    }

    public long getLookback() {
        return lookback;
    }

    public void setLookback(long lookback) {
        this.lookback = lookback;
    }

    public TencentTtsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(TencentTtsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        if (configuration.getEndpointOverride() != null && !configuration.getEndpointOverride().isBlank()) {
            return configuration.getEndpointOverride();
        }
        return "https://" + configuration.getBucket() + ".ci." + configuration.getRegion() + ".myqcloud.com";
    }

    @Override
    public String getServiceProtocol() {
        return getServiceUrl().startsWith("http:") ? "http" : "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("region", String.valueOf(configuration.getRegion()), "bucket",
                String.valueOf(configuration.getBucket()));
    }
}
