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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.tts.client.CiClientConfig;
import io.github.cameltencent.tts.client.CiConnectionException;
import io.github.cameltencent.tts.client.CiException;
import io.github.cameltencent.tts.client.CiXml;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * The findings of the security review, each tried as an attacker would: answers naming buckets or regions the route
 * never pointed at, oversized answers, DTDs in any encoding, log-forging error text, and TLS the Camel way.
 */
class SecurityTest extends TtsTestSupport {

    // ------------------------------------------------------------------ 1. credentials only where the route pointed

    @Test
    void aJobNamingAnotherBucketIsNotDownloadedAndNothingIsSentThere() {
        String other = "someone-else-1250000001";
        // a job whose answer names a bucket this consumer route did not configure
        Exchange submitted = send(uri("submit", "mode=Sync&codec=wav"), "Not yours.",
                Map.of(TencentTtsConstants.OUTPUT_BUCKET, other));
        String id = submitted.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> emulator().job(id).isTerminal());
        long cosBefore = emulator().requestCount("getObject");
        TencentTtsEndpoint consumer = context.getEndpoint(uri("jobs", "download=true"), TencentTtsEndpoint.class);
        Exchange e = deliver(consumer, id);
        assertThat(e.getException()).isInstanceOf(TencentTtsUnexpectedBucketException.class)
                .hasMessageContaining(other);
        assertThat(((TencentTtsUnexpectedBucketException) e.getException()).getBucket()).isEqualTo(other);
        assertThat(emulator().requestCount("getObject")).as("nothing sent to that bucket").isEqualTo(cosBefore);

        // listed in allowedOutputBuckets, it is the route's own
        TencentTtsEndpoint allowed = context.getEndpoint(uri("jobs", "download=true&allowedOutputBuckets=" + other),
                TencentTtsEndpoint.class);
        assertThat(deliver(allowed, id).getException()).isNull();
    }

    @Test
    void aHostileRegionInAnAnswerNeverBecomesAHost() {
        TencentTtsEndpoint consumer = context.getEndpoint(uri("jobs", "download=true"), TencentTtsEndpoint.class);
        JobsDetail forged = storedJobWithRegion("evil.example/x?");
        long before = emulator().requestCount();
        Exchange e = new DefaultExchange(context);
        consumer.getEmitter().deliver(e, List.of(forged), Set.of()).handle((v, f) -> {
            e.setException((Exception) f.getCause());
            return null;
        }).join();
        assertThat(e.getException()).isInstanceOf(TencentTtsDownloadException.class)
                .hasMessageContaining("not a Tencent Cloud region name");
        assertThat(emulator().requestCount()).isEqualTo(before);
        assertThatThrownBy(() -> CiClientConfig.cosHostOf(BUCKET, "evil.example/x?"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CiClientConfig.ciHostOf("evil.example#", REGION))
                .isInstanceOf(IllegalArgumentException.class);
        // and from options or headers, a region that is not one is refused before any I/O
        Exchange bad = send(uri("submit", "mode=Sync&codec=wav"), "hi",
                Map.of(TencentTtsConstants.OUTPUT_REGION, "evil.example/x?"));
        assertThat(bad.getException()).isInstanceOf(TencentTtsValidationException.class)
                .hasMessageContaining("outputRegion");
    }

    private JobsDetail storedJobWithRegion(String region) {
        Exchange e = send(uri("submit", "mode=Sync&codec=wav&waitForCompletion=true&waitInterval=50"), "Region.",
                Map.of());
        JobsDetail job = e.getMessage().getBody(JobsDetail.class);
        job.getOperation().getOutput().setRegion(region);
        return job;
    }

    /** The emitter's delivery of a finished job, as the consumer and a waiting submit use it. */
    private Exchange deliver(TencentTtsEndpoint endpoint, String jobId) {
        Exchange got = send(uri("getJob", ""), null, Map.of(TencentTtsConstants.JOB_ID, jobId));
        JobsDetail job = got.getMessage().getBody(JobsDetail.class);
        Exchange e = new DefaultExchange(context);
        endpoint.getEmitter().deliver(e, List.of(job), Set.of()).handle((v, f) -> {
            if (f != null) {
                e.setException((Exception) (f.getCause() != null ? f.getCause() : f));
            }
            return null;
        }).join();
        return e;
    }

    // ------------------------------------------------------------------ 2 and 4. answers from a hostile server

    @Test
    void anOversizedAnswerFailsWhileItIsReadAndErrorTextIsBoundedAndEscaped() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger huge = new AtomicInteger();
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            x.getRequestBody().readAllBytes();
            if (path.startsWith("/jobs/jhuge")) {
                huge.incrementAndGet();
                x.getResponseHeaders().add("Content-Type", "application/xml");
                x.sendResponseHeaders(200, 0); // chunked: no Content-Length to trust
                try (OutputStream out = x.getResponseBody()) {
                    out.write("<Response><JobsDetail><Message>".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "a".repeat(65536).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 512; i++) { // 32 MiB
                        out.write(chunk);
                    }
                } catch (IOException clientLeft) {
                    // the client stops reading at the limit: expected
                }
                return;
            }
            String message = ("line one\r\n2026-12-01 ERROR forged log line\n").repeat(3000);
            byte[] body = ("<Error><Code>InvalidArgument</Code><Message>" + message + "</Message>"
                    + "<RequestId>r1</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/xml");
            x.sendResponseHeaders(400, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String base = "tencent-tts:getJob?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + SECRET_ID
                    + "&secretKey=RAW(" + SECRET_KEY + ")&maxRetries=0&endpointOverride=http://127.0.0.1:"
                    + server.getAddress().getPort();
            Exchange big = send(base, null, Map.of(TencentTtsConstants.JOB_ID, "jhuge"));
            assertThat(big.getException()).isInstanceOf(CiException.class);
            assertThat(((CiException) big.getException()).getErrorCode()).isEqualTo("ResponseTooLarge");
            Exchange small = send(base + "&maxResponseSize=1024", null, Map.of(TencentTtsConstants.JOB_ID, "jhuge2"));
            assertThat(((CiException) small.getException()).getErrorCode()).isEqualTo("ResponseTooLarge");

            Exchange forged = send(base, null, Map.of(TencentTtsConstants.JOB_ID, "jforging"));
            CiException e = (CiException) forged.getException();
            assertThat(e.getErrorCode()).isEqualTo("InvalidArgument");
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").contains("\\n");
            assertThat(e.getMessage().length()).isLessThan(CiException.MAX_SERVER_TEXT + 200);
            assertThat(e.getErrorMessage()).endsWith("...");
        } finally {
            server.stop(0);
        }
    }

    // ------------------------------------------------------------------ 3. DTDs refused by the parser, any encoding

    @Test
    void aDoctypeIsRefusedInAnyEncodingAndADocumentWithoutOneReadsInAnyEncoding() throws Exception {
        String doc = "<Response><JobsDetail><JobId>j1</JobId></JobsDetail></Response>";
        String dtd = "<!DOCTYPE Response [<!ENTITY e \"x\">]>";
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
            String decl = "<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>";
            byte[] withDtd = (decl + dtd + doc).getBytes(charset);
            assertThatThrownBy(() -> CiXml.read(withDtd, JobResponse.class)).as(charset.name())
                    .isInstanceOf(IOException.class).hasMessageContaining("DOCTYPE");
            byte[] plain = (decl + doc).getBytes(charset);
            assertThat(CiXml.read(plain, JobResponse.class).getJobsDetail().get(0).getJobId()).isEqualTo("j1");
        }
    }

    // ------------------------------------------------------------------ 7. TLS the Camel way

    @Test
    void submitWaitAndDownloadRunOverTlsWithTheRoutesTrustStoreAndAWrongOneIsRefused() throws Exception {
        try (TencentCiEmulator tls = TencentCiEmulator.builder().credential(SECRET_ID, SECRET_KEY).tls()
                .processingTime(Duration.ofMillis(100)).speech(false).start()) {
            assertThat(tls.baseUrl()).startsWith("https://");
            KeyStoreParameters store = new KeyStoreParameters();
            store.setResource("file:" + tls.tlsTruststore().toAbsolutePath());
            store.setPassword("changeit");
            store.setType("PKCS12");
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(store);
            SSLContextParameters params = new SSLContextParameters();
            params.setTrustManagers(trust);
            context.getRegistry().bind("emulatorTls", params);
            String base = "tencent-tts:submit?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + SECRET_ID
                    + "&secretKey=RAW(" + SECRET_KEY + ")&endpointOverride=" + tls.baseUrl() + "&maxRetries=0";

            Exchange ok = send(base + "&sslContextParameters=#emulatorTls&waitForCompletion=true&waitInterval=50"
                    + "&download=true&mode=Sync&codec=wav", "Spoken over TLS.", Map.of());
            assertThat(ok.getException()).isNull();
            byte[] audio = ok.getMessage().getBody(byte[].class);
            JobsDetail job = ok.getMessage().getHeader(TencentTtsConstants.JOBS_DETAIL, JobsDetail.class);
            assertThat(audio).isEqualTo(tls.object(BUCKET, job.getOperation().getOutput().getObject()).data());

            Exchange refused = send(base + "&mode=Sync&codec=wav", "No trust.", Map.of());
            assertThat(refused.getException()).isInstanceOf(CiConnectionException.class);
            assertThat(refused.getException().getCause()).isInstanceOf(javax.net.ssl.SSLException.class);
        }
    }

    @Test
    void theComponentCanUseTheContextsGlobalSslContextParameters() throws Exception {
        SSLContextParameters global = new SSLContextParameters();
        context.setSSLContextParameters(global);
        TencentTtsComponent component = context.getComponent("tencent-tts", TencentTtsComponent.class);
        assertThat(context.getEndpoint(uri("getJob", ""), TencentTtsEndpoint.class).getConfiguration()
                .getSslContextParameters()).isNull();
        component.setUseGlobalSslContextParameters(true);
        assertThat(context.getEndpoint(uri("getJob", "jobId=j1"), TencentTtsEndpoint.class).getConfiguration()
                .getSslContextParameters()).isSameAs(global);
    }
}
