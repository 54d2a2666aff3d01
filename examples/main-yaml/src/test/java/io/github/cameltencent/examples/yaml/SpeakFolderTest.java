package io.github.cameltencent.examples.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the demo's YAML routes on the embedded emulator and listens to what they wrote. */
class SpeakFolderTest {

    @Test
    void everySampleTextBecomesAPlayableWavFile(@TempDir Path audio) throws Exception {
        int status = SpeakFolder.run(Path.of("texts"), audio, Duration.ofMinutes(2));
        assertThat(status).isZero();
        for (String name : new String[] {"welcome", "weather", "story"}) {
            Path wav = audio.resolve(name + ".wav");
            assertThat(wav).exists();
            try (var in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(Files.readAllBytes(wav)))) {
                assertThat(in.getFrameLength() / in.getFormat().getFrameRate()).isGreaterThan(1.0f);
            }
        }
    }
}
