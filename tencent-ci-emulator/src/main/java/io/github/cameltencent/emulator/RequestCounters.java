package io.github.cameltencent.emulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Requests received per operation (named as in {@link Routes}, or {@code unknown}), counted before auth and faults. */
final class RequestCounters {

    private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void count(String operation) {
        total.increment();
        byOperation.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    long of(String operation) {
        LongAdder a = byOperation.get(operation);
        return a == null ? 0 : a.sum();
    }

    long total() {
        return total.sum();
    }

    Map<String, Long> all() {
        Map<String, Long> out = new TreeMap<>();
        byOperation.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    void reset() {
        byOperation.clear();
        total.reset();
    }
}
