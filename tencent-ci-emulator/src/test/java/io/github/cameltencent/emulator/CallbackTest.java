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

import static io.github.cameltencent.emulator.RawClient.BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.sun.net.httpserver.HttpServer;

import io.github.cameltencent.emulator.xml.XmlNode;

/** TaskFinish callbacks as a test HTTP server receives them, in both formats, with retries and suppression. */
class CallbackTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.processingTime(Duration.ZERO).speech(false).failMarker("#fail#"));

    record Received(String path, String contentType, String body) {
    }

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    RawClient client;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            if (status == 200) {
                received.add(new Received(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        client = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey");
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private String submit(String text, String request) {
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.ttsJob(text, "<UserData>cb</UserData>", request));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.xml().child("JobsDetail").get("JobId");
    }

    @Test
    void xmlCallbackCarriesTheFinishedJob() throws Exception {
        String id = submit("callback in xml", "<CallBack>" + url("/xml") + "</CallBack>");
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        Received r = received.get(0);
        assertThat(r.path()).isEqualTo("/xml");
        assertThat(r.contentType()).isEqualTo("application/xml");
        XmlNode doc = XmlNode.parse(r.body().getBytes(StandardCharsets.UTF_8));
        assertThat(doc.name()).isEqualTo("Response");
        assertThat(doc.get("EventName")).isEqualTo("TaskFinish");
        assertThat(doc.path("JobsDetail").get("JobId")).isEqualTo(id);
        assertThat(doc.path("JobsDetail").get("State")).isEqualTo("Success");
        assertThat(doc.path("JobsDetail", "Operation", "MediaResult", "OutputFile", "Md5Info").get("Md5"))
                .hasSize(32);
    }

    @Test
    void jsonCallbackHasNoResponseWrapperAndSingleObjectsStayObjects() {
        String id = submit("callback in json #fail#", "<CallBack>" + url("/json") + "</CallBack>"
                + "<CallBackFormat>JSON</CallBackFormat>");
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        Received r = received.get(0);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.body()).startsWith("{\"EventName\":\"TaskFinish\",\"JobsDetail\":{");
        assertThat(r.body()).doesNotContain("\"Response\"");
        assertThat(r.body()).contains("\"JobId\":\"" + id + "\"").contains("\"State\":\"Failed\"")
                .contains("\"Code\":\"SynthesisFailed\"").contains("\"UserData\":\"cb\"");
        assertThat(r.body()).doesNotContain("\"StartTime\":\"\"");
    }

    @Test
    void jsonSuccessKeepsNumbersAsStrings() {
        submit("json success", "<CallBack>" + url("/ok") + "</CallBack><CallBackFormat>JSON</CallBackFormat>");
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        assertThat(received.get(0).body()).contains("\"SampleRate\":\"16000\"").contains("\"Md5Info\":{");
    }

    @Test
    void failedDeliveriesAreRetried() {
        failuresLeft.set(2);
        submit("retry me", "<CallBack>" + url("/retry") + "</CallBack>");
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        assertThat(received.get(0).path()).isEqualTo("/retry");
    }

    @Test
    void queueCallbackIsUsedUnlessTheJobSaysNo() {
        String queue = EXT.emulator().queueId(BUCKET);
        // TTS jobs wait in the speech queue, so its NotifyConfig is the one that calls back
        assertThat(client.ci("PUT", "/asrqueue/" + queue, "<Request><Name>speech-queue</Name><State>Active</State>"
                + "<NotifyConfig><Url>" + url("/queue") + "</Url><State>On</State><Type>Url</Type>"
                + "<Event>TaskFinish</Event><ResultFormat>JSON</ResultFormat></NotifyConfig></Request>").status())
                .isEqualTo(200);
        try {
            String silent = submit("quiet please", "<CallBack>no</CallBack>");
            String loud = submit("tell the queue", "");
            await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> EXT.emulator().job(silent).isTerminal());
            assertThat(received.get(0).path()).isEqualTo("/queue");
            assertThat(received.get(0).body()).contains(loud).doesNotContain(silent);
            assertThat(received.get(0).contentType()).isEqualTo("application/json");
        } finally {
            client.ci("PUT", "/asrqueue/" + queue, "<Request><Name>speech-queue</Name><State>Active</State>"
                    + "<NotifyConfig><State>Off</State></NotifyConfig></Request>");
        }
    }
}
