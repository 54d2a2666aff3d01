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

/**
 * A successful answer: the parsed body (null for empty answers), the request id the service gave it, and the
 * server's Date header, which tells what the service could already have seen.
 */
public record CiResult<T>(T body, String requestId, int statusCode, String date) {

    /** The server's clock from the Date header, parsed only when asked (most callers never do); null if absent. */
    public Instant serverTime() {
        return CiTime.httpDate(date);
    }
}
