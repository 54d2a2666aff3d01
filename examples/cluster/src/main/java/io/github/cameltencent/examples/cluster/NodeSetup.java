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
package io.github.cameltencent.examples.cluster;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * What one node of the example adds to plain camel-main before docs/cluster-active-active.yaml is loaded.
 */
public class NodeSetup implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        // the recipe's claims repository takes the CamelContext as "#bean:camelContext"; Spring Boot has that bean,
        // Camel Main does not, so a Camel Main node binds it once (docs/cluster.md)
        context.getRegistry().bind("camelContext", context);
        System.setProperty("node.pid", Long.toString(ProcessHandle.current().pid()));

        // a node never outlives its launcher: a launcher stopped with Ctrl-C, or a test JVM killed by its runner,
        // would otherwise leave three pollers running against a database that is gone
        Long launcher = Long.getLong("cluster.launcher.pid");
        if (launcher != null) {
            ProcessHandle.of(launcher).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(3)),
                    () -> Runtime.getRuntime().halt(3));
        }
    }
}
