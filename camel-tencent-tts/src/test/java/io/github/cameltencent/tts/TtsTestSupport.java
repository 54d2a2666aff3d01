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

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.emulator.TencentCiEmulatorExtension;
import io.github.cameltencent.emulator.xml.XmlNode;

/** A Camel context per test and an emulator per test class, reached over real HTTP through endpointOverride. */
abstract class TtsTestSupport extends CamelTestSupport {

    static final String SECRET_ID = "AKIDCAMELTEST0001";
    static final String SECRET_KEY = "camel-secret-key-Zq8v";
    static final String REGION = "ap-guangzhou";
    static final String BUCKET = "examplebucket-1250000000";

    @RegisterExtension
    static final TencentCiEmulatorExtension EMULATOR = TencentCiEmulatorExtension
            .withCredential(SECRET_ID, SECRET_KEY)
            .configure(b -> b.processingTime(Duration.ofMillis(300)).concurrency(1).speech(false)
                    .failMarker("#fail#"));

    /**
     * Threads for clients a test makes by hand (a CiClient bean, a client without Camel); daemon threads named
     * apart from the component's, so the thread scan after context.stop() never mistakes them.
     */
    static final java.util.concurrent.ScheduledExecutorService TEST_CLIENT_THREADS =
            java.util.concurrent.Executors.newScheduledThreadPool(4, r -> {
                Thread t = new Thread(r, "test-client-io");
                t.setDaemon(true);
                return t;
            });

    /** A client of the test's own, on the test's threads. */
    static io.github.cameltencent.tts.client.CiClient testClient(io.github.cameltencent.tts.client.CiClientConfig c,
            io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider credentials) {
        return new io.github.cameltencent.tts.client.CiClient(c, credentials, TEST_CLIENT_THREADS,
                TEST_CLIENT_THREADS);
    }

    static TencentCiEmulator emulator() {
        return EMULATOR.emulator();
    }

    /** An endpoint URI with credentials and the emulator address, plus the given options. */
    static String uri(String operation, String options) {
        return "tencent-tts:" + operation + "?region=" + REGION + "&bucket=" + BUCKET + "&secretId=" + SECRET_ID
                + "&secretKey=RAW(" + SECRET_KEY + ")&endpointOverride=" + emulator().baseUrl()
                + (options == null || options.isEmpty() ? "" : "&" + options);
    }

    Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    Exchange send(String uri, Object body, Consumer<Exchange> more) {
        return template.send(uri, e -> {
            e.getMessage().setBody(body);
            more.accept(e);
        });
    }

    /** The job as the emulator stores it, in the service's JobsDetail shape. */
    static XmlNode storedJob(String jobId) {
        return emulator().job(jobId).toJobsDetail(false);
    }
}
