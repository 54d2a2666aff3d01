package io.github.cameltencent.examples.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.apache.camel.main.SimpleMainShutdownStrategy;

import io.github.cameltencent.emulator.TencentCiEmulator;

/**
 * The demo: speaks every text file of a folder with the YAML routes and writes the audio files. Without Tencent
 * credentials in the environment it runs the emulator in-process, so it works offline from a fresh clone.
 */
public final class SpeakFolder {

    private SpeakFolder() {
    }

    public static void main(String[] args) throws Exception {
        int status = run(Path.of(System.getProperty("demo.texts", "texts")),
                Path.of(System.getProperty("demo.audio", "target/audio")), Duration.ofMinutes(5));
        if (status != 0) {
            throw new IllegalStateException("the demo did not finish (status " + status + ")");
        }
    }

    /** Runs the routes until every text has come back as audio (or the time is up); returns an exit status. */
    public static int run(Path texts, Path audio, Duration timeout) throws Exception {
        int expected = count(texts);
        if (expected == 0) {
            System.out.println("No .txt files in " + texts.toAbsolutePath() + ": nothing to speak.");
            return 1;
        }
        Progress progress = new Progress(expected, audio);
        Properties props = new Properties();
        props.setProperty("demo.texts", texts.toString());
        props.setProperty("demo.audio", audio.toString());
        TencentCiEmulator emulator = null;
        if (System.getenv("TENCENTCLOUD_SECRET_ID") == null) {
            String id = "AKIDDEMO" + Long.toHexString(System.nanoTime());
            String key = Long.toHexString(Double.doubleToLongBits(Math.random())) + Long.toHexString(System.nanoTime());
            emulator = TencentCiEmulator.builder().credential(id, key).processingTime(Duration.ofMillis(300)).start();
            props.setProperty("camel.component.tencent-tts.secret-id", id);
            props.setProperty("camel.component.tencent-tts.secret-key", key);
            props.setProperty("camel.component.tencent-tts.endpoint-override", emulator.baseUrl());
            System.out.println("No TENCENTCLOUD_SECRET_ID set: using the embedded Tencent CI emulator at "
                    + emulator.baseUrl());
        } else {
            System.out.println("Using Tencent Cloud with bucket " + System.getenv("TTS_BUCKET"));
        }
        Main main = new Main();
        // stopped by this method, not by a JVM hook (which would outlive exec:java's class loader)
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
        main.setOverrideProperties(props);
        main.bind("progress", progress);
        try {
            main.start();
            System.out.println("Speaking " + expected + " text(s) from " + texts.toAbsolutePath() + " ...");
            boolean all = progress.done().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            System.out.println(all ? "Done: " + expected + " audio file(s) in " + audio.toAbsolutePath()
                    : "Timed out with " + progress.finishedCount() + " of " + expected + " audio file(s) in "
                      + audio.toAbsolutePath());
            return all ? 0 : 2;
        } finally {
            main.stop();
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    private static int count(Path texts) throws IOException {
        if (!Files.isDirectory(texts)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(texts)) {
            return (int) files.filter(f -> f.toString().endsWith(".txt")).count();
        }
    }
}
