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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.emulator.Faults;
import io.github.cameltencent.tts.client.CiConnectionException;
import io.github.cameltencent.tts.client.CiException;

/** Service errors become CiException with status, Code, Message and RequestId; secrets never show. */
class ServiceErrorsTest extends TtsTestSupport {

    private CiException fail(String uri, Object body) {
        uri = uri + "&retryBaseDelay=5&retryMaxDelay=20";
        Exchange e = send(uri, body, Map.of());
        assertThat(e.getException()).isInstanceOf(CiException.class);
        CiException ex = (CiException) e.getException();
        assertThat(ex.getMessage()).doesNotContain(SECRET_KEY);
        return ex;
    }

    @Test
    void serviceSideValidationIs400InvalidArgument() {
        // a template the bucket does not have: only the service can know
        CiException e = fail(uri("submit", "templateId=tnosuchtemplate0001&codec=wav"), "hello");
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getErrorCode()).isEqualTo("InvalidArgument");
        assertThat(e.getErrorMessage()).contains("TemplateId");
        assertThat(e.getRequestId()).isNotBlank();
        assertThat(e.getTraceId()).isNotBlank();
        assertThat(e.getOperation()).isEqualTo("submitJob");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void wrongKeyIs401AccessDeniedNamingTheSignatureOnTheCiHost() {
        CiException e = fail(uri("submit", "").replace(SECRET_KEY, "wrong-secret-key-1"), "hello");
        assertThat(e).isInstanceOf(io.github.cameltencent.tts.client.CiAuthenticationException.class);
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("AccessDenied");
        assertThat(e.getErrorMessage()).startsWith("SignatureDoesNotMatch");
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).doesNotContain("wrong-secret-key-1").doesNotContain("q-signature");
    }

    @Test
    void unknownSecretIdIs401SecretidNotExist() {
        CiException e = fail(uri("getQueues", "").replace(SECRET_ID, "AKIDUNKNOWN"), null);
        assertThat(e).isInstanceOf(io.github.cameltencent.tts.client.CiAuthenticationException.class);
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("SecretidNotExist");
    }

    @Test
    void throttlingAndServerErrorsAreRetryableCiExceptions() {
        try {
            emulator().faults().set("submitJob", Faults.Spec.NONE.withThrottle429(1.0));
            CiException slow = fail(uri("submit", ""), "hello");
            assertThat(slow.getStatusCode()).isEqualTo(429);
            assertThat(slow.getErrorCode()).isEqualTo("SlowDown");
            assertThat(slow.isRetryable()).isTrue();
            emulator().faults().set("submitJob", Faults.Spec.NONE.withError503(1.0));
            assertThat(fail(uri("submit", ""), "hello").getErrorCode()).isEqualTo("ServiceUnavailable");
            emulator().faults().set("getSpeechQueues", Faults.Spec.NONE.withError500(1.0));
            CiException internal = fail(uri("getQueues", ""), null);
            assertThat(internal.getStatusCode()).isEqualTo(500);
            assertThat(internal.isRetryable()).isTrue();
            // a 500 on a submit is ambiguous: nothing found after it, and every retry fails the same way
            emulator().faults().set("submitJob", Faults.Spec.NONE.withError500(1.0));
            assertThat(fail(uri("submit", ""), "hello")).isInstanceOf(
                    io.github.cameltencent.tts.client.AmbiguousSubmitException.class);
            // a reset after sending is ambiguous for the client; every retry is reset too and no job appears
            emulator().faults().set("submitJob", Faults.Spec.NONE.withResetBefore(1.0));
            assertThat(fail(uri("submit", ""), "hello")).isInstanceOf(
                    io.github.cameltencent.tts.client.AmbiguousSubmitException.class)
                    .getCause().isInstanceOf(CiConnectionException.class);
        } finally {
            emulator().faults().clear();
        }
    }

    @Test
    void refusedConnectionSaysTheRequestWasNotSent() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Exchange e = send(uri("getQueues", "").replace(emulator().baseUrl(), "http://127.0.0.1:" + port), null,
                Map.of());
        assertThat(e.getException()).isInstanceOf(CiConnectionException.class);
        assertThat(((CiConnectionException) e.getException()).isRequestSent()).isFalse();
    }

    /** Answers a fixed status, content type and body to everything: what a proxy or a broken server sends. */
    private CiException against(int status, String contentType, String body) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", ex -> {
            ex.getResponseHeaders().add("Content-Type", contentType);
            ex.getResponseHeaders().add("x-ci-request-id", "stub-request-id");
            ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                ex.getResponseBody().write(bytes);
            }
            ex.close();
        });
        server.start();
        try {
            return fail(uri("getQueues", "").replace(emulator().baseUrl(), "http://127.0.0.1:"
                    + server.getAddress().getPort()), null);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void errorShapesFromOtherServersAreMappedToo() throws Exception {
        CiException auth = against(401, "application/xml", "<?xml version='1.0' encoding='utf-8' ?><Error><Code>"
                + "MissingAuthorization</Code><Message>no auth</Message><RequestId>r-1</RequestId><TraceId>t-1"
                + "</TraceId></Error>");
        assertThat(auth.getStatusCode()).isEqualTo(401);
        assertThat(auth.getErrorCode()).isEqualTo("MissingAuthorization");
        assertThat(auth.getRequestId()).isEqualTo("r-1");
        assertThat(auth.getTraceId()).isEqualTo("t-1");

        CiException html = against(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        assertThat(html.getStatusCode()).isEqualTo(502);
        assertThat(html.getErrorCode()).startsWith("502");
        assertThat(html.getErrorMessage()).contains("502 Bad Gateway");
        assertThat(html.getRequestId()).isEqualTo("stub-request-id");
        assertThat(html.isRetryable()).isTrue();

        CiException truncated = against(200, "application/xml", "<Response><QueueList><QueueId>p1");
        assertThat(truncated.getErrorCode()).isEqualTo("InvalidResponse");

        CiException dtd = against(200, "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><Response><RequestId>&x;</RequestId></Response>");
        assertThat(dtd.getErrorCode()).isEqualTo("InvalidResponse");
        assertThat(dtd.getMessage()).doesNotContain("root:");

        CiException big = against(500, "text/plain", "x".repeat(100_000));
        assertThat(big.getErrorMessage().length()).isLessThan(400);
    }

    @Test
    void secretsStayOutOfToStringAndLogs() throws Exception {
        String uri = uri("submit", "sessionToken=RAW(token-secret-77)&proxyPassword=RAW(proxy-secret-88)");
        TencentTtsEndpoint endpoint = context.getEndpoint(uri, TencentTtsEndpoint.class);
        assertThat(endpoint.toString()).doesNotContain(SECRET_KEY).doesNotContain("token-secret-77")
                .doesNotContain("proxy-secret-88");
        assertThat(endpoint.createProducer().toString()).doesNotContain(SECRET_KEY);
        assertThat(endpoint.getConfiguration().getSecretKey()).isEqualTo(SECRET_KEY);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            send(uri("submit", "").replace(SECRET_KEY, "wrong-secret-key-2"), "hello", Map.of());
            send(uri, "hello", Map.of());
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET_KEY)
                .doesNotContain("wrong-secret-key-2").doesNotContain("token-secret-77")
                .doesNotContain("proxy-secret-88");
    }
}
