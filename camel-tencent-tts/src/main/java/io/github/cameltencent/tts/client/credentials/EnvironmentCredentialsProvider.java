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
package io.github.cameltencent.tts.client.credentials;

import java.util.function.UnaryOperator;

/** Reads TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_SESSION_TOKEN, per request. */
public final class EnvironmentCredentialsProvider implements TencentCredentialsProvider {

    public static final String SECRET_ID = "TENCENTCLOUD_SECRET_ID";
    public static final String SECRET_KEY = "TENCENTCLOUD_SECRET_KEY";
    public static final String SESSION_TOKEN = "TENCENTCLOUD_SESSION_TOKEN";

    private final UnaryOperator<String> environment;

    public EnvironmentCredentialsProvider() {
        this(System::getenv);
    }

    /** @param environment where to look variables up (tests pass a map) */
    public EnvironmentCredentialsProvider(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public TencentCredentials resolveCredentials() {
        String id = environment.apply(SECRET_ID);
        String key = environment.apply(SECRET_KEY);
        if (id == null || id.isBlank() || key == null || key.isBlank()) {
            return null;
        }
        return new TencentCredentials(id, key, environment.apply(SESSION_TOKEN));
    }

    @Override
    public String describe() {
        return "the environment variables " + SECRET_ID + " and " + SECRET_KEY + " (and " + SESSION_TOKEN + ")";
    }
}
