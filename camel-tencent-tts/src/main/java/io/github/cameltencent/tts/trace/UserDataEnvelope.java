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
package io.github.cameltencent.tts.trace;

/**
 * How a job's UserData carries both the route's own value and the trace the job was submitted in.
 *
 * <p>UserData is the only field the service keeps with a job and gives back everywhere (submit answer, getJob,
 * listJobs, callbacks) – printable ASCII, at most 1024 characters – so the trace context has to share it. The
 * envelope puts a fixed-shape head in front of the route's value and never touches the value itself:
 *
 * <pre>
 * tp:00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01|order-42
 * \_/\_____________________ traceparent ____________________/^\______/
 * mark                                                   separator  the route's own UserData (may be empty)
 * </pre>
 *
 * Only a head of exactly this shape is taken off again, so a route's value that merely starts with "tp:" comes
 * back whole. The head costs 59 characters ({@link #HEAD_LENGTH}); a value too long to leave room for it is sent
 * alone, without the trace (the route's data matters more than the trace). {@code tp:-|} is a head without a
 * trace: it is written only to protect a route's own value that itself looks like an envelope.
 */
public final class UserDataEnvelope {

    /** The service's limit on UserData. */
    public static final int LIMIT = 1024;
    static final String MARK = "tp:";
    /** version 00 of W3C trace context: 2 + 1 + 32 + 1 + 16 + 1 + 2 characters. */
    static final int TRACEPARENT_LENGTH = 55;
    public static final int HEAD_LENGTH = MARK.length() + TRACEPARENT_LENGTH + 1;
    private static final String NO_TRACE = MARK + "-|";

    /** What a job's UserData holds: the route's own value (null when it gave none) and the trace, if any. */
    public record Opened(String own, String traceparent) {
    }

    private UserDataEnvelope() {
    }

    /**
     * The UserData to send: the route's value behind the trace, or the route's value as it is when there is no
     * trace or no room for it.
     *
     * @param traceparent a W3C traceparent, or null when no trace is open
     * @param own         the route's own UserData, or null
     */
    public static String wrap(String traceparent, String own) {
        String value = own == null ? "" : own;
        if (traceparent != null && isTraceparent(traceparent) && value.length() + HEAD_LENGTH <= LIMIT) {
            return MARK + traceparent + "|" + value;
        }
        if (own != null && isEnvelope(own) && own.length() + NO_TRACE.length() <= LIMIT) {
            // the route's value would be read as an envelope on the way back: protect it
            return NO_TRACE + own;
        }
        return own;
    }

    /** Takes an envelope off again; any other value is the route's own, returned as it is. */
    public static Opened open(String userData) {
        if (userData == null || !userData.startsWith(MARK)) {
            return new Opened(userData, null);
        }
        if (userData.startsWith(NO_TRACE)) {
            return new Opened(emptyToNull(userData.substring(NO_TRACE.length())), null);
        }
        int end = MARK.length() + TRACEPARENT_LENGTH;
        if (userData.length() > end && userData.charAt(end) == '|'
                && isTraceparent(userData.substring(MARK.length(), end))) {
            return new Opened(emptyToNull(userData.substring(end + 1)), userData.substring(MARK.length(), end));
        }
        return new Opened(userData, null);
    }

    /** The route's own part of a UserData value (the whole value when it is no envelope). */
    public static String own(String userData) {
        return open(userData).own();
    }

    /** Whether the value carries an envelope head, with or without a trace. */
    public static boolean isEnvelope(String userData) {
        Opened o = open(userData);
        return o.traceparent() != null || (userData != null && userData.startsWith(NO_TRACE));
    }

    /** version-traceid-parentid-flags, lower-case hex, trace and parent ids not all zero (W3C trace context). */
    static boolean isTraceparent(String s) {
        if (s.length() != TRACEPARENT_LENGTH || s.charAt(2) != '-' || s.charAt(35) != '-' || s.charAt(52) != '-') {
            return false;
        }
        if (s.startsWith("ff")) {
            return false;
        }
        boolean traceNonZero = false;
        boolean parentNonZero = false;
        for (int i = 0; i < s.length(); i++) {
            if (i == 2 || i == 35 || i == 52) {
                continue;
            }
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
            if (c != '0') {
                traceNonZero |= i > 2 && i < 35;
                parentNonZero |= i > 35 && i < 52;
            }
        }
        return traceNonZero && parentNonZero;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
