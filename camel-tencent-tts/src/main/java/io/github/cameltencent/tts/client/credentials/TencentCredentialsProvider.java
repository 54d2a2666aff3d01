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

/**
 * Supplies credentials, asked once per request, so an implementation can hand out rotating STS keys. Register one
 * as a bean and the component picks it up when it is the only one.
 */
@FunctionalInterface
public interface TencentCredentialsProvider {

    /** @return the credentials to sign the next request with, or null when this provider has none */
    TencentCredentials resolveCredentials();

    /** A short description for error messages, e.g. which variables an environment provider reads. */
    default String describe() {
        return getClass().getSimpleName();
    }
}
