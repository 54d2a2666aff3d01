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

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.github.cameltencent.emulator.ServiceError;

/** The service's time format: ISO-8601 in Beijing time with a +hhmm offset, e.g. 2022-06-27T15:23:10+0800. */
public final class CiTime {

    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final DateTimeFormatter IN_COLON = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CiTime() {
    }

    public static String format(Instant t) {
        return t == null ? "" : OUT.format(t.atOffset(BEIJING));
    }

    /** Accepts +0800 and +08:00 offsets (and Z). */
    public static Instant parse(String s, String field) {
        try {
            return OffsetDateTime.parse(s, OUT).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s, IN_COLON).toInstant();
            } catch (DateTimeParseException e2) {
                throw ServiceError.invalidArgument(field + " must look like 2023-11-14T00:00:00+0800, got '" + s + "'");
            }
        }
    }
}
