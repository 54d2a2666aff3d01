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
package io.github.cameltencent.tts;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiClientConfig;
import io.github.cameltencent.tts.job.JobEmitter;
import io.github.cameltencent.tts.job.JobTracker;
import io.github.cameltencent.tts.submit.JobRequestMapper;

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

    private CiClient client;
    private boolean ownsClient;
    /** Every HTTP call of this endpoint's client runs here (blocking I/O), never on a route's thread. */
    private ExecutorService io;
    /** Pauses before retries and rate-limited sends; its tasks only hand work to {@link #io}. */
    private ScheduledExecutorService scheduler;
    /** Hand-over after a wait, and the callback consumer's verification and routing. */
    private ExecutorService workers;
    private TtsMetrics metrics = TtsMetrics.NONE;
    private JobTracker tracker;
    private JobEmitter emitter;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Templates the producers read, shared so a template is read once per endpoint and expiry. */
    private final Map<String, TencentTtsProducer.CachedTemplate> templates = new ConcurrentHashMap<>();
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
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        metrics = TtsMetrics.create(getCamelContext());
        if (configuration.getIdempotentRepository() == null) {
            configuration.setIdempotentRepository(MemoryIdempotentRepository.memoryIdempotentRepository(100_000));
        }
        if (configuration.getInProgressRepository() == null) {
            configuration.setInProgressRepository(MemoryIdempotentRepository.memoryIdempotentRepository(100_000));
        }
        // every thread of the endpoint comes from Camel: named the Camel way (thread name pattern), made through
        // the manager (its ThreadFactoryListeners, JMX), sized by a profile or the options, shut down with the
        // endpoint
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        io = pool(executors, "TencentTtsIo", "ioPoolSize", configuration.getIoPoolSize());
        workers = pool(executors, "TencentTtsWorker", "workerPoolSize", configuration.getWorkerPoolSize());
        scheduler = executors.newSingleThreadScheduledExecutor(this, "TencentTtsScheduler");
        if (client == null) {
            ownsClient = configuration.getCiClient() == null;
            client = ownsClient ? TencentTtsClientFactory.create(configuration, getCamelContext(), io, scheduler)
                    : configuration.getCiClient();
        }
        tracker = new JobTracker(client, configuration.getBucket(), configuration.getWaitInterval(),
                configuration.getWaitMaxInterval(), executors.newSingleThreadScheduledExecutor(this,
                        "TencentTtsJobTracker"), workers);
        tracker.start();
        String bucket = configuration.getBucket();
        emitter = new JobEmitter(client, configuration.getIdempotentRepository(),
                configuration.getInProgressRepository(), configuration.isDownload(),
                configuration.getDownloadAttempts(), allowedOutputBuckets(configuration),
                configuration.isTraceInUserData(), job -> metrics.finished(bucket, job));
    }

    /**
     * The pool named {@code name}: sized by the thread-pool profile of that id when the application registered one
     * (the way Camel's EIPs take an {@code executorServiceRef}, so one profile can size the pool of every endpoint),
     * otherwise a fixed pool of {@code size} threads. That one's queue is unbounded because a call queued there is
     * already admitted (bounded by the routes' own concurrency and the tracker's batches), and refusing it would
     * fail an exchange.
     */
    private ExecutorService pool(ExecutorServiceManager executors, String name, String option, int size) {
        if (size < 1) {
            throw new TencentTtsValidationException(option, "must be at least 1, was " + size);
        }
        if (executors.getThreadPoolProfile(name) != null) {
            return executors.newThreadPool(this, name, name);
        }
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(size);
        profile.setMaxPoolSize(size);
        profile.setMaxQueueSize(-1);
        profile.setKeepAliveTime(60L);
        profile.setTimeUnit(java.util.concurrent.TimeUnit.SECONDS);
        profile.setAllowCoreThreadTimeOut(true);
        return executors.newThreadPool(this, name, profile);
    }

    /** The route's own buckets: downloads go there and nowhere else. */
    static Set<String> allowedOutputBuckets(TencentTtsConfiguration c) {
        Set<String> buckets = new HashSet<>();
        if (c.getBucket() != null) {
            buckets.add(c.getBucket());
        }
        if (c.getOutputBucket() != null && !c.getOutputBucket().isBlank()) {
            buckets.add(c.getOutputBucket());
        }
        if (c.getAllowedOutputBuckets() != null) {
            for (String b : c.getAllowedOutputBuckets().split(",")) {
                if (!b.isBlank()) {
                    JobRequestMapper.checkBucket("allowedOutputBuckets", b.trim());
                    buckets.add(b.trim());
                }
            }
        }
        return buckets;
    }

    @Override
    protected void doStop() throws Exception {
        if (tracker != null) {
            tracker.stop();
            tracker = null;
        }
        if (client != null && ownsClient) {
            client.close();
        }
        client = null;
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        for (ExecutorService pool : new ExecutorService[] {scheduler, io, workers}) {
            if (pool != null) {
                // pending calls fail at once (the client is closed); nothing waits for a pause to end
                executors.shutdownNow(pool);
            }
        }
        scheduler = null;
        io = null;
        workers = null;
        super.doStop();
    }

    /** The endpoint's one client, made when the endpoint starts. */
    public CiClient getClient() {
        return client;
    }

    Map<String, TencentTtsProducer.CachedTemplate> templates() {
        return templates;
    }

    /** The endpoint's worker pool: hand-over after a wait, the callback consumer's verification and routing. */
    ExecutorService workers() {
        return workers;
    }

    /** Looks jobs up for this endpoint's producer (waiting) and consumers (cursor, callback re-reads). */
    public JobTracker getTracker() {
        return tracker;
    }

    /** Puts finished jobs on messages for this endpoint's producer and consumers. */
    public JobEmitter getEmitter() {
        return emitter;
    }

    TtsMetrics metrics() {
        return metrics;
    }

    /** Exchanges of this endpoint waiting for their jobs right now. */
    public int jobsWaiting() {
        return waiting.get();
    }

    AtomicInteger waitingCounter() {
        return waiting;
    }

    /** Jobs the polling consumer has seen running and is following. */
    public int jobsPending() {
        TencentTtsConsumer c = pollingConsumer;
        return c == null || c.cursor() == null ? 0 : c.cursor().pendingCount();
    }

    /** Exchanges of finished jobs being routed by this endpoint's consumer right now. */
    public int jobsRouting() {
        return emitter == null ? 0 : emitter.routing();
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
        return "https://" + CiClientConfig.ciHostOf(configuration.getBucket(), configuration.getRegion());
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
