package io.github.cameltencent.examples.yaml;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;

/** Tells the user what happens, and ends the demo once every submitted text has come back as audio. */
public class Progress {

    private final int expected;
    private final Path audio;
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);

    public Progress(int expected, Path audio) {
        this.expected = expected;
        this.audio = audio;
    }

    public void submitted(Exchange exchange) {
        submitted.incrementAndGet();
    }

    public void finished(Exchange exchange) {
        int n = finished.incrementAndGet();
        String state = exchange.getMessage().getHeader("CamelTencentTtsJobState", String.class);
        String file = exchange.getMessage().getHeader("CamelFileName", String.class);
        System.out.printf("[%d/%d] %s %s -> %s%n", n, expected, state, file, audio.resolve(file).toAbsolutePath());
        if (n >= expected) {
            done.countDown();
        }
    }

    public int finishedCount() {
        return finished.get();
    }

    public CountDownLatch done() {
        return done;
    }
}
