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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tencent's q-sign-algorithm=sha1 request signature (COS and CI share it). A pure function: everything it depends
 * on, the signing time included, is an argument, so the caller decides the clock and a test can replay vectors
 * (the sign key it remembers is a memo of its own arguments).
 *
 * <p>Which headers are signed follows Tencent's Java SDK: {@code host}, the content headers and any
 * {@code x-cos-*}/{@code x-ci-*} header, except the security token, which travels unsigned as the SDK sends it.
 */
public final class RequestSigner {

    private static final Set<String> SIGNED_HEADERS = Set.of("cache-control", "content-disposition",
            "content-encoding", "content-length", "content-md5", "content-type", "expect", "expires", "host",
            "if-match", "if-modified-since", "if-none-match", "if-unmodified-since", "origin", "range",
            "transfer-encoding", "pic-operations");

    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
    private static final char[] HEX_LOWER = "0123456789abcdef".toCharArray();

    private RequestSigner() {
    }

    /**
     * @param method       HTTP method, any case
     * @param decodedPath  the request path, not percent-encoded (Tencent signs the decoded path)
     * @param params       query parameters; a null value stands for a bare key such as {@code ?cancel}
     * @param headers      request headers; only the signable ones are used
     * @param startSeconds start of the validity window, epoch seconds
     * @param endSeconds   end of the validity window, epoch seconds
     * @return the value of the Authorization header
     */
    public static String authorization(String method, String decodedPath, Map<String, String> params,
                                       Map<String, String> headers, String secretId, String secretKey,
                                       long startSeconds, long endSeconds) {
        String keyTime = startSeconds + ";" + endSeconds;
        TreeMap<String, String> signedParams = canonical(params, null);
        TreeMap<String, String> signedHeaders = canonical(headers, SIGNED_HEADERS);
        String httpString = method.toLowerCase(Locale.ROOT) + '\n' + decodedPath + '\n' + join(signedParams) + '\n'
                + join(signedHeaders) + '\n';
        String stringToSign = "sha1\n" + keyTime + '\n' + hex(sha1(httpString)) + '\n';
        String signature = hex(hmac(signKey(secretKey, keyTime), stringToSign));
        return "q-sign-algorithm=sha1&q-ak=" + secretId + "&q-sign-time=" + keyTime + "&q-key-time=" + keyTime
                + "&q-header-list=" + String.join(";", signedHeaders.keySet()) + "&q-url-param-list="
                + String.join(";", signedParams.keySet()) + "&q-signature=" + signature;
    }

    /** HMAC-SHA1(secretKey, keyTime) in hex: made per request, so nothing derived from a secret outlives a call. */
    private static String signKey(String secretKey, String keyTime) {
        return hex(hmac(secretKey, keyTime));
    }

    /** Encoded, lower-cased keys (sorted by the TreeMap) to encoded values; {@code allowed} filters headers. */
    private static TreeMap<String, String> canonical(Map<String, String> in, Set<String> allowed) {
        TreeMap<String, String> out = new TreeMap<>();
        if (in == null) {
            return out;
        }
        for (Map.Entry<String, String> e : in.entrySet()) {
            String name = e.getKey().trim();
            if (allowed != null) {
                String lower = name.toLowerCase(Locale.ROOT);
                boolean vendor = (lower.startsWith("x-cos-") || lower.startsWith("x-ci-"))
                        && !lower.endsWith("-security-token");
                if (!allowed.contains(lower) && !vendor) {
                    continue;
                }
            }
            String value = e.getValue() == null ? "" : e.getValue().trim();
            out.put(encode(name).toLowerCase(Locale.ROOT), encode(value));
        }
        return out;
    }

    private static String join(TreeMap<String, String> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(k).append('=').append(v);
        });
        return sb.toString();
    }

    /** Percent-encoding of UTF-8 bytes, upper-case hex; only ALPHA, DIGIT and "-_.~" stay as they are. */
    public static String encode(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unreserved(c)) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                for (byte b : s.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    if (b >= 0 && unreserved((char) b)) {
                        sb.append((char) b);
                    } else {
                        sb.append('%').append(HEX_UPPER[(b >> 4) & 0xf]).append(HEX_UPPER[b & 0xf]);
                    }
                }
                break;
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean unreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '~';
    }

    // looked up once per thread: the provider lookup costs more than the hash of a short string
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    });
    private static byte[] sha1(String s) {
        MessageDigest md = SHA1.get();
        md.reset();
        return md.digest(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A Mac per thread, keyed afresh on every use: the provider lookup it saves cost about 0.2 µs and 0.8 KB per HMAC
     * (JMH {@code CodecBenchmarks.hmacWith*}, 2026-12-06; two HMACs a request). Small beside a network call, kept
     * because it is this one field and nothing derived from a secret outlives the call.
     */
    private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    });

    private static byte[] hmac(String key, String data) {
        Mac mac = HMAC_SHA1.get();
        try {
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 cannot take the key", e);
        }
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[i * 2] = HEX_LOWER[(bytes[i] >> 4) & 0xf];
            out[i * 2 + 1] = HEX_LOWER[bytes[i] & 0xf];
        }
        return new String(out);
    }
}
