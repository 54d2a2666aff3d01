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
package io.github.cameltencent.emulator.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechEngineTest {

    @Test
    void englishIsSpokenByFreeTtsNotTheFallbackMelody() {
        SpeechEngine engine = new SpeechEngine(true);
        byte[] spoken = engine.synthesize("Hello world, this is speech.", "ruxue", 100, 0);
        byte[] melody = SpeechEngine.melody("Hello world, this is speech.", 100);
        assertThat(spoken).isNotEqualTo(melody);
        assertThat(spoken.length / 2 / 16000.0).isBetween(0.8, 6.0);
    }

    @Test
    void speedShortensAndVolumeScales() {
        SpeechEngine engine = new SpeechEngine(false);
        byte[] normal = engine.synthesize("abcdefgh", "ruxue", 100, 0);
        byte[] fast = engine.synthesize("abcdefgh", "ruxue", 200, 0);
        byte[] loud = engine.synthesize("abcdefgh", "ruxue", 100, 10);
        assertThat(fast.length).isLessThan(normal.length * 6 / 10);
        assertThat(peak(loud)).isGreaterThan(peak(normal));
    }

    @Test
    void scriptDetection() {
        assertThat(SpeechEngine.isSpeakable("Hello there")).isTrue();
        assertThat(SpeechEngine.isSpeakable("你好")).isFalse();
        assertThat(SpeechEngine.isSpeakable("12345")).isFalse();
    }

    private static int peak(byte[] pcm) {
        int p = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            p = Math.max(p, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
        }
        return p;
    }
}
