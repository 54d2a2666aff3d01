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
