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
package io.github.cameltencent.tts.submit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Joins the audio of consecutive jobs. PCM is raw samples, so pieces concatenate; WAV pieces give up their headers
 * and one header is written for the whole (format taken from the first piece). MP3 is not joined here.
 */
public final class AudioJoiner {

    private AudioJoiner() {
    }

    public static boolean canJoin(String codec) {
        return "wav".equals(codec) || "pcm".equals(codec);
    }

    public static byte[] join(String codec, List<byte[]> pieces) {
        if ("pcm".equals(codec)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        }
        byte[] fmt = null;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (byte[] wav : pieces) {
            Chunks c = chunks(wav);
            if (fmt == null) {
                fmt = c.fmt;
            }
            data.write(wav, c.dataOffset, c.dataLength);
        }
        if (fmt == null) {
            throw new IllegalArgumentException("no WAV pieces to join");
        }
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + fmt.length + 8 + data.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(4 + 8 + fmt.length + 8 + data.size()).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(fmt.length).put(fmt);
        b.put("data".getBytes()).putInt(data.size()).put(data.toByteArray());
        return b.array();
    }

    private record Chunks(byte[] fmt, int dataOffset, int dataLength) {
    }

    /** Walks the RIFF chunks: services may add LIST or fact chunks before the data. */
    private static Chunks chunks(byte[] wav) {
        if (wav.length < 12 || wav[0] != 'R' || wav[1] != 'I' || wav[2] != 'F' || wav[3] != 'F') {
            throw new IllegalArgumentException("not a WAV file");
        }
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        byte[] fmt = null;
        while (pos + 8 <= wav.length) {
            String id = new String(wav, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = b.getInt(pos + 4);
            if (id.equals("fmt ")) {
                fmt = java.util.Arrays.copyOfRange(wav, pos + 8, pos + 8 + size);
            } else if (id.equals("data")) {
                int len = Math.min(size, wav.length - pos - 8);
                return new Chunks(fmt, pos + 8, len);
            }
            pos += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException("WAV file without a data chunk");
    }
}
