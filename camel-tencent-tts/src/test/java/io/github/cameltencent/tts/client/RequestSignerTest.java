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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.COSSigner;
import com.qcloud.cos.http.HttpMethodName;

/** The reference vectors of the fact sheet (§11) and a randomized cross-check against Tencent's SDK signer. */
class RequestSignerTest {

    static final String ID = "AKIDEXAMPLE00000000000000000000000000";
    static final String KEY = "EXAMPLESECRETKEY000000000000000000";
    static final String HOST = "examplebucket-1250000000.ci.ap-guangzhou.myqcloud.com";
    static final String PREFIX = "q-sign-algorithm=sha1&q-ak=" + ID
            + "&q-sign-time=1700000000;1700003600&q-key-time=1700000000;1700003600";

    private static String sign(String method, String path, Map<String, String> params, Map<String, String> headers) {
        return RequestSigner.authorization(method, path, params, headers, ID, KEY, 1_700_000_000L, 1_700_003_600L);
    }

    @Test
    void v1PostJobs() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", HOST);
        h.put("Content-Type", "application/xml");
        h.put("Content-Length", "365");
        h.put("User-Agent", "camel-tencent-tts");
        assertThat(sign("POST", "/jobs", Map.of(), h)).isEqualTo(PREFIX
                + "&q-header-list=content-length;content-type;host&q-url-param-list="
                + "&q-signature=1f61e3e0d4d33c706ab4ed23637e62b2829d5e64");
    }

    @Test
    void v2GetJob() {
        assertThat(sign("GET", "/jobs/s0123456789abcdef0123456789abcdef", null, Map.of("Host", HOST)))
                .isEqualTo(PREFIX + "&q-header-list=host&q-url-param-list="
                        + "&q-signature=5fe9130c4df14389bce1b68ae2764c748b689522");
    }

    @Test
    void v3ListJobs() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tag", "Tts");
        p.put("states", "Success");
        assertThat(sign("GET", "/jobs", p, Map.of("Host", HOST))).isEqualTo(PREFIX
                + "&q-header-list=host&q-url-param-list=states;tag"
                + "&q-signature=a5d17a736a23eaff893cefd69c218a81ba1c915b");
    }

    @Test
    void v4EncodesColonAndPlusAndLowercasesKeys() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tag", "Tts");
        p.put("size", "10");
        p.put("orderByTime", "Desc");
        p.put("startCreationTime", "2023-11-14T00:00:00+0800");
        p.put("queueId", "p2242ab62c7c94486915508540933a2c6");
        assertThat(sign("GET", "/jobs", p, Map.of("Host", HOST))).isEqualTo(PREFIX
                + "&q-header-list=host&q-url-param-list=orderbytime;queueid;size;startcreationtime;tag"
                + "&q-signature=3262e3a859f53e80117102d5e5f63bbfc7c0a399");
    }

    @Test
    void v5BareCancelParameter() {
        Map<String, String> p = new HashMap<>();
        p.put("cancel", null);
        assertThat(sign("PUT", "/jobs/s0123456789abcdef0123456789abcdef", p, Map.of("Host", HOST)))
                .isEqualTo(PREFIX + "&q-header-list=host&q-url-param-list=cancel"
                        + "&q-signature=d3e4b3f33c3ee54215ddba02c1778ab4f78cdb27");
    }

    @Test
    void securityTokenTravelsUnsignedAsTheJavaSdkSendsIt() {
        // V6 signs the token (Go SDK style); the Java SDK and this component send it unsigned, so V2's signature holds
        assertThat(sign("GET", "/jobs/s0123456789abcdef0123456789abcdef", null, Map.of("Host", HOST,
                "x-cos-security-token", "EXAMPLE_SESSION_TOKEN")))
                .endsWith("&q-header-list=host&q-url-param-list="
                        + "&q-signature=5fe9130c4df14389bce1b68ae2764c748b689522");
    }

    @Test
    void d2DocumentedExampleAsTheJavaSdkSignsIt() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response-content-type", "application/octet-stream");
        p.put("response-cache-control", "max-age=600");
        String auth = RequestSigner.authorization("GET", "/exampleobject(腾讯云)", p, Map.of(
                "Date", "Thu, 16 May 2019 06:55:53 GMT",
                "Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com"),
                "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz", 1557989753L, 1557996953L);
        assertThat(auth).endsWith("&q-header-list=host&q-url-param-list=response-cache-control;response-content-type"
                + "&q-signature=cf18ded2f669fcafa4b98e02c2a3fdb2b2e55c43");
    }

    @Test
    void encodingFollowsTheSheet() {
        assertThat(RequestSigner.encode("a b!'()*~-_.:/;=+,@&中"))
                .isEqualTo("a%20b%21%27%28%29%2A~-_.%3A%2F%3B%3D%2B%2C%40%26%E4%B8%AD");
    }

    @Test
    void matchesTencentSdkSignerOnRandomRequests() {
        Random random = new Random(20261123L);
        COSSigner sdk = new COSSigner();
        String[] methods = {"GET", "POST", "PUT", "DELETE", "HEAD"};
        for (int i = 0; i < 1500; i++) {
            String method = methods[random.nextInt(methods.length)];
            String path = "/" + randomText(random, 1 + random.nextInt(20)) + "/" + randomText(random, random.nextInt(8));
            Map<String, String> params = new HashMap<>();
            int np = random.nextInt(5);
            for (int p = 0; p < np; p++) {
                String name = randomKey(random);
                // a bare key is sent as "" by both
                params.put(name, random.nextInt(4) == 0 ? "" : randomText(random, random.nextInt(12)));
            }
            Map<String, String> headers = new HashMap<>();
            headers.put("Host", "bucket-" + random.nextInt(1000) + "-1250000000.ci.ap-guangzhou.myqcloud.com");
            if (random.nextBoolean()) {
                headers.put("Content-Type", random.nextBoolean() ? "application/xml" : "text/plain; charset=utf-8");
                headers.put("Content-Length", String.valueOf(random.nextInt(100_000)));
            }
            if (random.nextBoolean()) {
                headers.put("x-cos-meta-" + randomKey(random), randomText(random, 6));
            }
            if (random.nextBoolean()) {
                headers.put("Content-MD5", "mQ/fVh815F3k6TAUm8m0eg==");
            }
            headers.put("User-Agent", "test");
            headers.put("Date", "Thu, 16 May 2019 06:55:53 GMT");
            long start = 1_600_000_000L + random.nextInt(100_000_000);
            long end = start + 1 + random.nextInt(7200);
            String expected = sdk.buildAuthorizationStr(HttpMethodName.valueOf(method), path, new HashMap<>(headers),
                    new HashMap<>(params), new BasicCOSCredentials(ID, KEY), new Date(start * 1000),
                    new Date(end * 1000), true);
            String actual = RequestSigner.authorization(method, path, params, headers, ID, KEY, start, end);
            assertThat(actual).as("request %d: %s %s %s %s", i, method, path, params, headers).isEqualTo(expected);
        }
    }

    private static final String ALPHABET = "abcXYZ019-_.~ !'()*:/;=+,@&%?#中文😀é";

    private static String randomText(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < len) {
            int cp = ALPHABET.codePointAt(r.nextInt(ALPHABET.length()));
            if (Character.isLowSurrogate((char) cp)) {
                continue;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static String randomKey(Random r) {
        String[] keys = {"tag", "states", "startCreationTime", "nextToken", "Size", "queueId", "cancel",
            "response-content-type", "x:y", "a+b", "中", "k" + r.nextInt(100)};
        return keys[r.nextInt(keys.length)];
    }
}
