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
import static io.github.cameltencent.emulator.RawClient.CI_HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.cos.StoredObject;

/**
 * The console over plain HTTP: served unsigned on the plain address only, read-only, never a way into the signed
 * API, its JSON unable to carry markup, and its audio the job's own bytes. The browser test shows the page itself.
 */
class ConsoleTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.processingTime(Duration.ZERO).speech(false));

    private static final String XSS = "<img src=x onerror=alert(1)>";

    private RawClient client() {
        return new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey");
    }

    private RawClient.Response get(String host, String target) {
        return client().unsigned("GET", host, target, null, null);
    }

    private String local() {
        return "127.0.0.1:" + EXT.emulator().port();
    }

    private String submit(String text, String codec) {
        RawClient.Response r = client().ci("POST", "/jobs", RawClient.job("<TtsTpl><Mode>Sync</Mode><Codec>" + codec
                + "</Codec></TtsTpl>", text, "console/out-" + System.nanoTime() + "." + codec));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String id = r.xml().child("JobsDetail").get("JobId");
        await().atMost(Duration.ofSeconds(10)).until(() -> EXT.emulator().job(id).state(), "Success"::equals);
        return id;
    }

    @Test
    void thePageIsServedUnsignedOnTheAddressAndOnLocalhostWithAStrictPolicy() {
        TencentCiEmulator emu = EXT.emulator();
        assertThat(emu.consoleUrl()).isEqualTo(emu.baseUrl() + "/_emulator/");
        for (String host : new String[] {local(), "localhost:" + emu.port(), "[::1]:" + emu.port()}) {
            RawClient.Response page = get(host, "/_emulator/");
            assertThat(page.status()).as(host).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.text()).contains("<title>Tencent CI emulator</title>", "src=\"console.js\"");
            // no inline script may run, whatever a job text holds
            assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "default-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Access-Control-Allow-Origin")).isNull();
        }
        assertThat(get(local(), "/_emulator/console.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(get(local(), "/_emulator/console.js").text()).doesNotContain("innerHTML");
        assertThat(get(local(), "/_emulator/console.css").header("Content-Type")).startsWith("text/css");
        RawClient.Response root = get(local(), "/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).isEqualTo("/_emulator/");
        assertThat(get(local(), "/_emulator").header("Location")).isEqualTo("/_emulator/");
        assertThat(get(local(), "/_emulator/nothing").status()).isEqualTo(404);
    }

    @Test
    void itIsReadOnlyAndNeverReachesTheSignedApi() {
        TencentCiEmulator emu = EXT.emulator();
        int jobs = emu.jobs().size();
        long apiRequests = emu.requestCount();
        RawClient c = client();
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            for (String path : new String[] {"/_emulator/", "/_emulator/api/state", "/_emulator/jobs",
                    "/_emulator/audio/" + BUCKET + "/x.mp3"}) {
                RawClient.Response r = c.signed(method, local(), path, "<Request/>".getBytes(StandardCharsets.UTF_8),
                        "application/xml");
                assertThat(r.status()).as(method + " " + path).isEqualTo(405);
                assertThat(r.header("Allow")).isEqualTo("GET, HEAD");
            }
        }
        // the signed API is only on the CI and COS host names, signed or not
        RawClient.Response bareSubmit = c.signed("POST", local(), "/jobs",
                RawClient.ttsJob("sneaky", "", "").getBytes(StandardCharsets.UTF_8), "application/xml");
        assertThat(bareSubmit.errorCode()).isEqualTo("InvalidHost");
        assertThat(bareSubmit.xml().get("Message")).contains("/_emulator/");
        assertThat(c.signed("PUT", local(), "/" + BUCKET + "/x.txt", new byte[] {1}, "text/plain").errorCode())
                .isEqualTo("InvalidHost");
        // and the console is not on them
        assertThat(c.signed("GET", CI_HOST, "/_emulator/api/state", null, null).errorCode()).isEqualTo("InvalidUrl");
        assertThat(emu.jobs()).hasSize(jobs);
        // console reads are no API requests
        get(local(), "/_emulator/api/state");
        assertThat(emu.requestCount() - apiRequests).as("only the CI-host request counts").isEqualTo(1);
    }

    @Test
    void aDnsNameRebindingToThisMachineIsRefused() {
        // a page on attacker.example whose name now points at 127.0.0.1 sends its own name as Host
        RawClient.Response r = get("attacker.example:" + EXT.emulator().port(), "/_emulator/api/state");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidHost");
        assertThat(get("attacker.example", "/_emulator/").errorCode()).isEqualTo("InvalidHost");
    }

    @Test
    void theStateListsJobsTemplatesAndQueuesAndCannotCarryMarkup() {
        String id = submit(XSS.replace("<", "&lt;").replace(">", "&gt;"), "mp3");
        assertThat(EXT.emulator().job(id).input()).isEqualTo(XSS);
        RawClient.Response t = client().ci("POST", "/template", "<Request><Tag>Tts</Tag><Name>console_voice</Name>"
                + "<Mode>Sync</Mode><Codec>wav</Codec><VoiceType>aixiaodong</VoiceType></Request>");
        assertThat(t.status()).as(t.text()).isEqualTo(200);

        RawClient.Response state = get(local(), "/_emulator/api/state");
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.header("Content-Type")).startsWith("application/json");
        assertThat(state.header("Cache-Control")).isEqualTo("no-store");
        String json = state.text();
        assertThat(json).doesNotContain("<", ">").contains("\"text\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"");
        assertThat(json).contains("\"jobId\":\"" + id + "\"", "\"state\":\"Success\"", "\"voice\":\"ruxue\"",
                "\"codec\":\"mp3\"", "\"name\":\"console_voice\"", "\"voice\":\"aixiaodong\"",
                "\"queueId\":\"" + EXT.emulator().queueId(BUCKET) + "\"", "\"family\":\"speech\"",
                "\"audioUrl\":\"audio/" + BUCKET + "/console/out-");
        assertThat(json).containsPattern("\"started\":\\d+").containsPattern("\"ended\":\\d+");
    }

    @Test
    void audioIsTheJobsOwnBytesWithItsTypeAndRanges() {
        TencentCiEmulator emu = EXT.emulator();
        String mp3 = submit("an mp3", "mp3");
        StoredObject o = emu.object(BUCKET, emu.job(mp3).outputObject());
        String path = "/_emulator/audio/" + BUCKET + "/" + o.key();
        RawClient.Response whole = get(local(), path);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("Content-Type")).isEqualTo("audio/mpeg");
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(whole.body()).isEqualTo(o.data());
        RawClient.Response part = client().send("GET", local(), path, null, null, Map.of("Range", "bytes=0-99"),
                false);
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 0-99/" + o.size());
        assertThat(part.body()).isEqualTo(Arrays.copyOf(o.data(), 100));
        assertThat(client().send("GET", local(), path, null, null, Map.of("Range", "bytes=99999999-"), false)
                .status()).isEqualTo(416);

        // raw PCM gets a WAV header, as no browser plays bare samples
        String pcm = submit("raw samples", "pcm");
        StoredObject raw = emu.object(BUCKET, emu.job(pcm).outputObject());
        RawClient.Response wav = get(local(), "/_emulator/audio/" + BUCKET + "/" + raw.key());
        assertThat(wav.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(new String(wav.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(Arrays.copyOfRange(wav.body(), 44, wav.body().length)).isEqualTo(raw.data());

        // what is not audio is never served as something a browser would run
        emu.putObject(BUCKET, "console/page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "text/html");
        RawClient.Response html = get(local(), "/_emulator/audio/" + BUCKET + "/console/page.html");
        assertThat(html.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(html.header("Content-Disposition")).isEqualTo("attachment");
        assertThat(html.header("Content-Security-Policy")).contains("sandbox");
        assertThat(get(local(), "/_emulator/audio/" + BUCKET + "/console/missing.mp3").status()).isEqualTo(404);
        assertThat(get(local(), "/_emulator/audio/nobucket").status()).isEqualTo(404);
    }
}
