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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.github.cameltencent.emulator.http.TlsMaterial;

/**
 * Runs the emulator standalone:
 * {@code java -jar tencent-ci-emulator-<version>-all.jar --port 9000 --secret-id ID --secret-key KEY}.
 * Prints exactly one line to standard output when ready, so scripts can wait for it.
 */
public final class EmulatorMain {

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        TencentCiEmulator.Builder b = TencentCiEmulator.builder().port(9000);
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        Path[] tlsKeyStore = new Path[1];
        String[] tlsPassword = new String[1];
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--port" -> b.port(Integer.parseInt(value(args, ++i, a)));
                    case "--secret-id" -> ids.add(value(args, ++i, a));
                    case "--secret-key" -> keys.add(value(args, ++i, a));
                    case "--session-token" -> tokens.add(value(args, ++i, a));
                    case "--data-dir" -> b.dataDir(Path.of(value(args, ++i, a)));
                    case "--processing-time-ms" -> b.processingTime(Duration.ofMillis(Long.parseLong(value(args, ++i,
                            a))));
                    case "--concurrency" -> b.concurrency(Integer.parseInt(value(args, ++i, a)));
                    case "--no-speech" -> b.speech(false);
                    case "--tls" -> b.tls();
                    case "--tls-dir" -> b.tls(Path.of(value(args, ++i, a)));
                    case "--tls-keystore" -> tlsKeyStore[0] = Path.of(value(args, ++i, a));
                    case "--tls-password" -> tlsPassword[0] = value(args, ++i, a);
                    case "--header-timeout-ms" -> b.headerTimeout(Duration.ofMillis(Long.parseLong(value(args, ++i,
                            a))));
                    case "--idle-timeout-ms" -> b.idleTimeout(Duration.ofMillis(Long.parseLong(value(args, ++i, a))));
                    case "--body-timeout-ms" -> b.bodyTimeout(Duration.ofMillis(Long.parseLong(value(args, ++i, a))));
                    case "--max-connections" -> b.maxConnections(Integer.parseInt(value(args, ++i, a)));
                    case "--max-threads" -> b.maxThreads(Integer.parseInt(value(args, ++i, a)));
                    case "--max-object-bytes" -> b.maxObjectBytes(Long.parseLong(value(args, ++i, a)));
                    case "--queue-max-size" -> b.queueMaxSize(Integer.parseInt(value(args, ++i, a)));
                    case "--fail-marker" -> b.failMarker(value(args, ++i, a));
                    case "--voice" -> b.voice(value(args, ++i, a));
                    case "--fault" -> {
                        // --fault submitJob:503=0.1,latency=20   or   --fault *:429=0.05
                        String spec = value(args, ++i, a);
                        int colon = spec.indexOf(':');
                        if (colon <= 0) {
                            throw new IllegalArgumentException("--fault needs OPERATION:key=value,...");
                        }
                        b.fault(spec.substring(0, colon), Faults.Spec.parse(spec.substring(colon + 1)));
                    }
                    case "--help", "-h" -> {
                        usage();
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            }
            if (tlsKeyStore[0] != null) {
                if (tlsPassword[0] == null) {
                    throw new IllegalArgumentException("--tls-keystore needs --tls-password");
                }
                b.tlsKeyStore(tlsKeyStore[0], tlsPassword[0].toCharArray());
            }
            if (ids.isEmpty() || ids.size() != keys.size()) {
                throw new IllegalArgumentException("give --secret-id and --secret-key in pairs (at least one pair)");
            }
            for (int i = 0; i < ids.size(); i++) {
                String token = i < tokens.size() && !tokens.get(i).isEmpty() ? tokens.get(i) : null;
                b.credential(ids.get(i), keys.get(i), token);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            usage();
            System.exit(2);
            return;
        }
        TencentCiEmulator emulator = b.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        if (emulator.tlsTruststore() != null) {
            // on standard error, so standard output stays the one ready line scripts wait for
            System.err.println("TLS: trust " + emulator.tlsTruststore() + " (PKCS12, password "
                    + TlsMaterial.STORE_PASSWORD + ") or " + emulator.tlsCertificatePem());
        }
        // on standard error too: standard output stays the one ready line
        System.err.println("Console (jobs, templates, queues, audio): " + emulator.consoleUrl());
        System.out.println("Tencent CI emulator listening on " + emulator.baseUrl());
        System.out.flush();
        stopped.await();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("""
                usage: java -jar tencent-ci-emulator-<version>-all.jar --secret-id ID --secret-key KEY [options]
                  --port N                 port to listen on (default 9000, 0 = any free port)
                  --secret-id ID           accepted SecretId (repeat with --secret-key for several pairs)
                  --secret-key KEY         its SecretKey
                  --session-token TOKEN    STS token required with the pair of the same position
                  --data-dir DIR           keep objects, jobs and templates across restarts
                  --processing-time-ms N   minimum time a job takes (default 200)
                  --concurrency N          jobs running at once (default 4)
                  --no-speech              synthesize tones instead of speech
                  --fail-marker TEXT       jobs whose text contains TEXT end Failed
                  --voice NAME[:asyncOnly] a voice beyond the published list (repeatable); asyncOnly ones are
                                           refused in Sync mode
                  --fault OP:SPEC          e.g. submitJob:503=0.1,429=0.05,resetBefore=0.02,latency=20;
                                           OP is an operation name (an unknown one is an error listing them) or *
                  --tls                    serve HTTPS with a self-signed certificate, written with a PKCS12
                                           trust store and a PEM into DATA-DIR/tls (or a temporary directory)
                  --tls-dir DIR            the same, kept in DIR
                  --tls-keystore FILE      serve HTTPS with this PKCS12 key store (with --tls-password PW)
                  --header-timeout-ms N    time a client may take to send a request head (default 10000)
                  --body-timeout-ms N      time a request body may take to arrive; then 408 (default 60000)
                  --idle-timeout-ms N      wait for a next request, or for any one read (default 60000)
                  --max-connections N      connections open at once; more get 503 (default 1024)
                  --max-threads N          requests reading bodies or being handled at once (default 64)
                  --max-object-bytes N     largest body a PUT may carry; larger gets 413 (default 67108864)
                  --queue-max-size N       waiting jobs a speech queue holds before 403 QueueSaturated
                                           (default 10000, as the service documents)
                The console, a read-only web page of jobs, templates, queues and their audio, is at
                http://127.0.0.1:PORT/_emulator/ (no signature needed).""");
    }
}
