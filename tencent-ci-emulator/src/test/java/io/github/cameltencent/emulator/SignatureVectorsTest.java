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
package io.github.cameltencent.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.cameltencent.emulator.auth.AuthFailure;
import io.github.cameltencent.emulator.auth.Credential;
import io.github.cameltencent.emulator.auth.QSignature;
import io.github.cameltencent.emulator.auth.QSignature.Pair;
import io.github.cameltencent.emulator.auth.RequestAuthenticator;
import io.github.cameltencent.emulator.http.HttpRequest;

/** Every vector of §11 of the fact sheet, checked through the verifier, plus a tampered one. */
class SignatureVectorsTest {

    static final String ID = "AKIDEXAMPLE00000000000000000000000000";
    static final String KEY = "EXAMPLESECRETKEY000000000000000000";
    static final String KEY_TIME = "1700000000;1700003600";
    static final String HOST = "examplebucket-1250000000.ci.ap-guangzhou.myqcloud.com";
    static final String PREFIX = "q-sign-algorithm=sha1&q-ak=" + ID + "&q-sign-time=" + KEY_TIME + "&q-key-time="
            + KEY_TIME;

    static final String V1_BODY = "<Request><Tag>Tts</Tag><Operation><TtsTpl><Mode>Sync</Mode><Codec>mp3</Codec>"
            + "<VoiceType>ruxue</VoiceType><Volume>0</Volume><Speed>100</Speed></TtsTpl><TtsConfig><Input>hello world"
            + "</Input><InputType>Text</InputType></TtsConfig><Output><Region>ap-guangzhou</Region><Bucket>"
            + "examplebucket-1250000000</Bucket><Object>tts/hello.mp3</Object></Output></Operation></Request>";

    private final RequestAuthenticator verifier = new RequestAuthenticator(() -> 1_700_000_100L);

    {
        verifier.add(Credential.of(ID, KEY));
        verifier.add(new Credential("AKIDTOKEN", KEY, "EXAMPLE_SESSION_TOKEN"));
    }

    @Test
    void signKeyMatchesTheSheet() {
        QSignature.Result r = QSignature.compute(KEY, KEY_TIME, "get", "/", List.of(), List.of());
        assertThat(r.signKey()).isEqualTo("954ea2e96aceb2315ff8fa0bd41ca692e7bddbac");
    }

    @Test
    void v1PostJobs() {
        assertThat(V1_BODY.length()).isEqualTo(365);
        QSignature.Result r = QSignature.compute(KEY, KEY_TIME, "POST", "/jobs", List.of(), List.of(
                new Pair("Host", HOST), new Pair("Content-Type", "application/xml"),
                new Pair("Content-Length", "365")));
        assertThat(r.httpString()).isEqualTo("post\n/jobs\n\ncontent-length=365&content-type=application%2Fxml&host="
                + HOST + "\n");
        assertThat(r.httpStringSha1()).isEqualTo("396f0c3fa8134affa3343c7696a7dfda235fc2ee");
        assertThat(r.signature()).isEqualTo("1f61e3e0d4d33c706ab4ed23637e62b2829d5e64");
        verify("POST", "/jobs", Map.of("Host", HOST, "Content-Type", "application/xml", "Content-Length", "365",
                "User-Agent", "cos-java-sdk-v5.6.259"), PREFIX
                + "&q-header-list=content-length;content-type;host&q-url-param-list="
                + "&q-signature=1f61e3e0d4d33c706ab4ed23637e62b2829d5e64", V1_BODY.getBytes());
    }

    @Test
    void v2GetJob() {
        verify("GET", "/jobs/s0123456789abcdef0123456789abcdef", Map.of("Host", HOST), PREFIX
                + "&q-header-list=host&q-url-param-list=&q-signature=5fe9130c4df14389bce1b68ae2764c748b689522", null);
        QSignature.Result r = QSignature.compute(KEY, KEY_TIME, "GET", "/jobs/s0123456789abcdef0123456789abcdef",
                List.of(), List.of(new Pair("host", HOST)));
        assertThat(r.httpStringSha1()).isEqualTo("2cc4e2a0be30e8eba7c0cfe118ec3d7a64531a78");
    }

    @Test
    void v3ListJobs() {
        verify("GET", "/jobs?tag=Tts&states=Success", Map.of("Host", HOST), PREFIX
                + "&q-header-list=host&q-url-param-list=states;tag"
                + "&q-signature=a5d17a736a23eaff893cefd69c218a81ba1c915b", null);
        QSignature.Result r = QSignature.compute(KEY, KEY_TIME, "get", "/jobs",
                List.of(new Pair("tag", "Tts"), new Pair("states", "Success")), List.of(new Pair("host", HOST)));
        assertThat(r.httpStringSha1()).isEqualTo("ae12327712d415e8afd14100a6a2dbc82ebf233b");
    }

    @Test
    void v4ListJobsWithEncodedValues() {
        String target = "/jobs?queueId=p2242ab62c7c94486915508540933a2c6&tag=Tts&size=10&orderByTime=Desc"
                + "&startCreationTime=2023-11-14T00%3A00%3A00%2B0800";
        verify("GET", target, Map.of("Host", HOST), PREFIX
                + "&q-header-list=host&q-url-param-list=orderbytime;queueid;size;startcreationtime;tag"
                + "&q-signature=3262e3a859f53e80117102d5e5f63bbfc7c0a399", null);
        QSignature.Result r = QSignature.compute(KEY, KEY_TIME, "get", "/jobs", List.of(
                new Pair("tag", "Tts"), new Pair("size", "10"), new Pair("orderByTime", "Desc"),
                new Pair("startCreationTime", "2023-11-14T00:00:00+0800"),
                new Pair("queueId", "p2242ab62c7c94486915508540933a2c6")), List.of(new Pair("host", HOST)));
        assertThat(r.httpString()).contains("startcreationtime=2023-11-14T00%3A00%3A00%2B0800");
        assertThat(r.httpStringSha1()).isEqualTo("a9145ac1ecc47c5fe20bf5757b6c5ca44aa24da7");
    }

    @Test
    void v5CancelWithBareParameter() {
        verify("PUT", "/jobs/s0123456789abcdef0123456789abcdef?cancel", Map.of("Host", HOST), PREFIX
                + "&q-header-list=host&q-url-param-list=cancel"
                + "&q-signature=d3e4b3f33c3ee54215ddba02c1778ab4f78cdb27", null);
        QSignature.Result r = QSignature.compute(KEY, KEY_TIME, "put", "/jobs/s0123456789abcdef0123456789abcdef",
                List.of(new Pair("cancel", "")), List.of(new Pair("host", HOST)));
        assertThat(r.httpStringSha1()).isEqualTo("ec97c01112d1314899f1e736965cfbffb9d131e8");
    }

    @Test
    void v6SignedSecurityToken() {
        String auth = "q-sign-algorithm=sha1&q-ak=AKIDTOKEN&q-sign-time=" + KEY_TIME + "&q-key-time=" + KEY_TIME
                + "&q-header-list=host;x-cos-security-token&q-url-param-list="
                + "&q-signature=d20346ee2fc169756db055eb57c746db63682ede";
        verify("GET", "/jobs/s0123456789abcdef0123456789abcdef", Map.of("Host", HOST, "x-cos-security-token",
                "EXAMPLE_SESSION_TOKEN"), auth, null);
    }

    @Test
    void unsignedTokenIsAcceptedInEitherHeader() {
        String auth = "q-sign-algorithm=sha1&q-ak=AKIDTOKEN&q-sign-time=" + KEY_TIME + "&q-key-time=" + KEY_TIME
                + "&q-header-list=host&q-url-param-list="
                + "&q-signature=5fe9130c4df14389bce1b68ae2764c748b689522";
        verify("GET", "/jobs/s0123456789abcdef0123456789abcdef", Map.of("Host", HOST, "x-ci-security-token",
                "EXAMPLE_SESSION_TOKEN"), auth, null);
        assertThatThrownBy(() -> verify("GET", "/jobs/s0123456789abcdef0123456789abcdef", Map.of("Host", HOST,
                "x-cos-security-token", "WRONG"), auth, null))
                .isInstanceOf(AuthFailure.class).hasFieldOrPropertyWithValue("kind", AuthFailure.Kind.TOKEN);
    }

    @Test
    void d1DocumentedPutWithUnicodePath() {
        QSignature.Result r = QSignature.compute("BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz", "1557989151;1557996351", "put",
                "/exampleobject(腾讯云)", List.of(), List.of(new Pair("Content-Length", "13"),
                        new Pair("Content-MD5", "mQ/fVh815F3k6TAUm8m0eg=="), new Pair("Content-Type", "text/plain"),
                        new Pair("Date", "Thu, 16 May 2019 06:45:51 GMT"),
                        new Pair("Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com"),
                        new Pair("x-cos-acl", "private"), new Pair("x-cos-grant-read", "uin=\"100000000011\"")));
        assertThat(r.signKey()).isEqualTo("eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f");
        assertThat(r.httpStringSha1()).isEqualTo("8b2751e77f43a0995d6e9eb9477f4b685cca4172");
        assertThat(r.signature()).isEqualTo("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        // the same through the verifier: the request line carries the percent-encoded path
        RequestAuthenticator docClock = new RequestAuthenticator(() -> 1_557_989_200L);
        docClock.add(Credential.of("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz"));
        HttpRequest req = HttpRequest.of("PUT", "/exampleobject%28%E8%85%BE%E8%AE%AF%E4%BA%91%29", Map.of(
                "Content-Length", "13", "Content-MD5", "mQ/fVh815F3k6TAUm8m0eg==", "Content-Type", "text/plain",
                "Date", "Thu, 16 May 2019 06:45:51 GMT",
                "Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com", "x-cos-acl", "private",
                "x-cos-grant-read", "uin=\"100000000011\"", "Authorization",
                "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time=1557989151;1557996351"
                        + "&q-key-time=1557989151;1557996351&q-header-list=content-length;content-md5;content-type;"
                        + "date;host;x-cos-acl;x-cos-grant-read&q-url-param-list="
                        + "&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172"), "ObjectContent".getBytes());
        assertThat(docClock.authenticate(req).secretId()).isEqualTo("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q");
    }

    @Test
    void d2DocumentedGetWithEncodedParameters() {
        QSignature.Result r = QSignature.compute("BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz", "1557989753;1557996953", "get",
                "/exampleobject(腾讯云)", List.of(new Pair("response-content-type", "application/octet-stream"),
                        new Pair("response-cache-control", "max-age=600")),
                List.of(new Pair("Date", "Thu, 16 May 2019 06:55:53 GMT"),
                        new Pair("Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com")));
        assertThat(r.signKey()).isEqualTo("937914bf490e9e8c189836aad2052e4feeb35eaf");
        assertThat(r.httpStringSha1()).isEqualTo("54ecfe22f59d3514fdc764b87a32d8133ea611e6");
        assertThat(r.signature()).isEqualTo("01681b8c9d798a678e43b685a9f1bba0f6c0e012");
    }

    @Test
    void encodingFollowsTheSheet() {
        assertThat(QSignature.encode("a b!'()*~-_.:/;=+,@&中"))
                .isEqualTo("a%20b%21%27%28%29%2A~-_.%3A%2F%3B%3D%2B%2C%40%26%E4%B8%AD");
    }

    @Test
    void tamperedVectorIsRejected() {
        // V1's signature with one byte of the body length changed
        assertThatThrownBy(() -> verify("POST", "/jobs", Map.of("Host", HOST, "Content-Type", "application/xml",
                "Content-Length", "366"), PREFIX + "&q-header-list=content-length;content-type;host&q-url-param-list="
                + "&q-signature=1f61e3e0d4d33c706ab4ed23637e62b2829d5e64", new byte[366]))
                .isInstanceOf(AuthFailure.class).hasFieldOrPropertyWithValue("kind", AuthFailure.Kind.MISMATCH);
        // V2 with a changed path
        assertThatThrownBy(() -> verify("GET", "/jobs/s0123456789abcdef0123456789abcdee", Map.of("Host", HOST),
                PREFIX + "&q-header-list=host&q-url-param-list="
                        + "&q-signature=5fe9130c4df14389bce1b68ae2764c748b689522", null))
                .isInstanceOf(AuthFailure.class).hasFieldOrPropertyWithValue("kind", AuthFailure.Kind.MISMATCH);
        // V3 with a parameter value changed
        assertThatThrownBy(() -> verify("GET", "/jobs?tag=Tts&states=Failed", Map.of("Host", HOST), PREFIX
                + "&q-header-list=host&q-url-param-list=states;tag"
                + "&q-signature=a5d17a736a23eaff893cefd69c218a81ba1c915b", null))
                .isInstanceOf(AuthFailure.class).hasFieldOrPropertyWithValue("kind", AuthFailure.Kind.MISMATCH);
    }

    @Test
    void windowAndSkewAreChecked() {
        String v2 = PREFIX + "&q-header-list=host&q-url-param-list="
                + "&q-signature=5fe9130c4df14389bce1b68ae2764c748b689522";
        RequestAuthenticator late = new RequestAuthenticator(() -> 1_700_003_601L);
        late.add(Credential.of(ID, KEY));
        assertThatThrownBy(() -> late.authenticate(HttpRequest.of("GET", "/jobs/s0123456789abcdef0123456789abcdef",
                Map.of("Host", HOST, "Authorization", v2), null)))
                .isInstanceOf(AuthFailure.class).hasFieldOrPropertyWithValue("kind", AuthFailure.Kind.EXPIRED)
                .hasMessage("Request has expired");
        RequestAuthenticator early = new RequestAuthenticator(() -> 1_700_000_000L - 901);
        early.add(Credential.of(ID, KEY));
        assertThatThrownBy(() -> early.authenticate(HttpRequest.of("GET", "/jobs/s0123456789abcdef0123456789abcdef",
                Map.of("Host", HOST, "Authorization", v2), null)))
                .isInstanceOf(AuthFailure.class).hasFieldOrPropertyWithValue("kind", AuthFailure.Kind.SKEWED);
    }

    private void verify(String method, String target, Map<String, String> headers, String authorization,
                        byte[] body) {
        java.util.HashMap<String, String> h = new java.util.HashMap<>(headers);
        h.put("Authorization", authorization);
        assertThat(verifier.authenticate(HttpRequest.of(method, target, h, body)).secretId()).isNotBlank();
    }
}
