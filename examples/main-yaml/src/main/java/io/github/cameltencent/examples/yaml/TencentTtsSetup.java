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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.cameltencent.emulator.TencentCiEmulator;
import io.github.cameltencent.tts.TencentTtsComponent;
import io.github.cameltencent.tts.TencentTtsConfiguration;

/**
 * The one piece of Java this example needs: decides, before any route exists, whether the tencent-tts component talks
 * to Tencent Cloud or to an emulator started in-process, and refuses to start when the real service was chosen but
 * no bucket was given (every job would fail, one after the other, for minutes).
 *
 * <p>Listed in {@code camel.main.configuration-classes}; camel-main calls it after reading {@code camel.main.*} and
 * before it applies {@code camel.component.*}, so anything set there still wins over what this class sets.
 *
 * <p>{@code TTS_BUCKET}, {@code TTS_REGION} and {@code tts.*} are this example's settings, not the component's: an
 * application of your own configures {@code camel.component.tencent-tts.bucket} and {@code .region} directly.
 */
public class TencentTtsSetup implements CamelConfiguration {

    /** The bucket the embedded emulator uses when none is given; it exists only in the emulator. */
    static final String EMULATOR_BUCKET = "demo-1250000000";

    private static final Logger LOG = LoggerFactory.getLogger(TencentTtsSetup.class);

    @Override
    public void configure(CamelContext context) throws Exception {
        try {
            setUp(context);
        } catch (Exception e) {
            releaseHangupHook();
            throw e;
        }
    }

    private void setUp(CamelContext context) throws Exception {
        PropertiesComponent pc = context.getPropertiesComponent();
        checkRoutesFolder(pc);

        TencentTtsConfiguration tts = context.getComponent("tencent-tts", TencentTtsComponent.class).getConfiguration();
        String region = first(pc, "camel.component.tencent-tts.region", "tts.region").orElse("ap-guangzhou");
        Optional<String> bucket = first(pc, "camel.component.tencent-tts.bucket", "tts.bucket");
        tts.setRegion(region);

        if (useEmulator(pc)) {
            String secretId = "AKIDEMBEDDED" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String secretKey = UUID.randomUUID().toString();
            TencentCiEmulator emulator = TencentCiEmulator.builder().credential(secretId, secretKey)
                    .processingTime(Duration.ofMillis(300)).start();
            context.addService(new ServiceSupport() {
                @Override
                protected void doStop() {
                    emulator.close();
                }
            });
            tts.setSecretId(secretId);
            tts.setSecretKey(secretKey);
            tts.setEndpointOverride(emulator.baseUrl());
            tts.setBucket(bucket.orElse(EMULATOR_BUCKET));
            LOG.info("Embedded Tencent CI emulator listening on {} (bucket {}, region {}); no request leaves this"
                     + " machine. Set TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TTS_BUCKET to use Tencent"
                     + " Cloud instead.", emulator.baseUrl(), tts.getBucket(), region);
            LOG.info("Emulator console (jobs, audio): {}", emulator.consoleUrl());
            return;
        }

        if (bucket.isEmpty()) {
            throw new IllegalStateException("Tencent Cloud credentials are set but no bucket is: set TTS_BUCKET to"
                    + " your CI-bound bucket as BucketName-APPID (e.g. TTS_BUCKET=examplebucket-1250000000), or"
                    + " pass -Dtts.bucket=..., and TTS_REGION to its region (default ap-guangzhou)."
                    + " To run offline instead, pass -Dtts.emulator=true.");
        }
        tts.setBucket(bucket.get());
        LOG.info("Using Tencent Cloud: bucket {} in region {}", bucket.get(), region);
    }

    /**
     * Main.main registers a JVM shutdown hook that, after a failed start, still thinks Camel is running and, under
     * exec:java, runs after Maven has closed the class loader: a NoClassDefFoundError trace would bury the message
     * above. Marking the run as shut down makes the hook do nothing.
     */
    private static void releaseHangupHook() {
        Main main = Main.getInstance();
        if (main != null && main.getShutdownStrategy() != null) {
            main.getShutdownStrategy().shutdown();
        }
    }

    /** tts.emulator: true, false, or auto (the default): the emulator exactly when no credentials are configured. */
    private static boolean useEmulator(PropertiesComponent pc) {
        String mode = pc.resolveProperty("tts.emulator").map(String::trim).orElse("auto");
        switch (mode) {
            case "true":
                return true;
            case "false":
                return false;
            case "auto":
                return first(pc, "camel.component.tencent-tts.secret-id").isEmpty()
                        && blank(System.getenv("TENCENTCLOUD_SECRET_ID"));
            default:
                throw new IllegalArgumentException("tts.emulator must be true, false or auto, not '" + mode + "'");
        }
    }

    /** Says which folder the routes came from; an empty one would otherwise start an application that does nothing. */
    private static void checkRoutesFolder(PropertiesComponent pc) throws IOException {
        if (System.getProperty("camel.main.routes-include-pattern") != null
                || System.getProperty("camel.main.routesIncludePattern") != null) {
            return;
        }
        Optional<String> routes = first(pc, "routes");
        if (routes.isEmpty() || !Files.isDirectory(Path.of(routes.get()))) {
            return; // camel-main has already refused a folder that is not there, naming it
        }
        Path folder = Path.of(routes.get()).toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(f -> f.getFileName().toString().endsWith(".yaml"))) {
                LOG.warn("No *.yaml file in {}: no route will run", folder);
                return;
            }
        }
        LOG.info("Routes: every *.yaml in {}", folder);
    }

    private static Optional<String> first(PropertiesComponent pc, String... keys) {
        for (String key : keys) {
            Optional<String> value = pc.resolveProperty(key).map(String::trim).filter(v -> !v.isEmpty());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
