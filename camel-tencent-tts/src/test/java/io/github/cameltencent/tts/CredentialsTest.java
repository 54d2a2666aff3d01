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
package io.github.cameltencent.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiClientConfig;
import io.github.cameltencent.tts.client.credentials.CredentialsProviderChain;
import io.github.cameltencent.tts.client.credentials.EnvironmentCredentialsProvider;
import io.github.cameltencent.tts.client.credentials.StaticCredentialsProvider;
import io.github.cameltencent.tts.client.credentials.TencentCredentials;
import io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider;

class CredentialsTest extends TtsTestSupport {

    private String noKeys(String operation, String options) {
        return "tencent-tts:" + operation + "?region=" + REGION + "&bucket=" + BUCKET + "&endpointOverride="
                + emulator().baseUrl() + (options.isEmpty() ? "" : "&" + options);
    }

    @Test
    void missingCredentialsFailFastListingTheWays() {
        assertThatThrownBy(() -> context.getEndpoint(noKeys("submit", "useEnvironmentCredentials=false")))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("secretId").hasMessageContaining("TENCENTCLOUD_SECRET_ID")
                .hasMessageContaining("TencentCredentialsProvider");
        assertThat(emulator().requestCount()).isNotNegative();
    }

    @Test
    void aSingleProviderBeanIsAutowiredAndAskedPerRequest() {
        AtomicInteger asked = new AtomicInteger();
        TencentCredentialsProvider rotating = () -> {
            asked.incrementAndGet();
            return new TencentCredentials(SECRET_ID, SECRET_KEY, null);
        };
        context.getRegistry().bind("rotatingKeys", rotating);
        // autowired through the generated configurer; making and starting the endpoint asks the provider nothing
        // (it may be an STS call): the first request is the first to ask
        TencentTtsEndpoint endpoint = context.getEndpoint(noKeys("getQueues", "useEnvironmentCredentials=false"),
                TencentTtsEndpoint.class);
        assertThat(endpoint.getConfiguration().getCredentialsProvider()).isSameAs(rotating);
        assertThat(asked.get()).isZero();
        Exchange first = send(endpoint.getEndpointUri(), null, Map.of());
        Exchange second = send(endpoint.getEndpointUri(), null, Map.of());
        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        assertThat(asked.get()).as("once per request").isEqualTo(2);
    }

    @Test
    void aCiClientBeanIsUsedAsIs() throws Exception {
        try (CiClient client = testClient(CiClientConfig.of(REGION, java.net.URI.create(emulator().baseUrl())),
                new StaticCredentialsProvider(new TencentCredentials(SECRET_ID, SECRET_KEY, null)))) {
            context.getRegistry().bind("myClient", client);
            TencentTtsEndpoint endpoint = context.getEndpoint(noKeys("getQueues", "useEnvironmentCredentials=false"),
                    TencentTtsEndpoint.class);
            Exchange e = send(endpoint.getEndpointUri(), null, Map.of());
            assertThat(e.getException()).isNull();
            assertThat(endpoint.getClient()).isSameAs(client);
        }
    }

    @Test
    void environmentAndChainProviders() {
        Map<String, String> env = Map.of(EnvironmentCredentialsProvider.SECRET_ID, "AKIDENV",
                EnvironmentCredentialsProvider.SECRET_KEY, "envkey", EnvironmentCredentialsProvider.SESSION_TOKEN, "t");
        TencentCredentials c = new EnvironmentCredentialsProvider(env::get).resolveCredentials();
        assertThat(c.secretId()).isEqualTo("AKIDENV");
        assertThat(c.sessionToken()).isEqualTo("t");
        assertThat(new EnvironmentCredentialsProvider(name -> null).resolveCredentials()).isNull();
        TencentCredentialsProvider chain = new CredentialsProviderChain(java.util.List.of(
                new EnvironmentCredentialsProvider(name -> null), new EnvironmentCredentialsProvider(env::get)));
        assertThat(chain.resolveCredentials().secretId()).isEqualTo("AKIDENV");
        assertThat(chain.describe()).contains("TENCENTCLOUD_SECRET_ID");
        assertThat(c.toString()).doesNotContain("envkey").doesNotContain("=t,").doesNotContain("=t]");
    }
}
