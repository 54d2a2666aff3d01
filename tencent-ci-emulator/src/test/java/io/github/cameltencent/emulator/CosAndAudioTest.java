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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.cameltencent.emulator.xml.XmlNode;

/** The COS object API, and the audio the jobs leave in it. */
class CosAndAudioTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.processingTime(Duration.ZERO));

    RawClient client;

    @BeforeEach
    void client() {
        client = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey");
    }

    @Test
    void putGetHeadRangeDelete() {
        byte[] data = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        RawClient.Response put = client.cos("PUT", "docs/%E6%96%87%E4%BB%B6%20one.txt", data, "text/plain", Map.of());
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.header("ETag")).isEqualTo("\"" + md5(data) + "\"");
        assertThat(put.header("x-cos-request-id")).isNotBlank();
        assertThat(EXT.emulator().object(BUCKET, "docs/文件 one.txt")).isNotNull();

        RawClient.Response get = client.cos("GET", "docs/%E6%96%87%E4%BB%B6%20one.txt", null, null, Map.of());
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(data);
        assertThat(get.header("Content-Type")).isEqualTo("text/plain");

        RawClient.Response head = client.cos("HEAD", "docs/%E6%96%87%E4%BB%B6%20one.txt", null, null, Map.of());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo("16");
        assertThat(head.body()).isEmpty();

        RawClient.Response range = client.cos("GET", "docs/%E6%96%87%E4%BB%B6%20one.txt", null, null,
                Map.of("Range", "bytes=2-5"));
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.text()).isEqualTo("2345");
        assertThat(range.header("Content-Range")).isEqualTo("bytes 2-5/16");
        assertThat(client.cos("GET", "docs/%E6%96%87%E4%BB%B6%20one.txt", null, null, Map.of("Range", "bytes=-3"))
                .text()).isEqualTo("def");
        assertThat(client.cos("GET", "docs/%E6%96%87%E4%BB%B6%20one.txt", null, null, Map.of("Range", "bytes=10-"))
                .text()).isEqualTo("abcdef");
        RawClient.Response unsatisfiable = client.cos("GET", "docs/%E6%96%87%E4%BB%B6%20one.txt", null, null,
                Map.of("Range", "bytes=99-"));
        assertThat(unsatisfiable.status()).isEqualTo(416);
        assertThat(unsatisfiable.errorCode()).isEqualTo("InvalidRange");

        assertThat(client.cos("DELETE", "docs/%E6%96%87%E4%BB%B6%20one.txt", null, null, Map.of()).status())
                .isEqualTo(204);
        RawClient.Response gone = client.cos("GET", "docs/%E6%96%87%E4%BB%B6%20one.txt", null, null, Map.of());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorCode()).isEqualTo("NoSuchKey");
        assertThat(gone.header("x-cos-request-id")).isEqualTo(gone.xml().get("RequestId"));
    }

    @Test
    void cosRequestsAreSignedToo() {
        RawClient.Response r = client.unsigned("GET", RawClient.COS_HOST, "/anything", null, null);
        assertThat(r.status()).isEqualTo(401);
        RawClient.Response wrong = new RawClient(EXT.emulator().port(), "AKIDTEST", "nope")
                .cos("PUT", "x.txt", new byte[] {1}, "application/octet-stream", Map.of());
        assertThat(wrong.errorCode()).isEqualTo("SignatureDoesNotMatch");
        RawClient.Response badMd5 = client.cos("PUT", "x.txt", new byte[] {1}, "application/octet-stream",
                Map.of("Content-MD5", "AAAAAAAAAAAAAAAAAAAAAA=="));
        assertThat(badMd5.errorCode()).isEqualTo("BadDigest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wav", "pcm", "mp3"})
    void outputIsRealAudioWhoseMediaInfoAndMd5MatchTheObject(String codec) throws Exception {
        XmlNode shortJob = run(codec, "Hello.");
        XmlNode longJob = run(codec, "Hello. This is a much longer sentence, spoken by the emulator for a test.");
        byte[] shortAudio = fetch(shortJob);
        byte[] longAudio = fetch(longJob);

        for (XmlNode job : new XmlNode[] {shortJob, longJob}) {
            byte[] audio = fetch(job);
            XmlNode op = job.child("Operation");
            assertThat(op.path("MediaResult", "OutputFile", "Md5Info").get("Md5")).isEqualTo(md5(audio));
            assertThat(op.path("MediaInfo", "Format").get("Size")).isEqualTo(String.valueOf(audio.length));
            XmlNode a = op.path("MediaInfo", "Stream", "Audio");
            assertThat(a.get("SampleRate")).isEqualTo("16000");
            assertThat(a.get("Channel")).isEqualTo("1");
            double reported = Double.parseDouble(a.get("Duration"));
            assertThat(reported).isEqualTo(decodedSeconds(codec, audio), org.assertj.core.data.Offset.offset(0.2));
        }
        assertThat(decodedSeconds(codec, longAudio)).isGreaterThan(decodedSeconds(codec, shortAudio) * 2);
    }

    @Test
    void textFreeTtsCannotSpeakStillGetsAudibleAudio() throws Exception {
        XmlNode job = run("wav", "你好世界，这是一个测试");
        byte[] wav = fetch(job);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            byte[] pcm = in.readAllBytes();
            int peak = 0;
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
            }
            assertThat(peak).as("not silence").isGreaterThan(1000);
            assertThat(pcm.length / 2 / 16000.0).isGreaterThan(0.5);
        }
    }

    private XmlNode run(String codec, String text) {
        String object = "audio/" + codec + "-" + System.nanoTime() + "." + codec;
        RawClient.Response r = client.ci("POST", "/jobs", RawClient.job("<TtsTpl><Mode>Asyc</Mode><Codec>" + codec
                + "</Codec><VoiceType>aixiaoxing</VoiceType></TtsTpl>", text, object));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String id = r.xml().child("JobsDetail").get("JobId");
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> client.ci("GET", "/jobs/" + id, null).xml().child("JobsDetail"),
                d -> d.get("State").equals("Success"));
    }

    private byte[] fetch(XmlNode job) {
        String object = job.path("Operation", "Output").get("Object");
        RawClient.Response r = client.cos("GET", object, null, null, Map.of());
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    /** Decodes the file independently of the emulator's own figures. */
    static double decodedSeconds(String codec, byte[] audio) throws Exception {
        switch (codec) {
            case "wav" -> {
                try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio))) {
                    AudioFormat f = in.getFormat();
                    assertThat(f.getSampleRate()).isEqualTo(16000f);
                    assertThat(f.getChannels()).isEqualTo(1);
                    assertThat(f.getSampleSizeInBits()).isEqualTo(16);
                    return in.getFrameLength() / f.getFrameRate();
                }
            }
            case "pcm" -> {
                AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(audio),
                        new AudioFormat(16000, 16, 1, true, false), audio.length / 2);
                assertThat(in.readAllBytes()).hasSize(audio.length);
                return audio.length / 2 / 16000.0;
            }
            default -> {
                return mp3Seconds(audio);
            }
        }
    }

    /** Walks the MPEG audio frames: every frame header must be valid and the frames must tile the file. */
    static double mp3Seconds(byte[] mp3) {
        int[][] bitrates = { // [version index 0 = MPEG-2/2.5, 1 = MPEG-1][bitrate index]
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0},
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0}};
        int pos = 0;
        if (mp3.length > 10 && mp3[0] == 'I' && mp3[1] == 'D' && mp3[2] == '3') {
            pos = 10 + ((mp3[6] & 0x7f) << 21 | (mp3[7] & 0x7f) << 14 | (mp3[8] & 0x7f) << 7 | (mp3[9] & 0x7f));
        }
        long samples = 0;
        int frames = 0;
        int rate = 0;
        while (pos + 4 <= mp3.length) {
            int b1 = mp3[pos] & 0xff;
            int b2 = mp3[pos + 1] & 0xff;
            int b3 = mp3[pos + 2] & 0xff;
            assertThat(b1 == 0xff && (b2 & 0xe0) == 0xe0).as("frame sync at " + pos).isTrue();
            int version = (b2 >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
            assertThat((b2 >> 1) & 3).as("layer III").isEqualTo(1);
            int kbps = bitrates[version == 3 ? 1 : 0][(b3 >> 4) & 0xf];
            int[] rates = version == 3 ? new int[] {44100, 48000, 32000}
                    : version == 2 ? new int[] {22050, 24000, 16000} : new int[] {11025, 12000, 8000};
            rate = rates[(b3 >> 2) & 3];
            int padding = (b3 >> 1) & 1;
            int samplesPerFrame = version == 3 ? 1152 : 576;
            int length = samplesPerFrame / 8 * kbps * 1000 / rate + padding;
            assertThat(length).isPositive();
            samples += samplesPerFrame;
            frames++;
            pos += length;
        }
        assertThat(frames).isGreaterThan(2);
        assertThat(rate).isEqualTo(16000);
        return (double) samples / rate;
    }

    static String md5(byte[] data) throws RuntimeException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
