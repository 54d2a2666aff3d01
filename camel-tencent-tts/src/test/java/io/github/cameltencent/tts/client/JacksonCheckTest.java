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
package io.github.cameltencent.tts.client;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** An older or mixed Jackson beside the component fails at start, with the fix, not at the first poll. */
class JacksonCheckTest {

    private static Version v(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "x");
    }

    @Test
    void theClasspathOfThisBuildPasses() {
        assertThatCode(JacksonCheck::verify).doesNotThrowAnyException();
    }

    @Test
    void cosApisOldDatabindBesideANewXmlModuleIsRefusedNamingTheBom() {
        assertThatThrownBy(() -> JacksonCheck.verify(v(2, 19, 2), v(2, 14, 1), v(2, 19, 2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jackson-databind 2.14.1")
                .hasMessageContaining("com.fasterxml.jackson:jackson-bom:2.19.x");
        assertThatThrownBy(() -> JacksonCheck.verify(v(2, 20, 0), v(2, 19, 2), v(2, 19, 2)))
                .hasMessageContaining("one release");
        assertThatCode(() -> JacksonCheck.verify(v(2, 21, 0), v(2, 21, 1), v(2, 21, 0))).doesNotThrowAnyException();
    }
}
