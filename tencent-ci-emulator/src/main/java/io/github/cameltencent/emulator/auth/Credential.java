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

/** A key pair the emulator accepts; with a session token it stands for STS temporary credentials. */
public record Credential(String secretId, String secretKey, String sessionToken) {

    public Credential {
        if (secretId == null || secretId.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("a credential needs a secret id and a secret key");
        }
    }

    public static Credential of(String secretId, String secretKey) {
        return new Credential(secretId, secretKey, null);
    }

    @Override
    public String toString() {
        return "Credential[secretId=" + secretId + ", secretKey=***" + (sessionToken == null ? "" : ", token=***")
                + "]";
    }
}
