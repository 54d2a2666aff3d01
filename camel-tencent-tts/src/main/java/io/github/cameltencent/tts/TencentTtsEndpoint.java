package io.github.cameltencent.tts;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.CiClientConfig;

/**
 * Turn text into speech with Tencent Cloud Infinite (CI) TTS jobs: submit jobs, follow them, manage templates and
 * queues.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "tencent-tts", title = "Tencent Cloud TTS",
             syntax = "tencent-tts:operation", producerOnly = true, category = {Category.CLOUD, Category.AI},
             headersClass = TencentTtsConstants.class)
public class TencentTtsEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriParam
    private TencentTtsConfiguration configuration;

    private CiClient client;
    private boolean ownsClient;

    public TencentTtsEndpoint(String uri, TencentTtsComponent component, TencentTtsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new TencentTtsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("tencent-tts has no consumer of this kind: " + getEndpointUri());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (client == null) {
            if (configuration.getCiClient() != null) {
                client = configuration.getCiClient();
                ownsClient = false;
            } else {
                client = new CiClient(clientConfig(configuration),
                        TencentTtsComponent.credentialsProvider(configuration));
                ownsClient = true;
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (client != null && ownsClient) {
            client.close();
        }
        client = null;
        super.doStop();
    }

    static CiClientConfig clientConfig(TencentTtsConfiguration c) {
        URI override = c.getEndpointOverride() == null || c.getEndpointOverride().isBlank() ? null
                : URI.create(c.getEndpointOverride());
        return new CiClientConfig(c.getRegion(), override, Duration.ofMillis(c.getConnectTimeout()),
                Duration.ofMillis(c.getSocketTimeout()), c.getProxyHost(),
                c.getProxyPort() == null ? 0 : c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(),
                Duration.ofSeconds(c.getSignatureValidity()), c.getMaxConnections());
    }

    public CiClient getClient() {
        return client;
    }

    public TencentTtsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(TencentTtsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        if (configuration.getEndpointOverride() != null && !configuration.getEndpointOverride().isBlank()) {
            return configuration.getEndpointOverride();
        }
        return "https://" + configuration.getBucket() + ".ci." + configuration.getRegion() + ".myqcloud.com";
    }

    @Override
    public String getServiceProtocol() {
        return getServiceUrl().startsWith("http:") ? "http" : "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("region", String.valueOf(configuration.getRegion()), "bucket",
                String.valueOf(configuration.getBucket()));
    }
}
