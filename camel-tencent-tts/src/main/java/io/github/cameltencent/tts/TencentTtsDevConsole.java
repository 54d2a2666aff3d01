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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;

/** Lists tencent-tts endpoints and the jobs they have in flight. Shows settings, never secrets. */
@DevConsole(name = "tencent-tts", displayName = "Tencent TTS", description = "tencent-tts endpoints and jobs in flight")
public class TencentTtsDevConsole extends AbstractDevConsole {

    public TencentTtsDevConsole() {
        super("camel", "tencent-tts", "Tencent TTS", "tencent-tts endpoints and jobs in flight");
    }

    private List<TencentTtsEndpoint> endpoints() {
        List<TencentTtsEndpoint> out = new ArrayList<>();
        for (Endpoint e : getCamelContext().getEndpoints()) {
            if (e instanceof TencentTtsEndpoint t) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (TencentTtsEndpoint e : endpoints()) {
            Map<String, Object> m = describe(e);
            sb.append(m.get("uri")).append('\n');
            m.forEach((k, v) -> {
                if (!k.equals("uri")) {
                    sb.append("    ").append(k).append(": ").append(v).append('\n');
                }
            });
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        List<Map<String, Object>> list = new ArrayList<>();
        endpoints().forEach(e -> list.add(describe(e)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("endpoints", list);
        return root;
    }

    private static Map<String, Object> describe(TencentTtsEndpoint e) {
        TencentTtsConfiguration c = e.getConfiguration();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", URISupport.sanitizeUri(e.getEndpointUri()));
        m.put("operation", String.valueOf(c.getOperation()));
        m.put("region", c.getRegion());
        m.put("bucket", c.getBucket());
        m.put("serviceUrl", e.getServiceUrl());
        m.put("credentials", c.getCredentialsProvider() != null ? "provider bean"
                : c.getSecretId() != null ? "secretId/secretKey" + (c.getSessionToken() != null ? " + token" : "")
                : "environment");
        m.put("jobsWaiting", e.jobsWaiting());
        m.put("jobsPending", e.jobsPending());
        m.put("jobsRouting", e.jobsRouting());
        if (e.getEmitter() != null) {
            m.put("jobsEmitted", e.getEmitter().committed());
            m.put("jobsRolledBack", e.getEmitter().rolledBack());
            m.put("jobsFenced", e.getEmitter().fenced());
            m.put("takeOversLost", e.getEmitter().takeOversLost());
            // commits that failed (the database away) and are being retried while their claims are kept
            m.put("commitsRetrying", e.getEmitter().commitsRetrying());
        }
        for (Route route : e.getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof TencentTtsConsumer consumer && consumer.getEndpoint() == e
                && consumer.cursor() != null) {
                m.put("resumePoint", consumer.cursor().low().toString());
                m.put("claimsNotYetRouted", consumer.unroutedCount());
            }
        }
        return m;
    }
}
