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

import java.time.Duration;

import io.github.cameltencent.emulator.http.MiniHttpServer;

/**
 * The HTTP server's bounds as the builder and the command line set them, each checked when set; the README's
 * emulator section lists them with their flags. See {@link MiniHttpServer} for what each one guards.
 */
final class ServerLimits {

    /** A body is buffered whole in one array. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private int maxThreads = 64;
    private int maxConnections = 1024;
    private long maxObjectBytes = 64L * 1024 * 1024;
    private Duration headerTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration bodyTimeout = Duration.ofSeconds(60);

    void maxThreads(int n) {
        this.maxThreads = atLeastOne(n, "maxThreads");
    }

    void maxConnections(int n) {
        this.maxConnections = atLeastOne(n, "maxConnections");
    }

    void maxObjectBytes(long n) {
        if (n < 1 || n > MAX_ARRAY) {
            throw new IllegalArgumentException("maxObjectBytes must be in [1, " + MAX_ARRAY + "], got " + n);
        }
        this.maxObjectBytes = n;
    }

    void headerTimeout(Duration d) {
        this.headerTimeout = positive(d, "headerTimeout");
    }

    void idleTimeout(Duration d) {
        this.idleTimeout = positive(d, "idleTimeout");
    }

    void bodyTimeout(Duration d) {
        this.bodyTimeout = positive(d, "bodyTimeout");
    }

    /** The server's limits; a body may always be as large as the largest XML body the CI API takes. */
    MiniHttpServer.Limits toLimits() {
        return new MiniHttpServer.Limits(maxThreads, maxConnections, Math.max(maxObjectBytes, Routes.MAX_XML_BYTES),
                (int) idleTimeout.toMillis(), (int) headerTimeout.toMillis(), (int) bodyTimeout.toMillis());
    }

    private static int atLeastOne(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + n);
        }
        return n;
    }

    private static Duration positive(Duration d, String name) {
        if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and under 24 days, got " + d);
        }
        return d;
    }
}
