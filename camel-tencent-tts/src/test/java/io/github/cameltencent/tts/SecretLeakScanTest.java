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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every log line the suite wrote, with the component at debug level, must be free of the secret values the tests
 * configured (keys, session tokens, proxy passwords, callback tokens). It runs in its own surefire execution after
 * all other tests (see the pom), so it does not depend on the order tests run in.
 */
class SecretLeakScanTest {

    static final List<String> SECRETS = List.of("callback-secret-3", "camel-secret-key-Zq8v", "cluster-secret-1",
            "consumer-secret-9x", "flows-secret-2", "kamelet-key", "observed-secret-5", "proxy-pass-9",
            "proxy-secret-88", "reliable-secret-6", "s3cret-token", "sts-key", "sts-token-1", "token-secret-77", "wrong-secret-key-1",
            "wrong-secret-key-2", "matrix-key", "dsl-key", "component-token-1", "yaml-recipe-secret-1", "active-passive-secret-1",
            "active-active-secret-1");

    @Test
    void noConfiguredSecretAppearsInTheSuitesLogs() throws Exception {
        Path log = Path.of("target", "test-logs.txt");
        assertThat(log).as("the suite's log file").exists();
        String text = Files.readString(log);
        assertThat(text.length()).as("the scan has something to read").isGreaterThan(10_000);
        assertThat(text).as("debug lines of the component are in it").contains("DEBUG io.github.cameltencent.tts");
        for (String secret : SECRETS) {
            assertThat(text).as("log lines contain the secret " + secret.charAt(0) + "***").doesNotContain(secret);
        }
    }
}
