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
package io.github.cameltencent.emulator.ci;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.github.cameltencent.emulator.ServiceError;

/**
 * The voices the emulated service speaks, as data: the published list (§6.1 of the fact sheet) plus any a test or
 * {@code --voice NAME[:asyncOnly]} adds, so a voice Tencent adds tomorrow can be spoken end to end today.
 */
public final class Voices {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    /** The voices the document lists with several emotions; a voice added as data has one. */
    private static final Set<String> EMOTION_VOICES = Set.of("aixiaoxing", "aixiaocheng", "aixiaoxue", "aixiaolu");

    /** VoiceType → whether it can be used with Sync mode. */
    private final Map<String, Boolean> syncOk = new ConcurrentHashMap<>(Map.ofEntries(
            Map.entry("ruxue", true), Map.entry("aixiaonan", false), Map.entry("aixiaoxing", true),
            Map.entry("aixiaocheng", true), Map.entry("aixiaoxue", true), Map.entry("aixiaolu", true),
            Map.entry("aixiaodong", true), Map.entry("aixiaoliao", false), Map.entry("aixiaoqian", true),
            Map.entry("aixiaoyang", true), Map.entry("alice", true)));

    /** Adds (or redefines) a voice; asyncOnly voices are refused in Sync mode, as aixiaonan is. */
    public Voices add(String name, boolean asyncOnly) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a voice name is lower-case letters, digits, _ and -, got '" + name
                    + "'");
        }
        syncOk.put(name, !asyncOnly);
        return this;
    }

    /** Adds a voice given as {@code NAME} or {@code NAME:asyncOnly}, the form of the --voice flag. */
    public Voices add(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return add(spec, false);
        }
        if (!"asyncOnly".equals(spec.substring(colon + 1))) {
            throw new IllegalArgumentException("--voice takes NAME or NAME:asyncOnly, got '" + spec + "'");
        }
        return add(spec.substring(0, colon), true);
    }

    public Set<String> names() {
        return new TreeSet<>(syncOk.keySet());
    }

    /** The service's rules for a voice: known, spoken in this mode, and with emotions only where it has several. */
    void check(String voice, boolean sync, String emotion, String where) {
        Boolean ok = syncOk.get(voice);
        if (ok == null) {
            throw ServiceError.invalidArgument(where + ".VoiceType '" + voice + "' is not a known voice");
        }
        if (sync && !ok) {
            throw ServiceError.invalidArgument(where + ".VoiceType '" + voice + "' is not available in Sync mode");
        }
        if (emotion != null && !EMOTION_VOICES.contains(voice)) {
            throw ServiceError.invalidArgument(where + ".Emotion is only supported by the voices " + EMOTION_VOICES
                    + ", not '" + voice + "'");
        }
    }
}
