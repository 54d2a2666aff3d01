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
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.emulator.TencentCiEmulatorExtension;

/** TaskFinish callbacks received over platform-http, verified with the API, emitted once; strangers refused. */
class CallbackReceiverTest extends CamelTestSupport {

    static final String ID = "AKIDCALLBACK1";
    static final String KEY = "callback-secret-3";
    static final String BUCKET = "callbacks-1250000000";
    static final String TOKEN = "s3cret-token";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension.withCredential(ID, KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(20)).speech(false).failMarker("#fail#"));

    static int port;
    final Map<String, AtomicInteger> emitted = new ConcurrentHashMap<>();
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> trusted = new java.util.concurrent.CopyOnWriteArrayList<>();

    static TencentCiEmulator emulator() {
        return EMULATOR.emulator();
    }

    static String uri(String operation, String options) {
        return "tencent-tts:" + operation + "?region=ap-guangzhou&bucket=" + BUCKET + "&secretId=" + ID
                + "&secretKey=RAW(" + KEY + ")&endpointOverride=" + emulator().baseUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext c = super.createCamelContext();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setPort(port);
        c.addService(new VertxPlatformHttpServer(conf));
        return c;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("callback", "path=/tts/done&callbackToken=RAW(" + TOKEN + ")")).process(e -> emitted
                        .computeIfAbsent(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class),
                                k -> new AtomicInteger()).incrementAndGet());
                from(uri("callback", "path=/tts/trusting&verifyCallbacks=false")).process(e -> trusted.add(
                        e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class)));
                from(uri("callback", "path=/tts/open")).process(e -> emitted
                        .computeIfAbsent(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class),
                                k -> new AtomicInteger()).incrementAndGet());
            }
        };
    }

    private String callbackUrl() {
        return "http://127.0.0.1:" + port + "/tts/done?token=" + TOKEN;
    }

    private String submit(String text, String format) {
        Exchange e = template.send(uri("submit", "callBack=RAW(" + callbackUrl() + ")&callBackFormat=" + format),
                x -> x.getMessage().setBody(text));
        assertThat(e.getException()).isNull();
        return e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
    }

    private int post(String url, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void callbacksInXmlAndJsonEmitTheJobOnce() throws Exception {
        String xml = submit("called back in XML", "XML");
        String json = submit("called back in JSON", "JSON");
        String failed = submit("called back failing #fail#", "JSON");
        await().atMost(Duration.ofSeconds(20)).until(() -> emitted.keySet().containsAll(List.of(xml, json, failed)));

        // the same callback delivered again emits nothing new
        String again = "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>" + xml + "</JobId><State>"
                + "Success</State></JobsDetail></Response>";
        assertThat(post(callbackUrl(), "application/xml", again)).isEqualTo(200);
        assertThat(post(callbackUrl(), "application/json", "{\"EventName\":\"TaskFinish\",\"JobsDetail\":{\"JobId\":\""
                + json + "\",\"State\":\"Success\"}}")).isEqualTo(200);
        long callbacks = emulator().callbacksDelivered();
        assertThat(callbacks).isGreaterThanOrEqualTo(3);
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(emitted.values()).allMatch(n -> n.get() == 1);
    }

    @Test
    void withoutVerificationTheCallbackItselfIsEmitted() throws Exception {
        assertThat(post("http://127.0.0.1:" + port + "/tts/trusting", "application/json", "{\"EventName\":\"TaskFinish\","
                + "\"JobsDetail\":{\"JobId\":\"jtrusted0001\",\"State\":\"Success\",\"Operation\":{\"MediaResult\":"
                + "{\"OutputFile\":{\"ObjectName\":\"a.mp3\",\"Md5Info\":{\"ObjectName\":\"a.mp3\",\"Md5\":\"ab\"}}}}}}"))
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> trusted.contains("jtrusted0001"));
    }

    @Test
    void withoutATokenAFloodOfForgedCallbacksCostsAFewBatchedLookUpsNotOneEach() throws Exception {
        long before = emulator().requestCount("getJob");
        for (int i = 0; i < 100; i++) {
            String id = String.format("jforgedflood%020d", i);
            assertThat(post("http://127.0.0.1:" + port + "/tts/open", "application/xml", "<Response><EventName>"
                    + "TaskFinish</EventName><JobsDetail><JobId>" + id + "</JobId><State>Success</State>"
                    + "</JobsDetail></Response>")).isEqualTo(200);
        }
        TencentTtsEndpoint open = context.getEndpoints().stream().filter(e -> e instanceof TencentTtsEndpoint)
                .map(TencentTtsEndpoint.class::cast).filter(e -> "/tts/open".equals(e.getConfiguration().getPath()))
                .findFirst().orElseThrow();
        // settled: every re-read answered, and none registered for half a second
        await().atMost(Duration.ofSeconds(10)).during(Duration.ofMillis(500)).until(() ->
                open.getTracker().watching() == 0 && emulator().requestCount("getJob") > before);
        long lookUps = emulator().requestCount("getJob") - before;
        // at most one batched look-up per tracker tick (250 ms) while the callbacks arrive, never one each
        assertThat(lookUps).as("100 forged callbacks, re-read in batches").isBetween(1L, 20L);
        assertThat(emitted.keySet()).noneMatch(id -> id.startsWith("jforgedflood"));
    }

    @Test
    void forgedMalformedAndStrangeCallbacksAreRefusedOrIgnored() throws Exception {
        String forged = "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>jforgedforgedforgedforged0000001"
                + "</JobId><State>Success</State></JobsDetail></Response>";
        assertThat(post("http://127.0.0.1:" + port + "/tts/done", "application/xml", forged)).isEqualTo(403);
        assertThat(post("http://127.0.0.1:" + port + "/tts/done?token=wrong", "application/xml", forged))
                .isEqualTo(403);
        // right token, but the service knows no such finished job: answered, never emitted
        assertThat(post(callbackUrl(), "application/xml", forged)).isEqualTo(200);
        // a running job claimed to be finished: the API says otherwise
        emulator().holdMarker("#hold#");
        try {
            Exchange e = template.send(uri("submit", "callBack=no"), x -> x.getMessage().setBody("still #hold#"));
            String running = e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
            assertThat(post(callbackUrl(), "application/xml", forged.replace("jforgedforgedforgedforged0000001",
                    running))).isEqualTo(200);
            await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
            assertThat(emitted).doesNotContainKeys("jforgedforgedforgedforged0000001", running);
        } finally {
            emulator().holdMarker(null);
            emulator().releaseHeldJobs();
        }
        assertThat(post(callbackUrl(), "application/xml", "<Response><JobsDetail>")).isEqualTo(400);
        assertThat(post(callbackUrl(), "application/json", "{not json")).isEqualTo(400);
        assertThat(post(callbackUrl(), "application/xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<Response><JobsDetail><JobId>&e;</JobId></JobsDetail></Response>")).isEqualTo(400);
        // a DOCTYPE is refused by the parser itself, whatever the encoding (not by looking for ASCII bytes)
        byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e \"boom\">]>"
                + "<Response><JobsDetail><JobId>jutf16doctype0000000000000000001</JobId><State>Success</State>"
                + "</JobsDetail></Response>").getBytes(java.nio.charset.StandardCharsets.UTF_16);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(callbackUrl())).header("Content-Type",
                "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(utf16)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(400);
        assertThat(post(callbackUrl(), "text/plain", "hello")).isEqualTo(415);
        assertThat(post(callbackUrl(), "application/xml", "<Response>" + "x".repeat(1_100_000) + "</Response>"))
                .isEqualTo(413);
    }

    @Test
    void aCallbackWhoseCommitFailsIsRetriedUntilWrittenAndRoutedOnce(@TempDir Path dir) throws Exception {
        try (RestartableH2 db = new RestartableH2(dir)) {
            javax.sql.DataSource ds = db.dataSource("callbacks");
            context.getRegistry().bind("callbackRepo", new JdbcMessageIdRepository(ds, "callbacks"));
            List<String> routed = new java.util.concurrent.CopyOnWriteArrayList<>();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri("callback", "path=/tts/commits&idempotentRepository=#callbackRepo")).routeId("commits")
                            .process(e -> {
                                db.stop(); // the database goes away while this exchange is routed
                                routed.add(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class));
                            });
                }
            });
            TencentTtsEndpoint endpoint = (TencentTtsEndpoint) context.getRoute("commits").getEndpoint();
            Exchange sent = template.send(uri("submit", "callBack=RAW(http://127.0.0.1:" + port + "/tts/commits)"),
                    x -> x.getMessage().setBody("called back while the database goes away"));
            String id = sent.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> routed.contains(id)
                    && endpoint.getEmitter().commitsRetrying().containsKey(id));

            db.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> endpoint.getEmitter().commitsRetrying().isEmpty());
            assertThat(endpoint.getEmitter().isEmitted(id)).as("recorded as emitted once the database is back")
                    .isTrue();
            assertThat(routed).containsExactly(id);
        }
    }
}
