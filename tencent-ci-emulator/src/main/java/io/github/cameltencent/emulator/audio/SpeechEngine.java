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

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sound.sampled.AudioFormat;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;

/**
 * Turns text into 16 kHz mono 16-bit PCM. English-like text is spoken by FreeTTS; text it cannot speak (CJK and
 * other scripts) becomes an audible melody of one short tone per character, so duration still grows with the text.
 */
public final class SpeechEngine {

    public static final int SAMPLE_RATE = 16_000;

    private static final int CACHE_ENTRIES = 256;

    private final boolean speech;
    private final Object voiceLock = new Object();
    private Voice voice;
    private boolean voiceUnavailable;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(CACHE_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    /** @param speech false to always use tones (cheaper, for load tests) */
    public SpeechEngine(boolean speech) {
        this.speech = speech;
    }

    /** Loads the FreeTTS voice in the background so the first job does not pay for it. */
    public void warmUp() {
        if (speech) {
            Thread t = new Thread(() -> {
                synchronized (voiceLock) {
                    voice();
                }
            }, "ci-emulator-voice-warmup");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * @param speed  50..200, 100 = normal
     * @param volume -10..10, 0 = unchanged
     * @return little-endian signed 16-bit PCM at {@link #SAMPLE_RATE}, mono
     */
    public byte[] synthesize(String text, String voiceType, int speed, int volume) {
        String key = voiceType + '\u0000' + speed + '\u0000' + volume + '\u0000' + text;
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] pcm = null;
        if (speech && isSpeakable(text)) {
            pcm = speak(text, voiceType, speed);
        }
        if (pcm == null || pcm.length < SAMPLE_RATE / 10) {
            pcm = melody(text, speed);
        }
        applyVolume(pcm, volume);
        synchronized (cache) {
            cache.put(key, pcm);
        }
        return pcm;
    }

    /** FreeTTS only knows English letters; anything mostly made of other scripts gets the melody. */
    static boolean isSpeakable(String text) {
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (cp < 0x250) {
                    latin++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && latin * 10 >= letters * 8;
    }

    private Voice voice() {
        if (voice == null && !voiceUnavailable) {
            try {
                System.setProperty("freetts.voices",
                        "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
                Voice v = VoiceManager.getInstance().getVoice("kevin16");
                if (v == null) {
                    voiceUnavailable = true;
                } else {
                    v.allocate();
                    voice = v;
                }
            } catch (RuntimeException | LinkageError e) {
                voiceUnavailable = true;
            }
        }
        return voice;
    }

    private byte[] speak(String text, String voiceType, int speed) {
        synchronized (voiceLock) {
            Voice v = voice();
            if (v == null) {
                return null;
            }
            CollectingPlayer player = new CollectingPlayer();
            v.setAudioPlayer(player);
            v.setRate(150f * speed / 100f);
            v.setPitch(isFemale(voiceType) ? 190f : 100f);
            v.speak(text);
            return player.littleEndianPcm();
        }
    }

    private static boolean isFemale(String voiceType) {
        return switch (voiceType == null ? "" : voiceType) {
            case "aixiaoxing", "aixiaocheng", "aixiaodong", "aixiaoyang" -> false;
            default -> true;
        };
    }

    /** One 90 ms tone (scaled by speed) per character, a pause for spaces and punctuation. */
    static byte[] melody(String text, int speed) {
        int toneSamples = (int) (SAMPLE_RATE * 0.09 * 100 / Math.max(50, speed));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean pause = Character.isWhitespace(cp) || !Character.isLetterOrDigit(cp);
            double freq = 220 + Math.floorMod(cp * 37, 440);
            for (int n = 0; n < toneSamples; n++) {
                double env = Math.min(1.0, Math.min(n, toneSamples - n) / (toneSamples * 0.1));
                double s = pause ? 0 : Math.sin(2 * Math.PI * freq * n / SAMPLE_RATE) * 0.4 * env;
                short v = (short) (s * Short.MAX_VALUE);
                out.write(v & 0xff);
                out.write((v >> 8) & 0xff);
            }
            count++;
        }
        if (count == 0) {
            return new byte[SAMPLE_RATE / 5];
        }
        return out.toByteArray();
    }

    /** volume -10..10 maps to a gain of 2^(volume/5): -6 dB .. +6 dB per 5 steps; clipped, never wrapped. */
    static void applyVolume(byte[] pcm, int volume) {
        if (volume == 0) {
            return;
        }
        double gain = Math.pow(2, volume / 5.0);
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int s = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            int v = (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(s * gain)));
            pcm[i] = (byte) v;
            pcm[i + 1] = (byte) (v >> 8);
        }
    }

    /** Receives FreeTTS output and normalises it to 16 kHz little-endian mono. */
    private static final class CollectingPlayer implements AudioPlayer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, true);
        private float volume = 1f;

        byte[] littleEndianPcm() {
            byte[] raw = bytes.toByteArray();
            if (format.isBigEndian()) {
                for (int i = 0; i + 1 < raw.length; i += 2) {
                    byte t = raw[i];
                    raw[i] = raw[i + 1];
                    raw[i + 1] = t;
                }
            }
            if ((int) format.getSampleRate() != SAMPLE_RATE) {
                raw = resample(raw, (int) format.getSampleRate());
            }
            return raw;
        }

        private static byte[] resample(byte[] pcm, int fromRate) {
            int inSamples = pcm.length / 2;
            int outSamples = (int) ((long) inSamples * SAMPLE_RATE / fromRate);
            byte[] out = new byte[outSamples * 2];
            for (int i = 0; i < outSamples; i++) {
                int src = (int) ((long) i * fromRate / SAMPLE_RATE);
                out[2 * i] = pcm[2 * src];
                out[2 * i + 1] = pcm[2 * src + 1];
            }
            return out;
        }

        @Override
        public void setAudioFormat(AudioFormat f) {
            this.format = f;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void reset() {
        }

        @Override
        public boolean drain() {
            return true;
        }

        @Override
        public void begin(int size) {
        }

        @Override
        public boolean end() {
            return true;
        }

        @Override
        public void cancel() {
        }

        @Override
        public void close() {
        }

        @Override
        public float getVolume() {
            return volume;
        }

        @Override
        public void setVolume(float v) {
            this.volume = v;
        }

        @Override
        public long getTime() {
            return 0;
        }

        @Override
        public void resetTime() {
        }

        @Override
        public void startFirstSampleTimer() {
        }

        @Override
        public boolean write(byte[] audioData) {
            return write(audioData, 0, audioData.length);
        }

        @Override
        public boolean write(byte[] audioData, int offset, int size) {
            bytes.write(audioData, offset, size);
            return true;
        }

        @Override
        public void showMetrics() {
        }
    }
}
