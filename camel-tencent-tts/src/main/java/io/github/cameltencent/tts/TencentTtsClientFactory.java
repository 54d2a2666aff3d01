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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpClientConfigurer;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiClientConfig;
import io.github.cameltencent.tts.client.RetryPolicy;
import io.github.cameltencent.tts.client.credentials.CredentialsProviderChain;
import io.github.cameltencent.tts.client.credentials.EnvironmentCredentialsProvider;
import io.github.cameltencent.tts.client.credentials.StaticCredentialsProvider;
import io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider;

/** The one place a {@link CiClient} is made from a configuration: a given client bean, or one built from options. */
public final class TencentTtsClientFactory {

    private TencentTtsClientFactory() {
    }

    /**
     * A new client for these options, running its calls on {@code io} and its pauses on {@code scheduler}; the
     * caller owns all three and closes them. The configuration's HttpClientConfigurer (camel-http's) is applied to
     * the HTTP client it builds.
     */
    public static CiClient create(TencentTtsConfiguration c, CamelContext context, Executor io,
                                  ScheduledExecutorService scheduler) {
        HttpClientConfigurer configurer = c.getHttpClientConfigurer();
        return new CiClient(clientConfig(c, context), credentialsProvider(c), () -> System.currentTimeMillis() / 1000,
                io, scheduler, configurer == null ? null : configurer::configureHttpClient);
    }

    static CiClientConfig clientConfig(TencentTtsConfiguration c, CamelContext context) {
        SSLContext tls = null;
        if (c.getSslContextParameters() != null) {
            try {
                tls = c.getSslContextParameters().createSSLContext(context);
            } catch (Exception e) {
                throw new TencentTtsValidationException("sslContextParameters", "cannot make a TLS context: "
                        + e.getMessage());
            }
        }
        URI override = c.getEndpointOverride() == null || c.getEndpointOverride().isBlank() ? null
                : URI.create(c.getEndpointOverride());
        return new CiClientConfig(c.getRegion(), override, Duration.ofMillis(c.getConnectTimeout()),
                Duration.ofMillis(c.getSocketTimeout()), c.getProxyHost(),
                c.getProxyPort() == null ? 0 : c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(),
                Duration.ofSeconds(c.getSignatureValidity()), c.getMaxConnections(),
                new RetryPolicy(c.getMaxRetries(), Duration.ofMillis(c.getRetryBaseDelay()),
                        Duration.ofMillis(c.getRetryMaxDelay())), c.getRateLimit(), c.getMaxResponseSize(), tls);
    }

    /** The credentials an endpoint signs with: a provider bean, else the keys, else the environment. */
    static TencentCredentialsProvider credentialsProvider(TencentTtsConfiguration conf) {
        if (conf.getCredentialsProvider() != null) {
            return conf.getCredentialsProvider();
        }
        List<TencentCredentialsProvider> chain = new ArrayList<>();
        StaticCredentialsProvider keys = StaticCredentialsProvider.ofNullable(conf.getSecretId(), conf.getSecretKey(),
                conf.getSessionToken());
        if (keys != null) {
            chain.add(keys);
        }
        if (conf.isUseEnvironmentCredentials()) {
            chain.add(new EnvironmentCredentialsProvider());
        }
        return new CredentialsProviderChain(chain);
    }
}
