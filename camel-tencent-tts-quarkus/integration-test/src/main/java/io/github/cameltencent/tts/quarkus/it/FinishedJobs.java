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
package io.github.cameltencent.tts.quarkus.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import io.github.cameltencent.tts.TencentTtsConstants;

/** What the finished-jobs route received, by job id: the end of the route, where an application would store it. */
@ApplicationScoped
public class FinishedJobs implements Processor {

    /** One finished job as it arrived: its state and the audio on the body. */
    public record Received(String state, String contentType, byte[] audio) {
    }

    private final Map<String, Received> byJobId = new ConcurrentHashMap<>();

    @Override
    public void process(Exchange exchange) {
        var message = exchange.getMessage();
        byJobId.put(message.getHeader(TencentTtsConstants.JOB_ID, String.class),
                new Received(message.getHeader(TencentTtsConstants.JOB_STATE, String.class),
                        message.getHeader(Exchange.CONTENT_TYPE, String.class), message.getBody(byte[].class)));
    }

    public Received get(String jobId) {
        return byJobId.get(jobId);
    }
}
