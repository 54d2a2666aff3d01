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
        return ciHostOf(bucket, region);
    }

    /** The one place a CI host is written. */
    public static String ciHostOf(String bucket, String region) {
        return bucket + ".ci." + region + ".myqcloud.com";
    }

    /** The COS host of a bucket's objects; objects may live in another region than the CI bucket. */
    public String cosHost(String bucket, String objectRegion) {
        return cosHostOf(bucket, objectRegion == null ? region : objectRegion);
    }

    /** The one place a COS host is written, e.g. examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com. */
    public static String cosHostOf(String bucket, String region) {
        return bucket + ".cos." + region + ".myqcloud.com";
    }

    /** The https URL of a COS object, as a Url input names its text. */
    public static String objectUrl(String bucket, String region, String key) {
        return "https://" + cosHostOf(bucket, region) + "/" + key;
    }

    @Override
    public String toString() {
        return "CiClientConfig[region=" + region + ", endpointOverride=" + endpointOverride + ", connectTimeout="
                + connectTimeout + ", socketTimeout=" + socketTimeout + ", proxy=" + (proxyHost == null ? "none"
                : proxyHost + ":" + proxyPort) + "]";
    }
}
