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

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.github.cameltencent.emulator.TencentCiEmulator;

/**
 * Runs before Spring configures Camel. Without Tencent credentials (tts.embedded-emulator=auto, the default), or
 * always with tts.embedded-emulator=true, it starts the emulator and points the component at it, so the example runs
 * offline; it logs where. With credentials but no bucket it stops the start, naming TTS_BUCKET, instead of letting
 * every request fail.
 */
public class EmbeddedEmulator implements EnvironmentPostProcessor {

    static final String EMULATOR_BUCKET = "demo-1250000000";
    private static final String BUCKET = "camel.component.tencent-tts.bucket";

    /** Logging is not set up yet at this point; Spring Boot replays these lines once it is. */
    private final Log log;

    public EmbeddedEmulator(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedEmulator.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String bucket = env.getProperty(BUCKET, "").trim();
        String region = env.getProperty("camel.component.tencent-tts.region");
        if (!useEmulator(env)) {
            if (bucket.isEmpty()) {
                throw new IllegalStateException("Tencent Cloud credentials are set but no bucket is: set TTS_BUCKET"
                        + " to your CI-bound bucket as BucketName-APPID (e.g. TTS_BUCKET=examplebucket-1250000000),"
                        + " or " + BUCKET + ", and TTS_REGION to its region (default ap-guangzhou). To run"
                        + " offline instead, set TTS_EMBEDDED_EMULATOR=true.");
            }
            log.info("Using Tencent Cloud: bucket " + bucket + " in region " + region);
            return;
        }
        String id = "AKIDSPRING" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String key = UUID.randomUUID().toString();
        TencentCiEmulator emulator = TencentCiEmulator.builder().credential(id, key).start();
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        Map<String, Object> settings = new HashMap<>(Map.of(
                "camel.component.tencent-tts.secret-id", id,
                "camel.component.tencent-tts.secret-key", key,
                "camel.component.tencent-tts.endpoint-override", emulator.baseUrl()));
        if (bucket.isEmpty()) {
            bucket = EMULATOR_BUCKET;
            settings.put(BUCKET, bucket);
        }
        env.getPropertySources().addFirst(new MapPropertySource("embedded-tencent-ci-emulator", settings));
        log.info("Embedded Tencent CI emulator listening on " + emulator.baseUrl() + " (bucket " + bucket
                 + ", region " + region + "); no request leaves this machine. Set TENCENTCLOUD_SECRET_ID,"
                 + " TENCENTCLOUD_SECRET_KEY and TTS_BUCKET to use Tencent Cloud instead.");
        log.info("Emulator console (jobs, audio): " + emulator.consoleUrl());
    }

    /** tts.embedded-emulator: auto (the emulator exactly when no credentials are configured), true or false. */
    private static boolean useEmulator(ConfigurableEnvironment env) {
        String mode = env.getProperty("tts.embedded-emulator", "auto").trim();
        switch (mode) {
            case "true":
                return true;
            case "false":
                return false;
            case "auto":
                return env.getProperty("TENCENTCLOUD_SECRET_ID", "").isBlank()
                        && env.getProperty("camel.component.tencent-tts.secret-id", "").isBlank();
            default:
                throw new IllegalArgumentException("tts.embedded-emulator must be auto, true or false, not '" + mode
                        + "'");
        }
    }
}
