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
package io.github.cameltencent.tts.job;

/**
 * The states a CI job reports in {@code JobsDetail/State}, spelled as the service spells them. The XML model keeps
 * the raw string (a state the service adds later must not break parsing); everything else asks this enum.
 */
public enum JobState {

    Submitted(false),
    Running(false),
    /** Waiting in a paused queue; it continues when the queue is made Active again. */
    Pause(false),
    Success(true),
    Failed(true),
    Cancel(true);

    private final boolean terminal;

    JobState(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the job has ended and will not change again. */
    public boolean isTerminal() {
        return terminal;
    }

    /** The state of a raw {@code State} value, or null when it is missing or one this version does not know. */
    public static JobState of(String state) {
        if (state == null) {
            return null;
        }
        for (JobState s : values()) {
            if (s.name().equals(state)) {
                return s;
            }
        }
        return null;
    }

    /** Whether a raw state is one of the ended ones; unknown states count as not ended, so they are asked again. */
    public static boolean isTerminal(String state) {
        JobState s = of(state);
        return s != null && s.terminal;
    }

    /** Whether a raw state is this one. */
    public boolean is(String state) {
        return name().equals(state);
    }

    /** A state given by the user (the states filter), in the service's spelling. */
    public static JobState parse(String field, String value) {
        JobState s = of(value);
        if (s != null) {
            return s;
        }
        throw new io.github.cameltencent.tts.TencentTtsValidationException(field, "must be one of "
                + java.util.Arrays.toString(values()) + ", got '" + value + "'");
    }
}
