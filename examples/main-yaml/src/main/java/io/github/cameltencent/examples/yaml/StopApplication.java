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
package io.github.cameltencent.examples.yaml;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a route set end the application when its work is done (the demo does, after its last text): stopping Camel
 * ends camel-main's run. The stop runs on its own thread so that the exchange asking for it can complete first;
 * a graceful stop waits for it.
 */
public class StopApplication {

    private static final Logger LOG = LoggerFactory.getLogger(StopApplication.class);

    public void stop(Exchange exchange) {
        CamelContext context = exchange.getContext();
        context.getExecutorServiceManager().newThread("StopApplication", () -> {
            try {
                context.stop();
            } catch (RuntimeException e) {
                LOG.warn("Could not stop Camel", e);
            }
        }).start();
    }
}
