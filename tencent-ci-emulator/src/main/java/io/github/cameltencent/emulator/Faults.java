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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault injection, per operation or for all ({@link #ALL}). Every setting can change while the emulator runs;
 * a rate is a probability in [0, 1] drawn per request. Operation names are checked against the routes, so a
 * misspelt one is an error rather than a fault that never fires.
 */
public final class Faults {

    public static final String ALL = "*";

    /** What the emulator does to one request. */
    public enum Action {
        NONE, ERROR_503, ERROR_500, THROTTLE_429, RESET_BEFORE, RESET_AFTER
    }

    /** The fault settings of one operation; immutable, replaced as a whole. */
    public record Spec(double error503, double error500, double throttle429, double resetBefore, double resetAfter,
                       long latencyMillis, double spikeRate, long spikeMillis, int maxRequestsPerSecond) {

        public static final Spec NONE = new Spec(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Spec withError503(double r) {
            return new Spec(r, error500, throttle429, resetBefore, resetAfter, latencyMillis, spikeRate, spikeMillis,
                    maxRequestsPerSecond);
        }

        public Spec withError500(double r) {
            return new Spec(error503, r, throttle429, resetBefore, resetAfter, latencyMillis, spikeRate, spikeMillis,
                    maxRequestsPerSecond);
        }

        public Spec withThrottle429(double r) {
            return new Spec(error503, error500, r, resetBefore, resetAfter, latencyMillis, spikeRate, spikeMillis,
                    maxRequestsPerSecond);
        }

        public Spec withResetBefore(double r) {
            return new Spec(error503, error500, throttle429, r, resetAfter, latencyMillis, spikeRate, spikeMillis,
                    maxRequestsPerSecond);
        }

        public Spec withResetAfter(double r) {
            return new Spec(error503, error500, throttle429, resetBefore, r, latencyMillis, spikeRate, spikeMillis,
                    maxRequestsPerSecond);
        }

        public Spec withLatency(long millis) {
            return new Spec(error503, error500, throttle429, resetBefore, resetAfter, millis, spikeRate, spikeMillis,
                    maxRequestsPerSecond);
        }

        /** With probability {@code rate}, add {@code millis} on top of the fixed latency. */
        public Spec withSpikes(double rate, long millis) {
            return new Spec(error503, error500, throttle429, resetBefore, resetAfter, latencyMillis, rate, millis,
                    maxRequestsPerSecond);
        }

        /** Answer 429 SlowDown to requests beyond this many per second (0 = no limit). */
        public Spec withRateLimit(int perSecond) {
            return new Spec(error503, error500, throttle429, resetBefore, resetAfter, latencyMillis, spikeRate,
                    spikeMillis, perSecond);
        }

        /**
         * Parses {@code key=value} pairs separated by commas: 503, 500, 429, resetBefore, resetAfter (rates),
         * latency (ms), spikeRate, spikeMillis, rps.
         */
        public static Spec parse(String text) {
            Spec s = NONE;
            for (String kv : text.split(",")) {
                if (kv.isBlank()) {
                    continue;
                }
                String[] p = kv.split("=", 2);
                if (p.length != 2) {
                    throw new IllegalArgumentException("fault setting must be key=value: " + kv);
                }
                String v = p[1].trim();
                s = switch (p[0].trim()) {
                    case "503" -> s.withError503(Double.parseDouble(v));
                    case "500" -> s.withError500(Double.parseDouble(v));
                    case "429" -> s.withThrottle429(Double.parseDouble(v));
                    case "resetBefore" -> s.withResetBefore(Double.parseDouble(v));
                    case "resetAfter" -> s.withResetAfter(Double.parseDouble(v));
                    case "latency" -> s.withLatency(Long.parseLong(v));
                    case "spikeRate" -> s.withSpikes(Double.parseDouble(v), s.spikeMillis());
                    case "spikeMillis" -> s.withSpikes(s.spikeRate(), Long.parseLong(v));
                    case "rps" -> s.withRateLimit(Integer.parseInt(v));
                    default -> throw new IllegalArgumentException("unknown fault setting: " + p[0]);
                };
            }
            return s;
        }
    }

    private final Map<String, Spec> specs = new ConcurrentHashMap<>();
    private final Map<String, java.util.Queue<Action>> scripted = new ConcurrentHashMap<>();
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private final AtomicLong injected = new AtomicLong();
    private final Map<String, java.util.concurrent.CountDownLatch> held = new ConcurrentHashMap<>();

    /**
     * Sets the faults of one operation (e.g. {@code submitJob}, {@code getObject}) or of {@link #ALL}; an
     * operation no route has is refused with the names there are.
     */
    public Faults set(String operation, Spec spec) {
        specs.put(Routes.requireKnown(operation), spec);
        return this;
    }

    public Spec get(String operation) {
        return specs.getOrDefault(operation, specs.getOrDefault(ALL, Spec.NONE));
    }

    public void clear() {
        specs.clear();
        windows.clear();
        scripted.clear();
        held.keySet().forEach(this::release);
    }

    /**
     * The next requests of this operation get exactly these faults, in order, before any rate applies: for tests
     * that need "fails twice, then works" deterministically.
     */
    public Faults script(String operation, Action... next) {
        scripted.computeIfAbsent(Routes.requireKnown(operation),
                        k -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                .addAll(java.util.List.of(next));
        return this;
    }

    /**
     * Requests of this operation wait, after they are counted and before they are served, until
     * {@link #release(String)}: for tests that need something to happen while a request is in flight, without
     * guessing how long that takes. A held request is served anyway after {@link #MAX_HOLD}, so nothing hangs.
     */
    public Faults hold(String operation) {
        held.putIfAbsent(Routes.requireKnown(operation), new java.util.concurrent.CountDownLatch(1));
        return this;
    }

    /** Lets the held requests of this operation, and the next ones, go on. */
    public Faults release(String operation) {
        java.util.concurrent.CountDownLatch gate = held.remove(operation);
        if (gate != null) {
            gate.countDown();
        }
        return this;
    }

    /** The longest a request is held. */
    public static final java.time.Duration MAX_HOLD = java.time.Duration.ofMinutes(1);

    /** Waits while the operation is held. */
    void awaitRelease(String operation) {
        java.util.concurrent.CountDownLatch gate = held.get(operation);
        if (gate != null) {
            try {
                gate.await(MAX_HOLD.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the emulator is stopping: serve it and let the worker end
            }
        }
    }

    /** How many requests got a fault so far. */
    public long injectedCount() {
        return injected.get();
    }

    /** Draws the fault for one request of this operation; the latency is returned separately. */
    Action draw(String operation) {
        java.util.Queue<Action> queue = scripted.get(operation);
        Action planned = queue == null ? null : queue.poll();
        if (planned != null) {
            if (planned != Action.NONE) {
                injected.incrementAndGet();
            }
            return planned;
        }
        Spec s = get(operation);
        if (s == Spec.NONE) {
            return Action.NONE;
        }
        if (s.maxRequestsPerSecond() > 0 && overRate(operation, s.maxRequestsPerSecond())) {
            injected.incrementAndGet();
            return Action.THROTTLE_429;
        }
        double r = ThreadLocalRandom.current().nextDouble();
        double acc = 0;
        Action a = Action.NONE;
        if (r < (acc += s.error503())) {
            a = Action.ERROR_503;
        } else if (r < (acc += s.error500())) {
            a = Action.ERROR_500;
        } else if (r < (acc += s.throttle429())) {
            a = Action.THROTTLE_429;
        } else if (r < (acc += s.resetBefore())) {
            a = Action.RESET_BEFORE;
        } else if (r < (acc += s.resetAfter())) {
            a = Action.RESET_AFTER;
        }
        if (a != Action.NONE) {
            injected.incrementAndGet();
        }
        return a;
    }

    long latencyMillis(String operation) {
        Spec s = get(operation);
        long l = s.latencyMillis();
        if (s.spikeRate() > 0 && ThreadLocalRandom.current().nextDouble() < s.spikeRate()) {
            l += s.spikeMillis();
        }
        return l;
    }

    private boolean overRate(String operation, int perSecond) {
        long second = System.currentTimeMillis() / 1000;
        long[] w = windows.computeIfAbsent(operation, k -> new long[2]);
        synchronized (w) {
            if (w[0] != second) {
                w[0] = second;
                w[1] = 0;
            }
            return ++w[1] > perSecond;
        }
    }
}
