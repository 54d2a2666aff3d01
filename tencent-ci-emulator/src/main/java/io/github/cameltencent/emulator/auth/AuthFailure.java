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
package io.github.cameltencent.emulator.auth;

/**
 * Why a request's signature was refused, independent of the host: CI and COS share the q-sign front end but
 * answer the same failure with different codes and statuses, so the router maps {@link Kind} per host family.
 */
public final class AuthFailure extends RuntimeException {

    /** The failure kinds a client may need to tell apart (retry after re-signing, fix the clock, fix the key). */
    public enum Kind {
        MISSING, MALFORMED, UNKNOWN_KEY, EXPIRED, SKEWED, MISMATCH, TOKEN
    }

    private final Kind kind;

    public AuthFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
