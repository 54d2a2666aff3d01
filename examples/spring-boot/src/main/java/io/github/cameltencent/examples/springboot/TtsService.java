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
package io.github.cameltencent.examples.springboot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.github.cameltencent.tts.TencentTtsConstants;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * POST /speech with text → the job id; GET /speech/{id} → its state; GET /speech/{id}/audio → the audio once the
 * consumer has collected it. Configured entirely by camel.component.tencent-tts.* in application.yaml.
 */
@SpringBootApplication
@RestController
public class TtsService {

    /** Audio of finished jobs, as the consumer collected it (a real service would use a store). */
    private final Map<String, byte[]> audio = new ConcurrentHashMap<>();
    private final ProducerTemplate template;

    public TtsService(ProducerTemplate template) {
        this.template = template;
    }

    public static void main(String[] args) {
        SpringApplication.run(TtsService.class, args);
    }

    @Bean
    RouteBuilder collectAudio() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("tencent-tts:jobs?download=true&delay=500&lookback=3600000").routeId("collect-audio")
                        .process(e -> audio.put(e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class),
                                e.getMessage().getBody(byte[].class)))
                        .log("audio of ${header.CamelTencentTtsJobId} collected");
            }
        };
    }

    @PostMapping(path = "/speech", consumes = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<Map<String, String>> submit(@RequestBody String text) {
        Exchange e = template.send("tencent-tts:submit", x -> x.getMessage().setBody(text));
        if (e.getException() != null) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getException().getMessage()));
        }
        return ResponseEntity.accepted().body(Map.of("jobId",
                e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class)));
    }

    @GetMapping("/speech/{jobId}")
    public ResponseEntity<Map<String, String>> state(@PathVariable("jobId") String jobId) {
        Exchange e = template.send("tencent-tts:getJob", x -> x.getMessage().setHeader(TencentTtsConstants.JOB_ID,
                jobId));
        if (e.getException() != null) {
            return ResponseEntity.notFound().build();
        }
        JobsDetail job = e.getMessage().getBody(JobsDetail.class);
        return ResponseEntity.ok(Map.of("jobId", jobId, "state", job.getState(),
                "audioReady", String.valueOf(audio.containsKey(jobId))));
    }

    @GetMapping("/speech/{jobId}/audio")
    public ResponseEntity<byte[]> audio(@PathVariable("jobId") String jobId) {
        byte[] wav = audio.get(jobId);
        return wav == null ? ResponseEntity.notFound().build()
                : ResponseEntity.ok().contentType(MediaType.parseMediaType("audio/wav")).body(wav);
    }
}
