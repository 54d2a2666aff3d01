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

import java.util.List;
import java.util.stream.Collectors;

/** Asks each provider in turn and uses the first that has credentials. */
public final class CredentialsProviderChain implements TencentCredentialsProvider {

    private final List<TencentCredentialsProvider> providers;

    public CredentialsProviderChain(List<TencentCredentialsProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public TencentCredentials resolveCredentials() {
        for (TencentCredentialsProvider p : providers) {
            TencentCredentials c = p.resolveCredentials();
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String describe() {
        return providers.stream().map(TencentCredentialsProvider::describe).collect(Collectors.joining(", or "));
    }
}
