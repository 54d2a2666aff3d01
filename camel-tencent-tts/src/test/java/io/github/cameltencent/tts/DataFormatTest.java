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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.client.CiXml;
import io.github.cameltencent.tts.client.RequestSigner;
import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.XmlModelTest;
import io.github.cameltencent.tts.submit.JobRequestMapper;

/**
 * The model works with Camel's jacksonXml data format as it comes (its own default XmlMapper, no setting of ours):
 * what a route unmarshals is the object the component reads, and what it marshals the service accepts.
 */
class DataFormatTest extends TtsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:job").unmarshal().jacksonXml(JobsDetail.class);
                from("direct:request").marshal().jacksonXml();
            }
        };
    }

    private JobsDetail unmarshal(String xml) {
        Exchange e = template.send("direct:job", x -> x.getMessage().setBody(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.getException()).isNull();
        return e.getMessage().getBody(JobsDetail.class);
    }

    /** The job the component's own reading (every answer and callback goes through it) makes of the document. */
    private static JobsDetail componentReads(String xml) throws Exception {
        return CiXml.read(xml.getBytes(StandardCharsets.UTF_8), JobResponse.class).getJobsDetail().get(0);
    }

    @Test
    void theReferenceSubmitAnswerUnmarshalsToTheComponentsJobsDetail() throws Exception {
        JobsDetail routed = unmarshal(XmlModelTest.SUBMIT_RESPONSE);
        assertThat(routed).isEqualTo(componentReads(XmlModelTest.SUBMIT_RESPONSE));
        assertThat(routed.getJobId()).isEqualTo("j8d9d3f5e36a511ed8a4b5bd6a2a9b3c6");
        assertThat(routed.getOperation().getTtsConfig().getInput()).isEqualTo("床前明月光，疑是地上霜");
        assertThat(routed.getOperation().getUserData()).isEqualTo("This is my data.");
    }

    @Test
    void aCallbackBodyUnmarshalsToTheComponentsJobsDetail() throws Exception {
        JobsDetail routed = unmarshal(XmlModelTest.CALLBACK);
        assertThat(routed).isEqualTo(componentReads(XmlModelTest.CALLBACK));
        assertThat(routed.getState()).isEqualTo("Success");
        assertThat(routed.getOperation().getMediaResult().getOutputFile().getMd5Info().get(0).getMd5())
                .isEqualTo("ab12");
    }

    @Test
    void aMarshalledJobRequestIsABodyTheServiceAccepts() throws Exception {
        // the request the component would send for this message, made by its own mapper
        Exchange source = createExchangeWithBody("Marshalled by the data format.");
        TencentTtsConfiguration c = new TencentTtsConfiguration();
        c.setRegion(REGION);
        c.setBucket(BUCKET);
        c.setMode("Sync");
        c.setCodec("wav");
        c.setOutputObject("df/marshalled.wav");
        JobRequest request = JobRequestMapper.plan(source, c, id -> null).requests().get(0);
        Exchange marshalled = template.send("direct:request", x -> x.getMessage().setBody(request));
        assertThat(marshalled.getException()).isNull();
        byte[] body = marshalled.getMessage().getBody(byte[].class);

        // sent as it is, signed, over HTTP to the emulator's submit
        String host = BUCKET + ".ci." + REGION + ".myqcloud.com";
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("Host", host);
        signed.put("Content-Length", String.valueOf(body.length));
        signed.put("Content-Type", "application/xml");
        long now = System.currentTimeMillis() / 1000;
        org.apache.hc.core5.http.HttpHost emulatorHost = org.apache.hc.core5.http.HttpHost.create(emulator().baseUrl());
        BasicClassicHttpRequest post = new BasicClassicHttpRequest("POST", emulatorHost, "/jobs");
        post.setHeader("Host", host);
        post.setHeader("Authorization", RequestSigner.authorization("POST", "/jobs", Map.of(), signed, SECRET_ID,
                SECRET_KEY, now - 60, now + 600));
        post.setEntity(new ByteArrayEntity(body, ContentType.create("application/xml")));
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            String[] status = new String[1];
            String answer = http.execute(emulatorHost, post, response -> {
                status[0] = String.valueOf(response.getCode());
                return EntityUtils.toString(response.getEntity());
            });
            assertThat(status[0]).as(answer).isEqualTo("200");
            JobsDetail job = unmarshal(answer);
            assertThat(job.getJobId()).isNotBlank();
            assertThat(job.getOperation().getOutput().getObject()).isEqualTo("df/marshalled.wav");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> emulator().job(job.getJobId()).isTerminal());
            assertThat(emulator().object(BUCKET, "df/marshalled.wav")).isNotNull();
        }
    }
}
