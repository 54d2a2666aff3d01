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

import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import io.github.cameltencent.tts.client.JacksonCheck;
import io.github.cameltencent.tts.client.credentials.EnvironmentCredentialsProvider;
import io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider;

/** Text to speech with Tencent Cloud Infinite (CI) TTS jobs. */
@Component("tencent-tts")
public class TencentTtsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "Component-level defaults for every endpoint's options.")
    private TencentTtsConfiguration configuration = new TencentTtsConfiguration();
    @Metadata(label = "security", defaultValue = "false", description = "Use the CamelContext's global SSL context"
            + " parameters for endpoints that set no sslContextParameters of their own.")
    private boolean useGlobalSslContextParameters;

    public TencentTtsComponent() {
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        JacksonCheck.verify();
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TencentTtsConfiguration conf = configuration.copy();
        if (remaining != null && !remaining.isEmpty()) {
            conf.setOperation(operation(remaining));
        }
        TencentTtsEndpoint endpoint = new TencentTtsEndpoint(uri, this, conf);
        setProperties(endpoint, parameters);
        if (conf.getSslContextParameters() == null) {
            conf.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        // ciClient, credentialsProvider and httpClientConfigurer are autowired by Camel through the generated
        // configurer (@Metadata(autowired = true)) when the component is added, before any endpoint is made
        if (conf.getCiClient() == null) {
            checkSettings(conf);
        }
        return endpoint;
    }

    public static TencentTtsOperation operation(String name) {
        try {
            return TencentTtsOperation.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new TencentTtsValidationException("operation", "unknown operation '" + name + "'; use one of "
                    + List.of(TencentTtsOperation.values()));
        }
    }

    private static void checkSettings(TencentTtsConfiguration conf) {
        if (conf.getRegion() == null || conf.getRegion().isBlank()) {
            throw new TencentTtsValidationException("region", "the bucket's region is required, e.g."
                    + " region=ap-guangzhou");
        }
        io.github.cameltencent.tts.submit.JobRequestMapper.checkRegion("region", conf.getRegion());
        io.github.cameltencent.tts.submit.JobRequestMapper.checkBucket("bucket", conf.getBucket());
        if (conf.getCredentialsProvider() != null) {
            // the user's provider (an STS call, say) is first asked when the first request is signed
            return;
        }
        // only the keys and the environment are looked at here: reading them costs nothing
        TencentCredentialsProvider provider = TencentTtsClientFactory.credentialsProvider(conf);
        if (provider.resolveCredentials() == null) {
            throw new IllegalArgumentException("No Tencent Cloud credentials: set the secretId and secretKey options"
                    + " (plus sessionToken for temporary keys), or the environment variables "
                    + EnvironmentCredentialsProvider.SECRET_ID + " and " + EnvironmentCredentialsProvider.SECRET_KEY
                    + (conf.isUseEnvironmentCredentials() ? "" : " (with useEnvironmentCredentials=true)")
                    + ", or register one TencentCredentialsProvider bean, or set credentialsProvider");
        }
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public TencentTtsConfiguration getConfiguration() {
        return configuration;
    }

    /** The component defaults every endpoint starts from. */
    public void setConfiguration(TencentTtsConfiguration configuration) {
        this.configuration = configuration;
    }
}
