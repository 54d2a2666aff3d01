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

/** Fixed keys, with an optional session token (temporary keys that the caller replaces by restarting). */
public final class StaticCredentialsProvider implements TencentCredentialsProvider {

    private final TencentCredentials credentials;

    public StaticCredentialsProvider(TencentCredentials credentials) {
        this.credentials = credentials;
    }

    /** @return a provider for these keys, or null when either key is missing */
    public static StaticCredentialsProvider ofNullable(String secretId, String secretKey, String sessionToken) {
        if (secretId == null || secretId.isBlank() || secretKey == null || secretKey.isBlank()) {
            return null;
        }
        return new StaticCredentialsProvider(new TencentCredentials(secretId, secretKey, sessionToken));
    }

    @Override
    public TencentCredentials resolveCredentials() {
        return credentials;
    }

    @Override
    public String describe() {
        return "the secretId/secretKey options";
    }
}
