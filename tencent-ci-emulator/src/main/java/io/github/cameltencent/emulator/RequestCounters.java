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
