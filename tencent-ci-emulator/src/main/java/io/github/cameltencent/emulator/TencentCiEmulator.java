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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cameltencent.emulator.audio.SpeechEngine;
import io.github.cameltencent.emulator.auth.Credential;
import io.github.cameltencent.emulator.auth.RequestAuthenticator;
import io.github.cameltencent.emulator.ci.CiService;
import io.github.cameltencent.emulator.ci.Job;
import io.github.cameltencent.emulator.ci.Template;
import io.github.cameltencent.emulator.ci.Voices;
import io.github.cameltencent.emulator.console.Console;
import io.github.cameltencent.emulator.cos.CosObjects;
import io.github.cameltencent.emulator.cos.ObjectStore;
import io.github.cameltencent.emulator.cos.StoredObject;
import io.github.cameltencent.emulator.http.MiniHttpServer;
import io.github.cameltencent.emulator.http.TlsMaterial;

/**
 * A local stand-in for Tencent Cloud Infinite's TTS job API and the COS object API. Requests are routed by their
 * Host header as the real service routes them ({@code <bucket>.ci.<region>.myqcloud.com} → CI,
 * {@code <bucket>.cos.<region>.myqcloud.com} → COS), so clients connect to {@link #baseUrl()} while keeping the
 * real host names. Every request must carry a valid q-sign-algorithm=sha1 signature from a configured credential.
 * On the plain address, without a virtual host, the emulator serves its read-only web page ({@link #consoleUrl()}).
 * This class holds the public API and the settings; {@link FrontEnd} answers requests, {@link Routes} routes
 * them, and the rooms under {@code ci} and {@code cos} do the work. The README shows it in use.
 */
public final class TencentCiEmulator implements AutoCloseable {

    /** The largest XML body the CI API accepts. */
    public static final int MAX_XML_BYTES = Routes.MAX_XML_BYTES;

    private final MiniHttpServer server;
    private final RequestAuthenticator authenticator;
    private final ObjectStore objects;
    private final CiService ci;
    private final Faults faults;
    private final FrontEnd frontEnd;
    private final AtomicLong clockOffsetMillis = new AtomicLong();
    private final TlsMaterial tls;

    private TencentCiEmulator(Builder b) throws IOException {
        this.authenticator = new RequestAuthenticator(this::clockSeconds);
        b.credentials.forEach(authenticator::add);
        this.objects = new ObjectStore(b.dataDir);
        SpeechEngine speech = new SpeechEngine(b.speech);
        speech.warmUp();
        this.ci = new CiService(objects, speech, b.dataDir, b.processingTime, b.concurrency, b.queueMaxSize,
                b.failMarker, b.voices, this::clockMillis);
        this.faults = b.faults;
        this.frontEnd = new FrontEnd(authenticator, ci, new CosObjects(objects), faults,
                new Console(ci, objects, this::clockMillis), this::clockSeconds);
        this.tls = TlsMaterial.forSettings(b.tls, b.tlsKeyStore, b.tlsKeyStorePassword, b.tlsDir, b.dataDir);
        this.server = new MiniHttpServer(b.bindAddress, b.port, b.limits.toLimits(),
                tls == null ? null : tls.sslContext(), frontEnd);
    }

    /**
     * The service's one clock: the Date header, the signature window and the jobs' times all read it, as on the
     * real service, so a client that corrects its skew from Date also agrees with the job times it lists.
     */
    private long clockMillis() {
        return System.currentTimeMillis() + clockOffsetMillis.get();
    }

    private long clockSeconds() {
        return Math.floorDiv(clockMillis(), 1000);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ================================================================== public API

    public int port() {
        return server.port();
    }

    /**
     * Where to connect, e.g. {@code http://127.0.0.1:9000} ({@code https://} when serving TLS); send the real
     * virtual-host name as Host.
     */
    public String baseUrl() {
        return (tls == null ? "http" : "https") + "://127.0.0.1:" + port();
    }

    /**
     * The emulator's web page, e.g. {@code http://127.0.0.1:9000/_emulator/}: jobs with their state, text, voice and
     * timing, templates and queues, and a player for each finished job's audio, refreshed while jobs run. It needs
     * no signature and changes nothing; it answers on an IP address or localhost, not on the CI and COS host names.
     */
    public String consoleUrl() {
        return baseUrl() + Console.PREFIX + "/";
    }

    /** Whether the emulator serves HTTPS (see {@link Builder#tls()}). */
    public boolean isTls() {
        return tls != null;
    }

    /**
     * The PKCS12 trust store holding the emulator's self-signed certificate (password
     * {@value TlsMaterial#STORE_PASSWORD}), for clients to trust it; null without TLS or with a given key store.
     */
    public Path tlsTruststore() {
        return tls == null ? null : tls.truststore();
    }

    /** The emulator's certificate as a PEM file; null without TLS or with a given key store. */
    public Path tlsCertificatePem() {
        return tls == null ? null : tls.certificatePem();
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

    /**
     * Shifts the server clock, to test signature windows and clock-skew handling, or to let simulated hours pass:
     * the Date header, the signature check and the jobs' creation, start and end times all move with it. Set back,
     * it does not move creation times back: they never go backwards.
     */
    public void clockOffset(Duration offset) {
        clockOffsetMillis.set(offset.toMillis());
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
        return ci.jobs().all();
    }

    public Job job(String jobId) {
        return ci.jobs().job(jobId);
    }

    public List<Template> templates() {
        return ci.templates().all();
    }

    /**
     * The id of the bucket's speech queue ({@code GET /asrqueue}): the queue its TTS jobs wait in and report as
     * QueueId (every bucket has one).
     */
    public String queueId(String bucket) {
        return ci.queues().speechQueue(bucket).queueId();
    }

    /** The id of the bucket's media-processing queue ({@code GET /queue}); TTS jobs never run in it. */
    public String mediaQueueId(String bucket) {
        return ci.queues().mediaQueue(bucket).queueId();
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
        return frontEnd.counters.of(operation);
    }

    public long requestCount() {
        return frontEnd.counters.total();
    }

    public Map<String, Long> requestCounts() {
        return frontEnd.counters.all();
    }

    public void resetRequestCounts() {
        frontEnd.counters.reset();
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

    // ================================================================== builder

    /** Settings of an emulator; every one has a default that suits a test. */
    public static final class Builder {
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private final List<Credential> credentials = new ArrayList<>();
        private Path dataDir;
        private Duration processingTime = Duration.ofMillis(200);
        private int concurrency = 4;
        private final ServerLimits limits = new ServerLimits();
        private int queueMaxSize = 10_000;
        private boolean speech = true;
        private String failMarker;
        private final Voices voices = new Voices();
        private final Faults faults = new Faults();
        private boolean tls;
        private Path tlsDir;
        private Path tlsKeyStore;
        private char[] tlsKeyStorePassword;

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

        /** Requests reading a body or being handled at once (default 64); one more waits the idle timeout, then 503. */
        public Builder maxThreads(int n) {
            limits.maxThreads(n);
            return this;
        }

        /** Connections open at once (default 1024), a thread each; one more is answered 503 and closed at once. */
        public Builder maxConnections(int n) {
            limits.maxConnections(n);
            return this;
        }

        /** How long a request head (and TLS handshake) may take from its first byte (default 10 s); then closed. */
        public Builder headerTimeout(Duration d) {
            limits.headerTimeout(d);
            return this;
        }

        /** How long a connection may wait for its next request, and a single read for data (default 60 s). */
        public Builder idleTimeout(Duration d) {
            limits.idleTimeout(d);
            return this;
        }

        /** How long a request body may take to arrive in full once its head is read (default 60 s); then 408. */
        public Builder bodyTimeout(Duration d) {
            limits.bodyTimeout(d);
            return this;
        }

        /** The largest object a PUT may carry (default 64 MiB); a larger declared body is answered 413 unread. */
        public Builder maxObjectBytes(long n) {
            limits.maxObjectBytes(n);
            return this;
        }

        /** Jobs a speech queue holds waiting before submits get 403 QueueSaturated (default 10000, its MaxSize). */
        public Builder queueMaxSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("queueMaxSize must be at least 1");
            }
            this.queueMaxSize = n;
            return this;
        }

        /** False to synthesize tones instead of speech: cheaper when only the bytes matter. */
        public Builder speech(boolean speech) {
            this.speech = speech;
            return this;
        }

        /** A voice beyond the published list, spoken like the others; asyncOnly ones are refused in Sync mode. */
        public Builder voice(String name, boolean asyncOnly) {
            voices.add(name, asyncOnly);
            return this;
        }

        /** {@link #voice(String, boolean)} from {@code NAME} or {@code NAME:asyncOnly}, as --voice takes it. */
        public Builder voice(String spec) {
            voices.add(spec);
            return this;
        }

        public Builder failMarker(String marker) {
            this.failMarker = marker;
            return this;
        }

        /**
         * Serve HTTPS with a self-signed certificate the emulator makes on first start and writes, with a PKCS12
         * trust store and a PEM copy, into the data directory (or a fresh temporary directory without one); see
         * {@link TencentCiEmulator#tlsTruststore()}.
         */
        public Builder tls() {
            this.tls = true;
            return this;
        }

        /** As {@link #tls()}, keeping the certificate, key store and trust store in {@code dir}. */
        public Builder tls(Path dir) {
            this.tls = true;
            this.tlsDir = dir;
            return this;
        }

        /** Serve HTTPS with the identity in this PKCS12 key store (its first private key entry). */
        public Builder tlsKeyStore(Path pkcs12, char[] password) {
            this.tls = true;
            this.tlsKeyStore = pkcs12;
            this.tlsKeyStorePassword = password.clone();
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
