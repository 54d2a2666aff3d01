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

import java.time.Duration;
import java.util.Map;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.tts.client.credentials.EnvironmentCredentialsProvider;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the emulator before Quarkus, knowing the credential pair the build puts in the environment (the
 * application itself never sees the keys in its configuration), and points the component at it.
 */
public class TencentCiEmulatorResource implements QuarkusTestResourceLifecycleManager {

    private TencentCiEmulator emulator;

    @Override
    public Map<String, String> start() {
        String secretId = System.getenv(EnvironmentCredentialsProvider.SECRET_ID);
        String secretKey = System.getenv(EnvironmentCredentialsProvider.SECRET_KEY);
        if (secretId == null || secretKey == null) {
            throw new IllegalStateException("run through Maven: the surefire configuration sets "
                    + EnvironmentCredentialsProvider.SECRET_ID + " and " + EnvironmentCredentialsProvider.SECRET_KEY);
        }
        // speech off: a short tone per job is real WAV/MP3 audio and keeps each job in milliseconds
        emulator = TencentCiEmulator.builder().credential(secretId, secretKey)
                .processingTime(Duration.ofMillis(100)).concurrency(2).speech(false).start();
        return Map.of("camel.component.tencent-tts.endpoint-override", emulator.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(emulator,
                new TestInjector.AnnotatedAndMatchesType(InjectEmulator.class, TencentCiEmulator.class));
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
