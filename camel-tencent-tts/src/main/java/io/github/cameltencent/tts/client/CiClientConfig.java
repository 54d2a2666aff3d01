package io.github.cameltencent.tts.client;

import java.net.URI;
import java.time.Duration;

/**
 * How a {@link CiClient} reaches the service. {@code endpointOverride} is where to connect instead of the real
 * host; requests still carry (and sign) the real virtual-host name, as Tencent's SDK does with its
 * EndpointResolver.
 */
public record CiClientConfig(String region, URI endpointOverride, Duration connectTimeout, Duration socketTimeout,
                             String proxyHost, int proxyPort, String proxyUsername, String proxyPassword,
                             Duration signatureValidity, int maxConnections, RetryPolicy retry,
                             double requestsPerSecond) {

    public CiClientConfig {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region is required");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(30) : socketTimeout;
        signatureValidity = signatureValidity == null ? Duration.ofMinutes(15) : signatureValidity;
        maxConnections = maxConnections <= 0 ? 64 : maxConnections;
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
    }

    public static CiClientConfig of(String region, URI endpointOverride) {
        return new CiClientConfig(region, endpointOverride, null, null, null, 0, null, null, null, 0, null, 0);
    }

    /** The CI virtual host of a bucket, e.g. examplebucket-1250000000.ci.ap-guangzhou.myqcloud.com. */
    public String ciHost(String bucket) {
        return bucket + ".ci." + region + ".myqcloud.com";
    }

    public String cosHost(String bucket, String objectRegion) {
        return bucket + ".cos." + (objectRegion == null ? region : objectRegion) + ".myqcloud.com";
    }

    @Override
    public String toString() {
        return "CiClientConfig[region=" + region + ", endpointOverride=" + endpointOverride + ", connectTimeout="
                + connectTimeout + ", socketTimeout=" + socketTimeout + ", proxy=" + (proxyHost == null ? "none"
                : proxyHost + ":" + proxyPort) + "]";
    }
}
