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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.cameltencent.emulator.http.HttpResponse;
import io.github.cameltencent.emulator.http.MiniHttpServer;
import io.github.cameltencent.emulator.http.TlsMaterial;

/** Slow clients, failing handlers and HTTPS: what keeps the emulator answering whatever its clients do. */
class HardeningTest {

    @Test
    void slowClientsCannotStarveANormalOne() throws Exception {
        int cap = 6;
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey").speech(false)
                .maxThreads(cap).maxConnections(cap).headerTimeout(Duration.ofSeconds(1)).start()) {
            List<Socket> slow = new ArrayList<>();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            try {
                for (int i = 0; i < cap * 3; i++) {
                    Socket s = new Socket("127.0.0.1", emu.port());
                    s.getOutputStream().write(("GET /jobs?tag=Tts HTTP/1.1\r\nHost: " + RawClient.CI_HOST
                            + "\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
                    slow.add(s);
                }
                // one byte per connection every 100 ms: each read succeeds, only a deadline for the head ends it
                trickle.scheduleAtFixedRate(() -> slow.forEach(s -> {
                    try {
                        s.getOutputStream().write('a');
                    } catch (IOException closed) {
                        // the emulator cut it off: expected
                    }
                }), 100, 100, TimeUnit.MILLISECONDS);

                RawClient normal = new RawClient(emu.port(), "AKIDTEST", "testkey");
                await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                        .untilAsserted(() -> assertThat(normal.ci("GET", "/jobs?tag=Tts", null).status())
                                .isEqualTo(200));

                int refused = 0;
                int cutOff = 0;
                for (Socket s : slow) {
                    String answer = drain(s);
                    if (answer.startsWith("HTTP/1.1 503")) {
                        assertThat(answer).contains("<Code>ServiceUnavailable</Code>");
                        refused++;
                    } else {
                        assertThat(answer).as("a slow client gets no answer, only a closed connection").isEmpty();
                        cutOff++;
                    }
                }
                // beyond the cap a clear 503 at once; within it, closed when the head deadline passed
                assertThat(refused).isGreaterThanOrEqualTo(cap * 2);
                assertThat(cutOff).isGreaterThanOrEqualTo(1);
            } finally {
                trickle.shutdownNow();
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    /**
     * 300 clients trickling their heads hold 300 connection threads, well under the default cap of 1024; a normal
     * client is still served at once. Measured on the 2-core machine: 300 trickling heads cost 323 threads and
     * 29 MB of resident memory, and a normal request was answered in 15 ms (1000 heads: 140 MB, 96 ms), which is
     * why a high cap was chosen over reading heads without a thread. This test takes under a second.
     */
    @Test
    void aNormalClientIsServedWhile300ClientsTrickleTheirHeads() throws Exception {
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey").speech(false)
                .start()) {
            List<Socket> slow = new ArrayList<>();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            try {
                for (int i = 0; i < 300; i++) {
                    Socket s = new Socket("127.0.0.1", emu.port());
                    s.getOutputStream().write(("GET /jobs?tag=Tts HTTP/1.1\r\nHost: " + RawClient.CI_HOST
                            + "\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
                    slow.add(s);
                }
                trickle.scheduleAtFixedRate(() -> slow.forEach(s -> {
                    try {
                        s.getOutputStream().write('a');
                    } catch (IOException closed) {
                        // cut off at the head deadline: not within this test's few seconds
                    }
                }), 100, 200, TimeUnit.MILLISECONDS);
                long start = System.nanoTime();
                RawClient.Response r = new RawClient(emu.port(), "AKIDTEST", "testkey").ci("GET", "/jobs?tag=Tts",
                        null);
                assertThat(r.status()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            } finally {
                trickle.shutdownNow();
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aSlowBodyIsAnswered408AtTheBodyDeadline() throws Exception {
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey").speech(false)
                .bodyTimeout(Duration.ofMillis(800)).start();
             Socket s = new Socket("127.0.0.1", emu.port())) {
            s.setSoTimeout(10_000);
            String key = "/slow.txt";
            String auth = new RawClient(emu.port(), "AKIDTEST", "testkey").authorization("PUT", key,
                    java.util.Map.of("Host", RawClient.COS_HOST));
            s.getOutputStream().write(("PUT " + key + " HTTP/1.1\r\nHost: " + RawClient.COS_HOST
                    + "\r\nAuthorization: " + auth + "\r\nContent-Length: 100\r\n\r\nab")
                    .getBytes(StandardCharsets.US_ASCII));
            // each byte arrives well within the idle timeout; only the body's own deadline ends it
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            try {
                trickle.scheduleAtFixedRate(() -> {
                    try {
                        s.getOutputStream().write('c');
                    } catch (IOException closed) {
                        // answered and closed
                    }
                }, 100, 100, TimeUnit.MILLISECONDS);
                long start = System.nanoTime();
                RawClient.Response r = RawClient.read(s.getInputStream(), false);
                assertThat(r.status()).isEqualTo(408);
                assertThat(r.errorCode()).isEqualTo("RequestTimeout");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            } finally {
                trickle.shutdownNow();
            }
            assertThat(emu.object(RawClient.BUCKET, "slow.txt")).isNull();
        }
    }

    @Test
    void maxThreadsBoundsTheRequestsHandledAtOnce() {
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey").speech(false)
                .maxThreads(1).idleTimeout(Duration.ofMillis(500)).start()) {
            emu.faults().hold("listJobs");
            RawClient client = new RawClient(emu.port(), "AKIDTEST", "testkey");
            java.util.concurrent.CompletableFuture<RawClient.Response> held = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> client.ci("GET", "/jobs?tag=Tts", null));
            await().atMost(Duration.ofSeconds(10)).until(() -> emu.requestCount("listJobs") == 1);
            // the one handling slot is taken: the next request waits the idle timeout, then gets a clear 503
            RawClient.Response refused = client.ci("GET", "/template?tag=Tts", null);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.errorCode()).isEqualTo("ServiceUnavailable");
            emu.faults().release("listJobs");
            assertThat(held.join().status()).isEqualTo(200);
            assertThat(client.ci("GET", "/template?tag=Tts", null).status()).isEqualTo(200);
        }
    }

    /** Everything the server sends until it closes; fails the test if it keeps the connection open. */
    private static String drain(Socket s) throws IOException {
        s.setSoTimeout(5000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        try {
            byte[] buf = new byte[1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the emulator kept a slow connection open past its head deadline");
        } catch (IOException reset) {
            // a reset is as closed as it gets
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aHandlerThatThrowsAnErrorCostsOneRequestNotTheWorker() throws Exception {
        MiniHttpServer.Limits limits = new MiniHttpServer.Limits(2, 2, 1024, 5000, 5000);
        try (MiniHttpServer server = new MiniHttpServer(InetAddress.getLoopbackAddress(), 0, limits, null,
                new io.github.cameltencent.emulator.http.HttpHandler() {
                    @Override
                    public HttpResponse handle(io.github.cameltencent.emulator.http.HttpRequest request) {
                        if (request.path().equals("/boom")) {
                            throw new StackOverflowError();
                        }
                        return HttpResponse.bytes(200, "fine".getBytes(), "text/plain");
                    }

                    @Override
                    public HttpResponse malformed(int status, String code, String message) {
                        return HttpResponse.bytes(status, code.getBytes(), "text/plain");
                    }
                })) {
            RawClient c = new RawClient(server.port(), "x", "y");
            for (int i = 0; i < 4; i++) { // more failures than workers: none of them may be lost
                RawClient.Response boom = c.exchange("GET /boom HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII), false);
                assertThat(boom.status()).isEqualTo(500);
                assertThat(boom.text()).isEqualTo("InternalError");
            }
            assertThat(c.exchange("GET /ok HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII), false).text()).isEqualTo("fine");
        }
    }

    @Test
    void httpsWithTheWrittenTrustStoreAndOnlyWithIt(@TempDir Path dir) throws Exception {
        X509Certificate first;
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey").speech(false)
                .tls(dir).start()) {
            assertThat(emu.baseUrl()).startsWith("https://127.0.0.1:");
            assertThat(emu.tlsTruststore()).isEqualTo(dir.resolve(TlsMaterial.TRUSTSTORE_FILE)).exists();
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(emu.tlsTruststore())) {
                trust.load(in, TlsMaterial.STORE_PASSWORD.toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext trusting = SSLContext.getInstance("TLS");
            trusting.init(null, tmf.getTrustManagers(), null);

            RawClient client = new RawClient(emu.port(), "AKIDTEST", "testkey").tls(trusting.getSocketFactory());
            RawClient.Response ok = client.ci("GET", "/jobs?tag=Tts", null);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(client.ci("POST", "/jobs", RawClient.ttsJob("over tls", "", "")).status()).isEqualTo(200);

            // a client that does not trust the emulator's certificate is refused in the handshake
            RawClient untrusting = new RawClient(emu.port(), "AKIDTEST", "testkey")
                    .tls(SSLContext.getDefault().getSocketFactory());
            assertThatThrownBy(() -> untrusting.ci("GET", "/jobs?tag=Tts", null))
                    .hasCauseInstanceOf(SSLException.class)
                    .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
            // and a plain-HTTP client gets nothing it could mistake for an answer
            assertThatThrownBy(() -> new RawClient(emu.port(), "AKIDTEST", "testkey").ci("GET", "/jobs?tag=Tts",
                    null)).isInstanceOf(RuntimeException.class);

            try (InputStream pem = Files.newInputStream(emu.tlsCertificatePem())) {
                first = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
            }
            assertThat(first).isEqualTo(trust.getCertificate(trust.aliases().nextElement()));
            assertThat(first.getSubjectAlternativeNames()).extracting(l -> l.get(1).toString())
                    .contains("localhost", "127.0.0.1");
        }
        // a restart on the same directory keeps the identity clients already trust
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey").speech(false)
                .tls(dir).start()) {
            try (InputStream pem = Files.newInputStream(emu.tlsCertificatePem())) {
                assertThat(CertificateFactory.getInstance("X.509").generateCertificate(pem)).isEqualTo(first);
            }
        }
    }

    @Test
    void aGivenKeyStoreIsServed(@TempDir Path dir) throws Exception {
        TlsMaterial made = TlsMaterial.selfSigned(dir);
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey").speech(false)
                .tlsKeyStore(dir.resolve(TlsMaterial.KEYSTORE_FILE), TlsMaterial.STORE_PASSWORD.toCharArray())
                .start()) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("emulator", made.certificate());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            assertThat(new RawClient(emu.port(), "AKIDTEST", "testkey").tls(ctx.getSocketFactory())
                    .ci("GET", "/jobs?tag=Tts", null).status()).isEqualTo(200);
            assertThat(emu.tlsTruststore()).isNull();
        }
        assertThatThrownBy(() -> TencentCiEmulator.builder().credential("A", "b")
                .tlsKeyStore(dir.resolve(TlsMaterial.KEYSTORE_FILE), "wrong".toCharArray()).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key store");
    }
}
