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

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.cameltencent.tts.client.CiException;

/**
 * Broken answers from a server (or whatever sits in front of it): each becomes a typed CiException with a clear
 * code, never a NullPointerException, a hang or a half-parsed result.
 */
class ServerResponseMatrixTest extends CamelTestSupport {

    record Answer(int status, String contentType, byte[] body) {
    }

    private Exception against(String operation, Answer answer, Map<String, Object> headers) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("Content-Type", answer.contentType());
            ex.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                ex.getResponseBody().write(answer.body());
            }
            ex.close();
        });
        server.start();
        try {
            String uri = "tencent-tts:" + operation + "?region=ap-guangzhou&bucket=matrix-1250000000&secretId=AKIDM"
                    + "&secretKey=RAW(matrix-key)&maxRetries=0&socketTimeout=5000&endpointOverride=http://127.0.0.1:"
                    + server.getAddress().getPort();
            Exchange e = template.send(uri, x -> {
                x.getMessage().setBody("hello");
                x.getMessage().setHeaders(new java.util.HashMap<>(headers));
            });
            return e.getException();
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "submit|truncated XML|200|application/xml|<Response><JobsDetail><JobId>j1|InvalidResponse",
        "submit|HTML page with 200|200|text/html|<html><body>welcome</body></html>|InvalidResponse",
        "submit|empty 200|200|application/xml||InvalidResponse",
        "submit|Response without JobsDetail|200|application/xml|<Response><RequestId>r</RequestId></Response>|InvalidResponse",
        "submit|JSON instead of XML|200|application/json|{\"JobsDetail\":{}}|InvalidResponse",
        "submit|HTML 502 from a proxy: maybe applied, and the jobs cannot be searched|502|text/html|<html><h1>Bad Gateway</h1></html>|AmbiguousSubmit",
        "getJob|HTML 502 from a proxy|502|text/html|<html><h1>Bad Gateway</h1></html>|502 Bad Gateway",
        "listJobs|JSON error|500|application/json|{\"Code\":\"InternalError\"}|500 Internal Server Error",
        "submit|empty 404|404|text/plain||404 Not Found",
        "submit|XML error without code|400|application/xml|<Error><Message>no code</Message></Error>|400 Bad Request",
        "getJob|truncated XML|200|application/xml|<Response><JobsDetail>|InvalidResponse",
        "getJob|plain text 200|200|text/plain|OK|InvalidResponse",
        "listJobs|not well-formed|200|application/xml|<Response><JobsDetail></Response>|InvalidResponse",
        "getTemplates|DTD in the answer|200|application/xml|<!DOCTYPE r [<!ENTITY x \"y\">]><Response>&x;</Response>|InvalidResponse",
        "getQueues|binary junk|200|application/octet-stream|\u0000\u0001\u0002junk|InvalidResponse",
        "createTemplate|empty 200|200|application/xml||",
        "deleteTemplate|HTML 403|403|text/html|<html>forbidden</html>|403 Forbidden",
        "cancelJob|HTML 503|503|text/html|<html>maintenance</html>|503 Service Unavailable",
    })
    void brokenAnswersBecomeTypedErrors(String operation, String name, int status, String type, String body,
                                        String code) throws Exception {
        Map<String, Object> headers = operation.equals("submit") ? Map.of() : Map.of(TencentTtsConstants.JOB_ID, "j1",
                TencentTtsConstants.TEMPLATE_ID, "t1", TencentTtsConstants.TEMPLATE_NAME, "n");
        Exception e = against(operation, new Answer(status, type, body == null ? new byte[0]
                : body.getBytes(StandardCharsets.UTF_8)), headers);
        if (code == null) {
            // an empty success for an operation whose answer may be empty is not an error
            assertThat(e).isNull();
            return;
        }
        assertThat(e).isInstanceOf(CiException.class);
        assertThat(((CiException) e).getErrorCode()).isEqualTo(code);
        if (!code.equals("AmbiguousSubmit")) {
            assertThat(((CiException) e).getStatusCode()).isEqualTo(status);
        }
    }

    @Test
    void invalidUtf8AndGiantBodiesAreRefusedToo() throws Exception {
        Exception utf8 = against("getJob", new Answer(200, "application/xml", new byte[] {'<', 'R', '>', (byte) 0xc3,
                (byte) 0x28, '<', '/', 'R', '>'}), Map.of(TencentTtsConstants.JOB_ID, "j1"));
        assertThat(utf8).isInstanceOf(CiException.class);
        byte[] giant = ("<Error><Code>X</Code><Message>" + "m".repeat(3_000_000) + "</Message></Error>")
                .getBytes(StandardCharsets.UTF_8);
        Exception big = against("getQueues", new Answer(500, "application/xml", giant), Map.of());
        assertThat(big).isInstanceOf(CiException.class);
        assertThat(big.getMessage().length()).isLessThan(5_000_000);
    }
}
