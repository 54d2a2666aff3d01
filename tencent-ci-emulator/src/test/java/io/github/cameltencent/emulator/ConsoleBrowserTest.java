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
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.github.cameltencent.emulator.cos.StoredObject;

/**
 * The console page in a real headless Chromium (Debian's chromium and chromium-driver): a job submitted through
 * the signed API shows Running, then Success, and the page's audio player loads the audio the job produced. A
 * job text that is markup shows as text, a failed job its error code. The test fails, never skips, when Chromium
 * is missing.
 */
class ConsoleBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOLD = "[hold]";
    private static final String XSS = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.processingTime(Duration.ofMillis(100)));

    /** Held so the setting stays: the test uses no DevTools, so Chromium being newer than Selenium's CDP is moot. */
    private static final java.util.logging.Logger CDP_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startChromium() throws IOException {
        for (Path exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(exe)) {
                Assertions.fail(exe + " is missing: this test drives Debian's Chromium. Install it with"
                        + " `apt-get update && apt-get install -y chromium chromium-driver` (.ci/run does so).");
            }
        }
        // the system driver and browser only: Selenium Manager must not look for, or download, anything
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
        profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--mute-audio", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aJobShowsRunningThenSuccessAndItsAudioPlaysInThePage() {
        TencentCiEmulator emu = EXT.emulator();
        RawClient client = new RawClient(emu.port(), "AKIDTEST", "testkey");
        emu.holdMarker(HOLD);
        RawClient.Response template = client.ci("POST", "/template", "<Request><Tag>Tts</Tag>"
                + "<Name>browser_voice</Name><Mode>Sync</Mode><Codec>wav</Codec><VoiceType>aixiaodong</VoiceType>"
                + "</Request>");
        assertThat(template.status()).as(template.text()).isEqualTo(200);

        browser.get(emu.consoleUrl());
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("status")).getText(),
                s -> s.startsWith("Updated"));
        assertThat(browser.getTitle()).isEqualTo("Tencent CI emulator");
        assertThat(browser.findElement(By.id("no-jobs")).isDisplayed()).isTrue();

        // a job through the signed API, held Running until released
        String mp3Job = submit(client, "Hello from the console " + HOLD, "mp3");
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOnPage(mp3Job), "Running"::equals);
        WebElement row = row(mp3Job);
        assertThat(row.findElement(By.cssSelector("td.text")).getText()).isEqualTo("Hello from the console " + HOLD);
        assertThat(row.getText()).contains("ruxue", "mp3");
        assertThat(row.findElements(By.tagName("audio"))).isEmpty();
        emu.releaseHeldJobs();
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOnPage(mp3Job), "Success"::equals);
        assertAudioPlays(emu, mp3Job, "audio/mpeg");

        // markup as a job text is shown as text, and nothing of it runs
        String xssJob = submit(client, XSS.replace("<", "&lt;").replace(">", "&gt;"), "wav");
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOnPage(xssJob), "Success"::equals);
        assertThat(row(xssJob).findElement(By.cssSelector("td.text")).getText()).isEqualTo(XSS);
        assertThat(browser.findElements(By.cssSelector("#jobs img"))).isEmpty();
        Assertions.assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertAudioPlays(emu, xssJob, "audio/wav");

        // a failed job shows why
        emu.failMarker("[fail]");
        String failedJob = submit(client, "this one [fail]s", "mp3");
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOnPage(failedJob), "Failed"::equals);
        assertThat(row(failedJob).findElement(By.cssSelector("td.state-cell")).getText()).contains("SynthesisFailed");
        assertThat(row(failedJob).findElements(By.tagName("audio"))).isEmpty();

        // newest first, and templates and queues listed
        assertThat(browser.findElements(By.cssSelector("#jobs tbody tr")).get(0).getAttribute("data-job-id"))
                .isEqualTo(failedJob);
        assertThat(browser.findElement(By.id("templates")).getText()).contains("browser_voice", "aixiaodong");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("queues")).getText(),
                t -> t.contains(emu.queueId(BUCKET)) && t.contains("speech") && t.contains("Active"));
    }

    private static String submit(RawClient client, String text, String codec) {
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.job("<TtsTpl><Mode>Sync</Mode><Codec>" + codec
                + "</Codec></TtsTpl>", text, "browser/out-" + System.nanoTime() + "." + codec));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.xml().child("JobsDetail").get("JobId");
    }

    private static WebElement row(String jobId) {
        return browser.findElement(By.cssSelector("#jobs tr[data-job-id='" + jobId + "']"));
    }

    private static String stateOnPage(String jobId) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#jobs tr[data-job-id='" + jobId + "']"));
        return rows.isEmpty() ? null : rows.get(0).getAttribute("data-state");
    }

    /** The row's audio element has loaded the job's own object: its bytes, its type, a positive duration. */
    private static void assertAudioPlays(TencentCiEmulator emu, String jobId, String contentType) {
        JavascriptExecutor js = browser;
        String audio = "document.querySelector(\"#jobs tr[data-job-id='" + jobId + "'] audio\")";
        Number duration = await().atMost(Duration.ofSeconds(15)).until(() -> (Number) js.executeScript(
                "const a = " + audio + "; return a && a.readyState >= 1 && a.duration > 0 ? a.duration : null;"),
                d -> d != null);
        StoredObject produced = emu.object(BUCKET, emu.job(jobId).outputObject());
        assertThat(duration.doubleValue()).isCloseTo(Double.parseDouble(emu.job(jobId).audioDuration()),
                within(0.3));
        @SuppressWarnings("unchecked")
        Map<String, Object> fetched = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const a = " + audio + ";"
                        + "fetch(a.currentSrc).then(r => r.arrayBuffer().then(b => done({type:"
                        + " r.headers.get('Content-Type'), size: b.byteLength,"
                        + " head: Array.from(new Uint8Array(b.slice(0, 16)))})))"
                        + ".catch(e => done({error: String(e)}));");
        assertThat(fetched).as("fetched %s", fetched).containsEntry("type", contentType);
        assertThat(((Number) fetched.get("size")).longValue()).isEqualTo(produced.size());
        @SuppressWarnings("unchecked")
        List<Number> head = (List<Number>) fetched.get("head");
        for (int i = 0; i < head.size(); i++) {
            assertThat(head.get(i).byteValue()).as("byte %d", i).isEqualTo(produced.data()[i]);
        }
    }
}
