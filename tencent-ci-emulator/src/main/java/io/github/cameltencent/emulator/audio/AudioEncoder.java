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

import javax.sound.sampled.AudioFormat;

import de.sciss.jump3r.lowlevel.LameEncoder;

/** Encodes 16 kHz mono little-endian PCM as the service's three codecs: wav, mp3 and raw pcm. */
public final class AudioEncoder {

    private static final int MP3_KBPS = 32;

    private AudioEncoder() {
    }

    public static EncodedAudio encode(byte[] pcm, String codec) {
        int rate = SpeechEngine.SAMPLE_RATE;
        double duration = pcm.length / 2.0 / rate;
        return switch (codec) {
            case "wav" -> {
                byte[] wav = wav(pcm, rate);
                yield new EncodedAudio(wav, "wav", "wav", "WAV / WAVE (Waveform Audio)", "pcm_s16le",
                        "PCM signed 16-bit little-endian", "s16", rate, 1, duration, rate * 16L, "audio/wav");
            }
            case "pcm" -> new EncodedAudio(pcm.clone(), "pcm", "s16le", "PCM signed 16-bit little-endian", "pcm_s16le",
                    "PCM signed 16-bit little-endian", "s16", rate, 1, duration, rate * 16L, "audio/pcm");
            case "mp3" -> {
                byte[] mp3 = mp3(pcm, rate);
                yield new EncodedAudio(mp3, "mp3", "mp3", "MP2/3 (MPEG audio layer 2/3)", "mp3",
                        "MP3 (MPEG audio layer 3)", "fltp", rate, 1, duration, MP3_KBPS * 1000L, "audio/mpeg");
            }
            default -> throw new IllegalArgumentException("unknown codec " + codec);
        };
    }

    /** Wraps 16-bit mono little-endian PCM in a WAV header. */
    public static byte[] wav(byte[] pcm, int rate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 44);
        writeAscii(out, "RIFF");
        writeInt(out, 36 + pcm.length);
        writeAscii(out, "WAVE");
        writeAscii(out, "fmt ");
        writeInt(out, 16);
        writeShort(out, 1); // PCM
        writeShort(out, 1); // mono
        writeInt(out, rate);
        writeInt(out, rate * 2);
        writeShort(out, 2);
        writeShort(out, 16);
        writeAscii(out, "data");
        writeInt(out, pcm.length);
        out.write(pcm, 0, pcm.length);
        return out.toByteArray();
    }

    static byte[] mp3(byte[] pcm, int rate) {
        AudioFormat source = new AudioFormat(rate, 16, 1, true, false);
        LameEncoder encoder = new LameEncoder(source, MP3_KBPS, LameEncoder.CHANNEL_MODE_MONO,
                LameEncoder.QUALITY_LOW, false);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length / 8 + 1024);
            byte[] buffer = new byte[encoder.getMP3BufferSize()];
            int chunk = encoder.getPCMBufferSize();
            for (int off = 0; off < pcm.length; off += chunk) {
                int len = Math.min(chunk, pcm.length - off);
                int n = encoder.encodeBuffer(pcm, off, len, buffer);
                out.write(buffer, 0, n);
            }
            int n = encoder.encodeFinish(buffer);
            out.write(buffer, 0, n);
            return out.toByteArray();
        } finally {
            encoder.close();
        }
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >> 8);
        out.write(v >> 16);
        out.write(v >> 24);
    }

    private static void writeShort(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >> 8);
    }
}
