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

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.ci.Voices;
import io.github.cameltencent.emulator.xml.XmlNode;

/** Voices as data: one added with the builder is spoken end to end; the published rules hold for it too. */
class VoicesTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.processingTime(Duration.ofMillis(50)).speech(false)
                    .voice("aixiaomei", false).voice("aixiaohan:asyncOnly"));

    private RawClient client() {
        return new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey");
    }

    private static String tpl(String mode, String voice) {
        return "<TtsTpl><Mode>" + mode + "</Mode><Codec>wav</Codec><VoiceType>" + voice + "</VoiceType></TtsTpl>";
    }

    @Test
    void anAddedVoiceIsSpokenEndToEnd() {
        RawClient.Response r = client().ci("POST", "/jobs", RawClient.job(tpl("Sync", "aixiaomei"), "hello",
                "voices/mei.wav"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String jobId = r.xml().child("JobsDetail").get("JobId");
        await().atMost(Duration.ofSeconds(30)).until(() -> EXT.emulator().job(jobId).isTerminal());
        assertThat(EXT.emulator().job(jobId).state()).isEqualTo("Success");
        assertThat(EXT.emulator().object(RawClient.BUCKET, "voices/mei.wav").data()).isNotEmpty();
        XmlNode echoed = EXT.emulator().job(jobId).toJobsDetail(false).path("Operation", "TtsTpl");
        assertThat(echoed.get("VoiceType")).isEqualTo("aixiaomei");
    }

    @Test
    void anAddedAsyncOnlyVoiceIsRefusedInSyncModeAndUnknownVoicesStayUnknown() {
        RawClient.Response sync = client().ci("POST", "/jobs", RawClient.job(tpl("Sync", "aixiaohan"), "hi", "a.wav"));
        assertThat(sync.status()).isEqualTo(400);
        assertThat(sync.xml().get("Message")).contains("Sync");
        assertThat(client().ci("POST", "/jobs", RawClient.job(tpl("Asyc", "aixiaohan"), "hi", "b.wav")).status())
                .isEqualTo(200);
        RawClient.Response unknown = client().ci("POST", "/jobs", RawClient.job(tpl("Sync", "nobody"), "hi",
                "c.wav"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.xml().get("Message")).contains("VoiceType");
    }

    @Test
    void theFlagFormIsNameOrNameColonAsyncOnly() {
        Voices voices = new Voices().add("aixiaozhi").add("aixiaoyu:asyncOnly");
        assertThat(voices.names()).contains("aixiaozhi", "aixiaoyu", "ruxue", "aixiaonan");
        assertThatThrownBy(() -> new Voices().add("aixiaoyu:later")).hasMessageContaining("NAME:asyncOnly");
        assertThatThrownBy(() -> new Voices().add("Bad Name", false)).hasMessageContaining("lower-case");
    }
}
