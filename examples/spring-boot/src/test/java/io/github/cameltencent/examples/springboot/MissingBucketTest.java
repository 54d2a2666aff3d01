package io.github.cameltencent.examples.springboot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Credentials without a bucket: the start stops at once and says what to set, before Camel or the web server. */
class MissingBucketTest {

    @Test
    void credentialsWithoutABucketStopTheStartNamingTtsBucket() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() ->
                new SpringApplicationBuilder(TtsService.class).web(WebApplicationType.NONE).run(
                        "--TENCENTCLOUD_SECRET_ID=AKIDNOTUSED", "--TENCENTCLOUD_SECRET_KEY=x",
                        "--camel.component.tencent-tts.bucket=", "--tts.embedded-emulator=auto"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set TTS_BUCKET"));
    }
}
