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

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.xml.XmlNode;

/** Priority, pause/resume and cancel on a one-slot queue, where the order of starts is fully determined. */
class JobLifecycleTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.processingTime(Duration.ofSeconds(3)).concurrency(1));

    @Test
    void pauseHoldsWaitingJobsResumeRunsThemInPriorityOrderCancelStopsThem() {
        TencentCiEmulator emu = EXT.emulator();
        RawClient client = new RawClient(emu.port(), "AKIDTEST", "testkey");
        String queue = emu.queueId(BUCKET);

        String busy = submit(client, "busy", "");
        await().atMost(Duration.ofSeconds(10)).until(() -> emu.job(busy).state(), "Running"::equals);
        // the only slot is taken for three seconds: everything below waits
        String low = submit(client, "low", "<JobLevel>0</JobLevel>");
        String high = submit(client, "high", "<JobLevel>2</JobLevel>");
        String mid = submit(client, "mid", "<JobLevel>1</JobLevel>");
        String doomed = submit(client, "doomed", "");
        // UpdateSpeechQueue, body as its document shows it
        RawClient.Response paused = client.ci("PUT", "/asrqueue/" + queue, "<Request><Name>speech-queue</Name>"
                + "<QueueID>" + queue + "</QueueID><State>Paused</State><NotifyConfig><State>Off</State>"
                + "</NotifyConfig></Request>");
        assertThat(paused.status()).as(paused.text()).isEqualTo(200);
        assertThat(paused.xml().path("Queue").get("State")).isEqualTo("Paused");
        for (String id : List.of(low, high, mid, doomed)) {
            assertThat(state(client, id)).isEqualTo("Pause");
        }
        assertThat(state(client, busy)).isEqualTo("Running");
        assertThat(client.ci("GET", "/asrqueue?state=Paused", null).xml().child("QueueList").get("QueueId"))
                .isEqualTo(queue);
        // a job submitted into the paused queue is kept, in state Pause, and runs once the queue is Active again
        RawClient.Response whilePaused = client.ci("POST", "/jobs", RawClient.ttsJob("while paused", "", ""));
        assertThat(whilePaused.status()).as(whilePaused.text()).isEqualTo(200);
        String late = whilePaused.xml().child("JobsDetail").get("JobId");
        assertThat(whilePaused.xml().child("JobsDetail").get("State")).isEqualTo("Pause");
        assertThat(state(client, late)).isEqualTo("Pause");

        // cancel the SDK's way (no ?cancel); a second, documented-style cancel finds nothing left to cancel
        assertThat(client.ci("PUT", "/jobs/" + doomed, null).status()).isEqualTo(200);
        assertThat(state(client, doomed)).isEqualTo("Cancel");
        assertThat(client.ci("PUT", "/jobs/" + doomed + "?cancel", null).status()).isEqualTo(400);

        emu.processingTime(Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(10)).until(() -> state(client, busy), "Success"::equals);
        assertThat(client.ci("PUT", "/asrqueue/" + queue, "<Request><Name>speech-queue</Name><State>Active</State>"
                + "<NotifyConfig><State>Off</State></NotifyConfig></Request>").status()).isEqualTo(200);
        for (String id : List.of(low, high, mid, late)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> state(client, id), "Success"::equals);
        }
        assertThat(emu.job(high).startOrder()).isLessThan(emu.job(mid).startOrder());
        assertThat(emu.job(mid).startOrder()).isLessThan(emu.job(low).startOrder());
        assertThat(emu.job(doomed).startOrder()).isZero();
        assertThat(emu.job(doomed).state()).isEqualTo("Cancel");
        assertThat(emu.job(mid).startOrder()).isLessThan(emu.job(late).startOrder());
        RawClient.Response tooLate = client.ci("PUT", "/jobs/" + high + "?cancel", null);
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.xml().get("Message")).contains("Success");
    }

    @Test
    void urlInputThatVanishesBeforeTheJobRunsFailsTheJob() {
        TencentCiEmulator emu = EXT.emulator();
        RawClient client = new RawClient(emu.port(), "AKIDTEST", "testkey");
        emu.processingTime(Duration.ofSeconds(3));
        emu.putObject(BUCKET, "in/vanish.txt", "soon gone".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain");
        String busy = submit(client, "busy again", "");
        await().atMost(Duration.ofSeconds(10)).until(() -> emu.job(busy).state(), "Running"::equals);
        RawClient.Response r = client.ci("POST", "/jobs", "<Request><Tag>Tts</Tag><Operation><TtsTpl><Mode>Asyc</Mode>"
                + "</TtsTpl><TtsConfig><InputType>Url</InputType><Input>https://" + BUCKET
                + ".cos.ap-guangzhou.myqcloud.com/in/vanish.txt</Input></TtsConfig><Output><Region>ap-guangzhou"
                + "</Region><Bucket>" + BUCKET + "</Bucket><Object>out/vanish.pcm</Object></Output></Operation>"
                + "</Request>");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String id = r.xml().child("JobsDetail").get("JobId");
        emu.deleteObject(BUCKET, "in/vanish.txt");
        emu.processingTime(Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(30)).until(() -> state(client, id), "Failed"::equals);
        XmlNode d = client.ci("GET", "/jobs/" + id, null).xml().child("JobsDetail");
        assertThat(d.get("Code")).isEqualTo("InputObjectNotExist");
        assertThat(d.get("Message")).contains("vanish.txt");
        assertThat(emu.object(BUCKET, "out/vanish.pcm")).isNull();
    }

    @Test
    void heldJobsRunUntilReleased() {
        TencentCiEmulator emu = EXT.emulator();
        RawClient client = new RawClient(emu.port(), "AKIDTEST", "testkey");
        emu.processingTime(Duration.ofMillis(10));
        emu.holdMarker("#hold#");
        try {
            String held = submit(client, "runs for hours #hold#", "");
            await().atMost(Duration.ofSeconds(10)).until(() -> emu.job(held).state(), "Running"::equals);
            // still running well past its processing time, until released
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> emu.job(held).state(), "Running"::equals);
            emu.releaseHeldJobs();
            await().atMost(Duration.ofSeconds(10)).until(() -> state(client, held), "Success"::equals);
        } finally {
            emu.holdMarker(null);
            emu.releaseHeldJobs();
        }
    }

    private static String submit(RawClient client, String text, String extra) {
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.ttsJob(text, extra, ""));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.xml().child("JobsDetail").get("JobId");
    }

    private static String state(RawClient client, String id) {
        XmlNode d = client.ci("GET", "/jobs/" + id, null).xml().child("JobsDetail");
        return d.get("State");
    }
}
