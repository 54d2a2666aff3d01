package io.github.cameltencent.examples.springboot;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.github.cameltencent.emulator.TencentCiEmulator;

/**
 * Without Tencent credentials (and unless tts.embedded-emulator=false) the service starts the emulator before
 * Spring configures Camel, and points the component at it: the example runs offline.
 */
public class EmbeddedEmulator implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.getProperty("TENCENTCLOUD_SECRET_ID") != null
                || !env.getProperty("tts.embedded-emulator", Boolean.class, true)) {
            return;
        }
        String id = "AKIDSPRING" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String key = UUID.randomUUID().toString();
        TencentCiEmulator emulator = TencentCiEmulator.builder().credential(id, key).start();
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        env.getPropertySources().addFirst(new MapPropertySource("embedded-tencent-ci-emulator", Map.of(
                "camel.component.tencent-tts.secret-id", id,
                "camel.component.tencent-tts.secret-key", key,
                "camel.component.tencent-tts.endpoint-override", emulator.baseUrl())));
    }
}
