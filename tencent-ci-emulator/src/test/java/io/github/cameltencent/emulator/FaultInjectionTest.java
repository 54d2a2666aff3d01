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

import java.io.UncheckedIOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault kind as a client observes it. Rates of 1.0 make every case deterministic. */
class FaultInjectionTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.speech(false));

    RawClient client;

    @BeforeEach
    void client() {
        client = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey");
    }

    @AfterEach
    void clear() {
        EXT.emulator().faults().clear();
    }

    @Test
    void faultsSetAtStartApply() {
        try (TencentCiEmulator emu = TencentCiEmulator.builder().credential("AKIDTEST", "testkey")
                .fault("getQueues", Faults.Spec.parse("503=1.0")).start()) {
            RawClient.Response r = new RawClient(emu.port(), "AKIDTEST", "testkey").ci("GET", "/queue", null);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.errorCode()).isEqualTo("ServiceUnavailable");
            assertThat(r.header("Retry-After")).isEqualTo("1");
        }
    }

    @Test
    void unknownOperationNamesAreRefusedWithTheKnownOnes() {
        Faults faults = EXT.emulator().faults();
        assertThatThrownBy(() -> faults.set("submitjob", Faults.Spec.parse("503=1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'submitjob'").hasMessageContaining("submitJob").hasMessageContaining("getObject");
        assertThatThrownBy(() -> faults.script("listjobs", Faults.Action.ERROR_503))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.hold("getjob")).isInstanceOf(IllegalArgumentException.class);
        // --fault goes through the builder, and so gets the same check
        assertThatThrownBy(() -> TencentCiEmulator.builder().fault("submitjob", Faults.Spec.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submitJob");
        faults.set(Faults.ALL, Faults.Spec.NONE);
    }

    @Test
    void errorsAndThrottlingPerOperation() {
        Faults faults = EXT.emulator().faults();
        faults.set("listJobs", Faults.Spec.NONE.withError500(1.0));
        assertThat(client.ci("GET", "/jobs?tag=Tts", null).errorCode()).isEqualTo("InternalError");
        faults.set("listJobs", Faults.Spec.NONE.withThrottle429(1.0));
        RawClient.Response slow = client.ci("GET", "/jobs?tag=Tts", null);
        assertThat(slow.status()).isEqualTo(429);
        assertThat(slow.errorCode()).isEqualTo("SlowDown");
        // other operations are untouched
        assertThat(client.ci("GET", "/template?tag=Tts", null).status()).isEqualTo(200);
        faults.set(Faults.ALL, Faults.Spec.NONE.withError503(1.0));
        assertThat(client.ci("GET", "/template?tag=Tts", null).status()).isEqualTo(503);
        assertThat(faults.injectedCount()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void rateLimitAnswers429BeyondTheRate() {
        EXT.emulator().faults().set("getTemplates", Faults.Spec.NONE.withRateLimit(3));
        int ok = 0;
        int throttled = 0;
        for (int i = 0; i < 10; i++) {
            int s = client.ci("GET", "/template?tag=Tts", null).status();
            if (s == 200) {
                ok++;
            } else if (s == 429) {
                throttled++;
            }
        }
        // ten requests cross at most one second boundary: at most 6 get through
        assertThat(ok).isBetween(3, 6);
        assertThat(throttled).isEqualTo(10 - ok);
    }

    @Test
    void resetBeforeTheRequestIsAppliedCreatesNoJob() {
        int before = EXT.emulator().jobs().size();
        EXT.emulator().faults().set("submitJob", Faults.Spec.NONE.withResetBefore(1.0));
        assertThatThrownBy(() -> client.ci("POST", "/jobs", RawClient.ttsJob("reset before", "", "")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(EXT.emulator().jobs()).hasSize(before);
    }

    @Test
    void resetAfterTheRequestIsAppliedLeavesTheJobCreated() {
        int before = EXT.emulator().jobs().size();
        EXT.emulator().faults().set("submitJob", Faults.Spec.NONE.withResetAfter(1.0));
        assertThatThrownBy(() -> client.ci("POST", "/jobs", RawClient.ttsJob("reset after", "", "")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(EXT.emulator().jobs()).hasSize(before + 1);
        assertThat(EXT.emulator().jobs().get(before).input()).isEqualTo("reset after");
    }

    @Test
    void latencyIsAdded() {
        EXT.emulator().faults().set("getTemplates", Faults.Spec.NONE.withLatency(300));
        long start = System.nanoTime();
        assertThat(client.ci("GET", "/template?tag=Tts", null).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void specsParseFromText() {
        Faults.Spec s = Faults.Spec.parse("503=0.1,500=0.02,429=0.05,resetBefore=0.02,resetAfter=0.01,latency=20,"
                + "spikeRate=0.1,spikeMillis=500,rps=100");
        assertThat(s).isEqualTo(new Faults.Spec(0.1, 0.02, 0.05, 0.02, 0.01, 20, 0.1, 500, 100));
        assertThatThrownBy(() -> Faults.Spec.parse("nope=1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsAreCountedPerOperation() {
        EXT.emulator().resetRequestCounts();
        client.ci("GET", "/jobs?tag=Tts", null);
        client.ci("GET", "/jobs?tag=Tts", null);
        client.ci("GET", "/template?tag=Tts", null);
        assertThat(EXT.emulator().requestCount("listJobs")).isEqualTo(2);
        assertThat(EXT.emulator().requestCount("getTemplates")).isEqualTo(1);
        assertThat(EXT.emulator().requestCount()).isEqualTo(3);
    }
}
