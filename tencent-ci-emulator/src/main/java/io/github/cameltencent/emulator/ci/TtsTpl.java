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

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * Effective voice settings of a job or template, validated against the service's rules (§6.1 of the fact sheet):
 * Mode Sync | Asyc (Async accepted and echoed as sent), Codec wav|mp3|pcm with a mode-dependent default,
 * VoiceType from the {@link Voices} the emulator knows, Volume -10..10, Speed 50..200, Emotion only for
 * multi-emotion voices.
 */
public record TtsTpl(String mode, String codec, String voiceType, int volume, int speed, String emotion) {

    public boolean isSync() {
        return "Sync".equals(mode);
    }

    /** Reads stored settings, checked by the voices known when they were accepted. */
    static TtsTpl parse(XmlNode n, String where) {
        return parse(n, where, null);
    }

    /** Reads and validates a TtsTpl-shaped element (a job's TtsTpl or a template request, same children). */
    static TtsTpl parse(XmlNode n, String where, Voices voices) {
        String mode = blankToNull(n.get("Mode"));
        if (mode == null) {
            mode = "Asyc";
        } else if (!mode.equals("Sync") && !mode.equals("Asyc") && !mode.equals("Async")) {
            throw ServiceError.invalidArgument(where + ".Mode must be Sync or Asyc, got '" + mode + "'");
        }
        boolean sync = mode.equals("Sync");
        String codec = blankToNull(n.get("Codec"));
        if (codec == null) {
            codec = sync ? "wav" : "pcm";
        } else if (!codec.equals("wav") && !codec.equals("mp3") && !codec.equals("pcm")) {
            throw ServiceError.invalidArgument(where + ".Codec must be wav, mp3 or pcm, got '" + codec + "'");
        }
        String voice = blankToNull(n.get("VoiceType"));
        if (voice == null) {
            voice = "ruxue";
        }
        int volume = intIn(n.get("Volume"), 0, -10, 10, where + ".Volume");
        int speed = intIn(n.get("Speed"), 100, 50, 200, where + ".Speed");
        String emotion = blankToNull(n.get("Emotion"));
        if (voices != null) {
            voices.check(voice, sync, emotion, where);
        }
        if (emotion != null) {
            if (!emotion.matches("[a-z][a-z-]{0,31}")) {
                throw ServiceError.invalidArgument(where + ".Emotion '" + emotion + "' is not a valid emotion");
            }
        }
        return new TtsTpl(mode, codec, voice, volume, speed, emotion);
    }

    private static int intIn(String v, int dflt, int min, int max, String field) {
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        int i;
        try {
            i = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ServiceError.invalidArgument(field + " must be an integer in [" + min + ", " + max + "], got '" + v
                    + "'");
        }
        if (i < min || i > max) {
            throw ServiceError.invalidArgument(field + " must be in [" + min + ", " + max + "], got " + i);
        }
        return i;
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    XmlNode toXml(String name) {
        XmlNode n = XmlNode.of(name);
        n.add("Mode", mode).add("Codec", codec).add("VoiceType", voiceType).add("Volume", volume)
                .add("Speed", speed).add("Emotion", emotion);
        return n;
    }
}
