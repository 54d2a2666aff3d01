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
package io.github.cameltencent.examples.cluster;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.github.cameltencent.examples.cluster.ClusterDemo.Result;
import io.github.cameltencent.examples.cluster.ClusterDemo.Settings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the example as the README does, shortened: three node JVMs, twelve jobs, node-2 killed with SIGKILL after
 * four. About 30 s on two busy cores, most of it the three JVMs starting.
 */
class ClusterExampleTest {

    @Test
    @Timeout(90)
    void threeNodesOneKilledTheOthersCarryOn() throws Exception {
        Settings settings = new Settings(Path.of(System.getProperty("cluster.home", ".")), 3, 12,
                Duration.ofMillis(250), "node-2", 4, Duration.ofSeconds(30));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new Tee(console, System.out), true, StandardCharsets.UTF_8);

        Result r = new ClusterDemo(settings, both, InputStream.nullInputStream()).run();

        String text = console.toString(StandardCharsets.UTF_8);
        assertThat(r.submitted()).hasSize(12);
        // docs/cluster.md, "Faults", kill -9: 0 lost; twice only for the killed node's exchanges in flight at its
        // death; those taken over once their claims expired (4 s after the last keep-alive, at most 1 s before the
        // death) and a poll or two passed; 10 s of slack for a busy machine
        assertThat(r.missing()).as("lost").isEmpty();
        assertThat(r.claimsLeft()).as("claims left behind").isEmpty();
        assertThat(r.emittedTwice()).as("twice: only the killed node's exchanges in flight")
                .isSubsetOf(r.inFlightAtKill());
        if (!r.inFlightAtKill().isEmpty()) {
            assertThat(r.takeOver()).as("take-over of %s", r.inFlightAtKill()).isNotNull()
                    .isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4 + 10));
        }
        assertThat(r.killed()).isEqualTo("node-2");
        assertThat(r.killedExit()).as("SIGKILL").isEqualTo(137);
        assertThat(r.emittedAfterKill().getOrDefault("node-1", 0) + r.emittedAfterKill().getOrDefault("node-3", 0))
                .as("the others carry on after the kill").isPositive();
        // the console names the node of each job, and says that node-2 is gone
        assertThat(text).containsPattern("node-[13] emitted job \\S+ \\(cluster/job-\\d+\\.mp3\\)");
        assertThat(text).contains(">>> killing node-2 (pid ").contains("node-2 (pid ").contains("is gone, exit 137");
        assertThat(text).contains("12 jobs submitted, 12 emitted");
        System.out.printf("cluster example: 12 jobs, %d lost, %d twice, %d in flight at the kill, take-over %s%n",
                r.missing().size(), r.emittedTwice().size(), r.inFlightAtKill().size(),
                r.takeOver() == null ? "-" : r.takeOver().toMillis() + " ms");
    }

    /** The console goes to the test's output too, so a failure shows what the nodes said. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
            b.flush();
        }
    }
}
