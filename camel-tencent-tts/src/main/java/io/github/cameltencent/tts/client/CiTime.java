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
package io.github.cameltencent.tts.client;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The two time formats the service speaks: its body times (2022-06-27T15:23:10+0800) and HTTP Date headers. */
public final class CiTime {

    private static final DateTimeFormatter BODY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private CiTime() {
    }

    /** A body time in Beijing time, as list filters and JobsDetail use it. */
    public static String format(Instant t) {
        return BODY.format(t.atOffset(BEIJING));
    }

    /** Parses a body time (+0800 or +08:00 offsets); null for "-", empty or unreadable values. */
    public static Instant parse(String s) {
        if (s == null || s.isEmpty() || s.equals("-")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s, BODY).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Parses an HTTP Date header; null when absent or unreadable. */
    public static Instant httpDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
