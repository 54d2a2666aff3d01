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
package io.github.cameltencent.tts.client;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

/**
 * How a {@link CiClient} reaches the service. {@code endpointOverride} is where to connect instead of the real
 * host; requests still carry (and sign) the real virtual-host name, as Tencent's SDK does with its
 * EndpointResolver. This is the one place CI and COS host names are written, and only from names that have the
 * shapes Tencent documents, so no option, header or answer can steer a request (and its credentials) elsewhere.
 *
 * @param maxResponseSize the largest CI answer read, in bytes; a larger one fails while it is read
 * @param sslContext      TLS settings for the CI and COS connections; null for the JVM's default trust
 */
public record CiClientConfig(String region, URI endpointOverride, Duration connectTimeout, Duration socketTimeout,
                             String proxyHost, int proxyPort, String proxyUsername, String proxyPassword,
                             Duration signatureValidity, int maxConnections, RetryPolicy retry,
                             double requestsPerSecond, long maxResponseSize, SSLContext sslContext) {

    /** BucketName-APPID: lower-case letters, digits and '-', then the numeric APPID; at most 50 + APPID. */
    public static final Pattern BUCKET = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?-\\d{1,20}");
    /** A region name: lower-case words joined by '-', optionally ending in a number (ap-guangzhou, ap-beijing-1). */
    public static final Pattern REGION = Pattern.compile("[a-z]{2,8}(?:-[a-z]{2,20}){1,3}(?:-\\d{1,3})?");
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 4L * 1024 * 1024;

    public CiClientConfig {
        checkRegion(region);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(30) : socketTimeout;
        signatureValidity = signatureValidity == null ? Duration.ofMinutes(15) : signatureValidity;
        maxConnections = maxConnections <= 0 ? 64 : maxConnections;
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
        maxResponseSize = maxResponseSize <= 0 ? DEFAULT_MAX_RESPONSE_SIZE : maxResponseSize;
    }

    public static CiClientConfig of(String region, URI endpointOverride) {
        return new CiClientConfig(region, endpointOverride, null, null, null, 0, null, null, null, 0, null, 0, 0,
                null);
    }

    /** The CI virtual host of a bucket, e.g. examplebucket-1250000000.ci.ap-guangzhou.myqcloud.com. */
    public String ciHost(String bucket) {
        return ciHostOf(bucket, region);
    }

    /** The one place a CI host is written, from checked names only. */
    public static String ciHostOf(String bucket, String region) {
        return checkBucket(bucket) + ".ci." + checkRegion(region) + ".myqcloud.com";
    }

    /** The COS host of a bucket's objects; objects may live in another region than the CI bucket. */
    public String cosHost(String bucket, String objectRegion) {
        return cosHostOf(bucket, objectRegion == null ? region : objectRegion);
    }

    /** The one place a COS host is written, e.g. examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com. */
    public static String cosHostOf(String bucket, String region) {
        return checkBucket(bucket) + ".cos." + checkRegion(region) + ".myqcloud.com";
    }

    /** The https URL of a COS object, as a Url input names its text. */
    public static String objectUrl(String bucket, String region, String key) {
        return "https://" + cosHostOf(bucket, region) + "/" + key;
    }

    /**
     * Whether the text is a bucket name, BucketName-APPID ({@link #BUCKET}); a loop rather than the pattern, as it
     * runs for every request.
     */
    public static boolean isBucket(String s) {
        if (s == null) {
            return false;
        }
        int dash = s.lastIndexOf('-');
        if (dash < 1 || dash > 50 || s.length() - dash - 1 < 1 || s.length() - dash - 1 > 20) {
            return false;
        }
        for (int i = dash + 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        for (int i = 0; i < dash; i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && (c != '-' || i == 0 || i == dash - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a region name ({@link #REGION}): lower-case words joined by '-', an optional number last. */
    public static boolean isRegion(String s) {
        if (s == null || s.length() < 5 || s.length() > 40) {
            return false;
        }
        int words = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '-') {
                int len = i - start;
                boolean digits = len > 0 && len <= 3 && allDigits(s, start, i);
                boolean letters = len >= 2 && len <= 20 && allLetters(s, start, i);
                boolean last = i == s.length();
                if (!(letters || (digits && last && words >= 2))) {
                    return false;
                }
                if (words == 0 && len > 8) {
                    return false;
                }
                words++;
                start = i + 1;
            }
        }
        return words >= 2 && words <= 5;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allLetters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** @throws IllegalArgumentException naming the value when it is not a bucket name */
    public static String checkBucket(String bucket) {
        if (!isBucket(bucket)) {
            throw new IllegalArgumentException("'" + CiException.bounded(bucket, 80) + "' is not a bucket name of"
                    + " the form BucketName-APPID, e.g. examplebucket-1250000000");
        }
        return bucket;
    }

    /** @throws IllegalArgumentException naming the value when it is not a region name */
    public static String checkRegion(String region) {
        if (!isRegion(region)) {
            throw new IllegalArgumentException("'" + CiException.bounded(region, 80) + "' is not a Tencent Cloud"
                    + " region name, e.g. ap-guangzhou");
        }
        return region;
    }

    @Override
    public String toString() {
        return "CiClientConfig[region=" + region + ", endpointOverride=" + endpointOverride + ", connectTimeout="
                + connectTimeout + ", socketTimeout=" + socketTimeout + ", proxy=" + (proxyHost == null ? "none"
                : proxyHost + ":" + proxyPort) + ", tls=" + (sslContext == null ? "default" : "configured") + "]";
    }
}
