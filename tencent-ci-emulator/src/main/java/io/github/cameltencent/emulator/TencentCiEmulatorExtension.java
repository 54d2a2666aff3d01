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
package io.github.cameltencent.emulator;

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one emulator per test class, started before the first test and stopped after the last.
 *
 * <pre>
 * &#64;RegisterExtension
 * static TencentCiEmulatorExtension emulator = TencentCiEmulatorExtension.withCredential("AKID...", "secret");
 * </pre>
 * Test methods may also declare a {@link TencentCiEmulator} parameter.
 */
public final class TencentCiEmulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final TencentCiEmulator.Builder builder;
    private TencentCiEmulator emulator;

    public TencentCiEmulatorExtension() {
        this(TencentCiEmulator.builder().credential("AKIDEXAMPLE", "EXAMPLESECRETKEY"));
    }

    public TencentCiEmulatorExtension(TencentCiEmulator.Builder builder) {
        this.builder = builder;
    }

    public static TencentCiEmulatorExtension withCredential(String secretId, String secretKey) {
        return new TencentCiEmulatorExtension(TencentCiEmulator.builder().credential(secretId, secretKey));
    }

    /** Further settings before start, e.g. {@code ext.configure(b -> b.processingTime(Duration.ZERO))}. */
    public TencentCiEmulatorExtension configure(Consumer<TencentCiEmulator.Builder> settings) {
        settings.accept(builder);
        return this;
    }

    public TencentCiEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator starts before the first test of the class");
        }
        return emulator;
    }

    public String baseUrl() {
        return emulator().baseUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = builder.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == TencentCiEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return emulator();
    }
}
