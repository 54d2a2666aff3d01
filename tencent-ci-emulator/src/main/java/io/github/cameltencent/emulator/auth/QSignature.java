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
package io.github.cameltencent.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of q-sign-algorithm=sha1: recomputes a signature from what the request says it signed.
 * Written from the service's documentation, independently of the component's signer, so that one shared
 * misunderstanding cannot make both agree on a wrong answer.
 */
public final class QSignature {

    private QSignature() {
    }

    /** One signed name/value pair as it reached the server (decoded). A bare query key has value "". */
    public record Pair(String name, String value) {
    }

    /** The intermediate values, exposed so tests can compare them with the documented worked example. */
    public record Result(String signKey, String httpString, String httpStringSha1, String stringToSign,
                         String signature) {
    }

    public static Result compute(String secretKey, String keyTime, String method, String decodedPath,
                                 List<Pair> params, List<Pair> headers) {
        String signKey = hmacSha1Hex(secretKey, keyTime);
        String httpString = method.toLowerCase(Locale.ROOT) + "\n" + decodedPath + "\n" + join(params) + "\n"
                + join(headers) + "\n";
        String sha = sha1Hex(httpString);
        String stringToSign = "sha1\n" + keyTime + "\n" + sha + "\n";
        String signature = hmacSha1Hex(signKey, stringToSign);
        return new Result(signKey, httpString, sha, stringToSign, signature);
    }

    /** Encoded, lower-cased keys joined as k1=v1&k2=v2 in byte order of the encoded key. */
    private static String join(List<Pair> pairs) {
        List<String[]> enc = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            enc.add(new String[] {encode(p.name().trim()).toLowerCase(Locale.ROOT), encode(p.value().trim())});
        }
        enc.sort((a, b) -> a[0].compareTo(b[0]));
        StringBuilder sb = new StringBuilder();
        for (String[] kv : enc) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(kv[0]).append('=').append(kv[1]);
        }
        return sb.toString();
    }

    /** The name list as it appears in q-header-list / q-url-param-list: encoded, lower-cased, sorted, ';'. */
    public static String nameList(List<Pair> pairs) {
        List<String> names = new ArrayList<>();
        for (Pair p : pairs) {
            names.add(encode(p.name().trim()).toLowerCase(Locale.ROOT));
        }
        names.sort(String::compareTo);
        return String.join(";", names);
    }

    /** RFC 3986 unreserved characters stay; every other UTF-8 byte becomes %XX with upper-case hex. */
    public static String encode(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    static String hmacSha1Hex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return hex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha1Hex(String message) {
        try {
            return hex(MessageDigest.getInstance("SHA-1").digest(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xf, 16);
            out[2 * i + 1] = Character.forDigit(bytes[i] & 0xf, 16);
        }
        return new String(out);
    }

    /** Parses an Authorization value of the form {@code k=v&k=v} into its fields. */
    public static Map<String, String> parseAuthorization(String value) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String part : value.trim().split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return out;
    }
}
