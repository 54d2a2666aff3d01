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
package io.github.cameltencent.emulator.ci;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * Delivers TaskFinish callbacks: XML ({@code <Response><EventName>TaskFinish</EventName><JobsDetail>}) or JSON
 * (top-level EventName and JobsDetail, no Response wrapper). A delivery that fails or answers non-2xx is retried a
 * few times with growing delays, without holding a thread while it waits.
 */
final class CallbackSender {

    private static final long[] RETRY_DELAYS_MILLIS = {200, 1000, 3000};

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService scheduler;
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();

    CallbackSender(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static byte[] body(XmlNode jobsDetail, String format) {
        XmlNode response = XmlNode.of("Response");
        response.add("EventName", "TaskFinish");
        response.add(jobsDetail);
        return ("JSON".equalsIgnoreCase(format) ? response.toJson() : response.toXml())
                .getBytes(StandardCharsets.UTF_8);
    }

    void send(String url, XmlNode jobsDetail, String format) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            abandoned.incrementAndGet();
            return;
        }
        boolean json = "JSON".equalsIgnoreCase(format);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", json ? "application/json" : "application/xml")
                .header("User-Agent", "tencent-ci-emulator")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(jobsDetail, format))).build();
        attempt(request, 0);
    }

    private void attempt(HttpRequest request, int retry) {
        attempts.incrementAndGet();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
            if (err == null && resp.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
            } else if (retry < RETRY_DELAYS_MILLIS.length && !scheduler.isShutdown()) {
                scheduler.schedule(() -> attempt(request, retry + 1), RETRY_DELAYS_MILLIS[retry],
                        TimeUnit.MILLISECONDS);
            } else {
                abandoned.incrementAndGet();
            }
        });
    }

    long attempts() {
        return attempts.get();
    }

    long delivered() {
        return delivered.get();
    }

    long abandoned() {
        return abandoned.get();
    }
}
