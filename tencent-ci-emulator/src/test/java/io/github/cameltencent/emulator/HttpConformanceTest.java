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

import static io.github.cameltencent.emulator.RawClient.BUCKET;
import static io.github.cameltencent.emulator.RawClient.CI_HOST;
import static io.github.cameltencent.emulator.RawClient.COS_HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.emulator.http.HttpResponse;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * The HTTP/1.1 rules of RFC 9112 the emulator enforces, each pinned with the exact bytes a protocol tester sends
 * over a raw socket. Every case here was answered wrongly by the first, lenient server; see the README's emulator
 * section for the list.
 */
class HttpConformanceTest {

    @RegisterExtension
    static final TencentCiEmulatorExtension EXT = TencentCiEmulatorExtension.withCredential("AKIDTEST", "testkey")
            .configure(b -> b.speech(false));

    /** What came back on one connection: the first answer, and whether the server then closed it. */
    record Exchange(RawClient.Response response, boolean closed) {
    }

    private final RawClient client = new RawClient(EXT.emulator().port(), "AKIDTEST", "testkey");

    /** A signature over the Host header only, so tests may frame the rest of the request however they like. */
    private String auth(String method, String target, String host) {
        return client.authorization(method, target, Map.of("Host", host));
    }

    private String put(String key, String framing) {
        return "PUT /" + key + " HTTP/1.1\r\nHost: " + COS_HOST + "\r\nAuthorization: " + auth("PUT", "/" + key,
                COS_HOST) + "\r\n" + framing;
    }

    private static Exchange exchange(String raw) throws IOException {
        return exchange(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Exchange exchange(byte[] raw) throws IOException {
        try (Socket s = new Socket("127.0.0.1", EXT.emulator().port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(raw);
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may answer and stop reading before all of a refused request is sent
            }
            InputStream in = s.getInputStream();
            RawClient.Response r = RawClient.read(in, false);
            return new Exchange(r, closedSoon(s, in));
        }
    }

    /** True when the server closes (or resets) the connection within two seconds of its answer. */
    private static boolean closedSoon(Socket s, InputStream in) throws IOException {
        s.setSoTimeout(2000);
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    // ------------------------------------------------------------------ message framing (§6)

    @Test
    void transferEncodingOtherThanChunkedIsNotImplemented() throws IOException {
        // a coding merely containing "chunked" used to be taken as chunked, and gzip alone as no body at all
        for (String te : new String[] {"gzip, chunked", "gzip", "chunked, gzip", "x-chunked"}) {
            Exchange e = exchange(put("te.txt", "Transfer-Encoding: " + te + "\r\n\r\n5\r\nhello\r\n0\r\n\r\n"));
            assertThat(e.response().status()).as(te).isEqualTo(501);
            assertThat(e.closed()).as("the body's length is unknown: the connection must close").isTrue();
        }
        assertThat(EXT.emulator().object(BUCKET, "te.txt")).isNull();
    }

    @Test
    void malformedTransferEncodingIsABadRequest() throws IOException {
        for (String te : new String[] {"chunked, chunked", "chunked/1", "\"chunked\"", "chun ked"}) {
            Exchange e = exchange(put("te2.txt", "Transfer-Encoding: " + te + "\r\n\r\n0\r\n\r\n"));
            assertThat(e.response().status()).as(te).isEqualTo(400);
            assertThat(e.closed()).isTrue();
        }
    }

    @Test
    void lengthAndChunkedTogetherDecodeChunkedAndClose() throws IOException {
        // the body's tail is a complete second request: it must never be answered as one
        String smuggled = "GET /jobs?tag=Tts HTTP/1.1\r\nHost: " + CI_HOST + "\r\n\r\n";
        String chunked = "5\r\nhello\r\n0\r\n\r\n";
        Exchange e = exchange(put("both.txt", "Content-Length: " + chunked.length() + "\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunked + smuggled));
        assertThat(e.response().status()).isEqualTo(200);
        assertThat(e.response().header("Connection")).isEqualToIgnoringCase("close");
        assertThat(e.closed()).as("nothing after the answer, above all not a second one").isTrue();
        assertThat(EXT.emulator().object(BUCKET, "both.txt").data()).asString().isEqualTo("hello");
    }

    @Test
    void contentLengthIsDigitsOnly() throws IOException {
        for (String cl : new String[] {"+5", "-5", "5 5", "0x5", "5, 5"}) {
            Exchange e = exchange(put("cl.txt", "Content-Length: " + cl + "\r\n\r\nhello"));
            assertThat(e.response().status()).as(cl).isEqualTo(400);
            assertThat(e.closed()).isTrue();
        }
        Exchange twice = exchange(put("cl.txt", "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello"));
        assertThat(twice.response().status()).isEqualTo(400);
    }

    @Test
    void chunkSizesAreStrictHex() throws IOException {
        for (String size : new String[] {"+5", " 5", "5 ", "0x5", "", "g"}) {
            Exchange e = exchange(put("chunk.txt", "Transfer-Encoding: chunked\r\n\r\n" + size + "\r\nhello\r\n"
                    + "0\r\n\r\n"));
            assertThat(e.response().status()).as("'" + size + "'").isEqualTo(400);
        }
        // extensions are allowed, and ignored
        Exchange ext = exchange(put("chunk.txt", "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5;name=value\r\nhello\r\n0\r\n\r\n"));
        assertThat(ext.response().status()).isEqualTo(200);
        assertThat(EXT.emulator().object(BUCKET, "chunk.txt").data()).asString().isEqualTo("hello");
    }

    @Test
    void chunkDataMustEndWithCrlf() throws IOException {
        Exchange e = exchange(put("crlf.txt", "Transfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n"));
        assertThat(e.response().status()).isEqualTo(400);
        assertThat(e.closed()).isTrue();
        assertThat(EXT.emulator().object(BUCKET, "crlf.txt")).isNull();
    }

    @Test
    void trailersAreBounded() throws IOException {
        StringBuilder trailers = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            trailers.append("X-Trailer-").append(i).append(": some value\r\n");
        }
        Exchange e = exchange(put("trailers.txt", "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n"
                + trailers + "\r\n"));
        assertThat(e.response().status()).isEqualTo(431);
        assertThat(e.closed()).isTrue();
        // a few trailers are fine
        Exchange ok = exchange(put("trailers.txt", "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5\r\nhello\r\n0\r\nX-Checksum: abc\r\n\r\n"));
        assertThat(ok.response().status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ field syntax (§5)

    @Test
    void fieldNamesAreTokens() throws IOException {
        // whitespace before the colon could make two parsers disagree on the header's name: 400 (§5.1)
        Exchange e = exchange(put("ws.txt", "Transfer-Encoding : chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"));
        assertThat(e.response().status()).isEqualTo(400);
        assertThat(e.closed()).isTrue();
        for (String line : new String[] {"X Y: z", "X(y): z", ": empty name", "X-Folded: a\r\n  b"}) {
            Exchange bad = exchange("GET /jobs?tag=Tts HTTP/1.1\r\nHost: " + CI_HOST + "\r\n" + line + "\r\n\r\n");
            assertThat(bad.response().status()).as(line).isEqualTo(400);
        }
    }

    @Test
    void fieldValuesCarryNoControlCharacters() throws IOException {
        // a bare CR used to be stored in Content-Type and sent back in a later answer's headers
        Exchange e = exchange(put("cr.txt", "Content-Type: text/plain\rX-Injected: yes\r\nContent-Length: 5\r\n\r\n"
                + "hello"));
        assertThat(e.response().status()).isEqualTo(400);
        assertThat(EXT.emulator().object(BUCKET, "cr.txt")).isNull();
        for (String value : new String[] {"a\u0000b", "a\u0001b", "a\u007fb", "a\nb"}) {
            Exchange bad = exchange("GET /jobs?tag=Tts HTTP/1.1\r\nHost: " + CI_HOST + "\r\nX-Value: " + value
                    + "\r\n\r\n");
            assertThat(bad.response().status()).as(value).isEqualTo(400);
        }
        // a tab is allowed inside a value
        Exchange tab = exchange(put("tab.txt", "Content-Type: text/plain;\tcharset=utf-8\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\nhi"));
        assertThat(tab.response().status()).isEqualTo(200);
    }

    @Test
    void responsesRefuseHeaderValuesWithCrOrLf() {
        HttpResponse r = HttpResponse.of(200);
        assertThatThrownBy(() -> r.header("Content-Type", "text/plain\rX-Injected: yes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Content-Type");
        assertThatThrownBy(() -> r.header("X-A", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.header("Bad Name", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.header("X-A", "tab\tok").header("X-A")).isEqualTo("tab\tok");
    }

    // ------------------------------------------------------------------ what the emulator writes

    @Test
    void errorBodiesAreWellFormedWhateverTheyEcho() throws IOException {
        // a control character in a query value is echoed into the error message
        RawClient.Response r = client.ci("GET", "/jobs?tag=Tts&size=%01%0B%EF%BF%BE", null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("InvalidArgument");
        assertThat(r.xml().get("Message")).contains("size").contains("\uFFFD");
        // and in the request line itself: refused, and still in well-formed XML
        Exchange e = exchange("GET /\u0001x HTTP/1.1\r\nHost: " + CI_HOST + "\r\n\r\n");
        assertThat(e.response().status()).isEqualTo(400);
        e.response().xml();
    }

    @Test
    void xmlAndJsonStayWellFormedForAnyText() throws Exception {
        String hostile = "a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\r\nh\t<&>'\"";
        XmlNode n = XmlNode.of("Response").add("Message", hostile);
        XmlNode back = XmlNode.parse(n.toXmlBytes());
        assertThat(back.child("Message").text()).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\r\nh\t<&>'\"");
        String json = n.toJson();
        assertThat(json).doesNotContainPattern("[\\x00-\\x1f]").doesNotContain("\uD800").doesNotContain("\uFFFE");
        assertThat(json).contains("\\r\\n").contains("\\t");
    }

    // ------------------------------------------------------------------ request targets and connections

    @Test
    void absoluteFormTargetsAreAccepted() throws IOException {
        // what a client configured with an HTTP proxy sends; the authority stands in for Host (§3.2.2)
        String target = "http://" + CI_HOST + "/jobs?tag=Tts";
        Exchange e = exchange("GET " + target + " HTTP/1.1\r\nHost: " + CI_HOST + "\r\nAuthorization: "
                + auth("GET", "/jobs?tag=Tts", CI_HOST) + "\r\nConnection: close\r\n\r\n");
        assertThat(e.response().status()).isEqualTo(200);
        Exchange otherHost = exchange("GET " + target + " HTTP/1.1\r\nHost: proxy.example\r\nAuthorization: "
                + auth("GET", "/jobs?tag=Tts", CI_HOST) + "\r\nConnection: close\r\n\r\n");
        assertThat(otherHost.response().status()).isEqualTo(200);
    }

    @Test
    void connectionIsATokenList() throws IOException {
        Exchange e = exchange("GET /jobs?tag=Tts HTTP/1.1\r\nHost: " + CI_HOST + "\r\nAuthorization: "
                + auth("GET", "/jobs?tag=Tts", CI_HOST) + "\r\nConnection: Close, TE\r\nTE: trailers\r\n\r\n");
        assertThat(e.response().status()).isEqualTo(200);
        assertThat(e.response().header("Connection")).isEqualToIgnoringCase("close");
        assertThat(e.closed()).isTrue();
    }

    @Test
    void sizeAndSignatureAreCheckedBeforeContinue() throws IOException {
        String big = put("big.bin", "Content-Length: 104857600\r\nExpect: 100-continue\r\n\r\n");
        Exchange e = exchange(big);
        assertThat(e.response().status()).as("no 100 Continue for a body that will be refused").isEqualTo(413);
        assertThat(e.closed()).isTrue();

        String badSignature = "PUT /sig.txt HTTP/1.1\r\nHost: " + COS_HOST + "\r\nAuthorization: "
                + new RawClient(EXT.emulator().port(), "AKIDTEST", "wrong").authorization("PUT", "/sig.txt",
                Map.of("Host", COS_HOST)) + "\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n";
        Exchange refused = exchange(badSignature);
        assertThat(refused.response().status()).isEqualTo(403);
        assertThat(refused.response().errorCode()).isEqualTo("SignatureDoesNotMatch");

        // a good one gets 100 Continue, then its answer
        try (Socket s = new Socket("127.0.0.1", EXT.emulator().port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(put("ok.txt", "Content-Length: 5\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            assertThat(RawClient.read(in, false).status()).isEqualTo(100);
            s.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawClient.read(in, false).status()).isEqualTo(200);
        }
    }

    @Test
    void unknownExpectationsAreRefused() throws IOException {
        Exchange e = exchange(put("expect.txt", "Content-Length: 5\r\nExpect: 200-ok\r\n\r\nhello"));
        assertThat(e.response().status()).isEqualTo(417);
        assertThat(e.closed()).isTrue();
        assertThat(EXT.emulator().object(BUCKET, "expect.txt")).isNull();
    }

    @Test
    void requestLinesAreStrict() throws IOException {
        assertThat(exchange("GET /jobs HTTP/2.0\r\nHost: " + CI_HOST + "\r\n\r\n").response().status())
                .isEqualTo(505);
        for (String line : new String[] {"GET  /jobs HTTP/1.1", "GET /jobs HTTP/1.1 ", "GET /jobs", "G(T /jobs HTTP/1.1",
                "GET jobs HTTP/1.1", "GET /jobs HTTP/1.1\nHost: x"}) {
            assertThat(exchange(line + "\r\nHost: " + CI_HOST + "\r\n\r\n").response().status()).as(line)
                    .isEqualTo(400);
        }
        // HTTP/1.1 needs exactly one Host (§3.2)
        assertThat(exchange("GET /jobs HTTP/1.1\r\n\r\n").response().status()).isEqualTo(400);
        assertThat(exchange("GET /jobs HTTP/1.1\r\nHost: " + CI_HOST + "\r\nHost: " + CI_HOST + "\r\n\r\n")
                .response().status()).isEqualTo(400);
    }
}
