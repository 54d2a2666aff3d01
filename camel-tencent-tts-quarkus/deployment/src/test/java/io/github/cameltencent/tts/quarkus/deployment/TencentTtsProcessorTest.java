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
package io.github.cameltencent.tts.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.camel.quarkus.core.deployment.spi.CamelServiceBuildItem;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cameltencent.tts.model.JobRequest;
import io.github.cameltencent.tts.model.JobResponse;
import io.github.cameltencent.tts.model.JobsDetail;
import io.github.cameltencent.tts.model.TtsTpl;
import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Native images cannot be built on this machine, so what a native build would be given is checked here: the build
 * items the processor hands to the native-image step, read back from a real Quarkus build.
 */
class TencentTtsProcessorTest {

    // the build runs in Quarkus's deployment class loader; system properties are what both sides share
    private static final String REFLECTIVE = "tencent-tts.test.reflective";
    private static final String RESOURCES = "tencent-tts.test.resources";
    private static final String FEATURES = "tencent-tts.test.features";
    private static final String SERVICES = "tencent-tts.test.services";

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class))
            .addBuildChainCustomizer(recordNativeRegistrations());

    private static Consumer<BuildChainBuilder> recordNativeRegistrations() {
        return chain -> chain.addBuildStep(TencentTtsProcessorTest::record)
                .consumes(ReflectiveClassBuildItem.class)
                .consumes(NativeImageResourceBuildItem.class)
                .consumes(FeatureBuildItem.class)
                .consumes(CamelServiceBuildItem.class)
                .produces(io.quarkus.deployment.builditem.GeneratedResourceBuildItem.class)
                .build();
    }

    private static void record(BuildContext context) {
        TreeSet<String> reflective = new TreeSet<>();
        for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
            if (item.isMethods() && item.isFields() && item.isConstructors()) {
                reflective.addAll(item.getClassNames());
            }
        }
        TreeSet<String> resources = new TreeSet<>();
        context.consumeMulti(NativeImageResourceBuildItem.class).forEach(i -> resources.addAll(i.getResources()));
        TreeSet<String> features = new TreeSet<>();
        context.consumeMulti(FeatureBuildItem.class).forEach(f -> features.add(f.getName()));
        TreeSet<String> services = new TreeSet<>();
        context.consumeMulti(CamelServiceBuildItem.class).forEach(c -> services.add(c.getPath() + "=" + c.getType()));
        System.setProperty(SERVICES, String.join(",", services));
        System.setProperty(REFLECTIVE, String.join(",", reflective));
        System.setProperty(RESOURCES, String.join(",", resources));
        System.setProperty(FEATURES, String.join(",", features));
        context.produce(new io.quarkus.deployment.builditem.GeneratedResourceBuildItem(
                "META-INF/tencent-tts-processor-test", new byte[0]));
    }

    private static List<String> recorded(String property) {
        String value = System.getProperty(property);
        assertThat(value).as(property + " (set by the recording build step)").isNotNull();
        return Arrays.asList(value.split(","));
    }

    @Test
    void theFeatureIsInstalled() {
        assertThat(recorded(FEATURES)).contains("camel-tencent-tts", "camel-core");
    }

    @Test
    void theComponentsConfigurersUriFactoryAndConsoleAreBuildTimeServices() {
        // resolved by Camel Quarkus core once the processor made the component jar an indexed application archive;
        // the component/tencent-tts file itself goes straight into the registry (no build item to read here: the
        // integration test resolving tencent-tts: URIs is what shows it)
        assertThat(recorded(SERVICES)).contains(
                "META-INF/services/org/apache/camel/configurer/tencent-tts-component="
                        + "io.github.cameltencent.tts.TencentTtsComponentConfigurer",
                "META-INF/services/org/apache/camel/configurer/tencent-tts-endpoint="
                        + "io.github.cameltencent.tts.TencentTtsEndpointConfigurer",
                "META-INF/services/org/apache/camel/urifactory/tencent-tts-endpoint="
                        + "io.github.cameltencent.tts.TencentTtsEndpointUriFactory",
                "META-INF/services/org/apache/camel/dev-console/tencent-tts="
                        + "io.github.cameltencent.tts.TencentTtsDevConsole");
    }

    @Test
    void everyModelClassJacksonBindsIsRegisteredForReflection() throws Exception {
        List<String> modelClasses = classesOfThePackageOf(JobsDetail.class);
        assertThat(modelClasses).contains(JobsDetail.class.getName(), JobRequest.class.getName(),
                JobResponse.class.getName(), TtsTpl.class.getName());
        assertThat(recorded(REFLECTIVE)).containsAll(modelClasses);
    }

    /** Every class (nested ones too) compiled into the package, read from the directory or jar that holds it. */
    private static List<String> classesOfThePackageOf(Class<?> type) throws Exception {
        URI uri = type.getResource(type.getSimpleName() + ".class").toURI();
        String packageName = type.getPackageName();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return classesIn(jar.getPath(packageName.replace('.', '/')), packageName);
            }
        }
        return classesIn(Path.of(uri).getParent(), packageName);
    }

    private static List<String> classesIn(Path directory, String packageName) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> packageName + "." + n.substring(0, n.length() - ".class".length()))
                    .sorted().toList();
        }
    }

    @Test
    void theCatalogJsonAndTheKameletsAreNativeResources() {
        assertThat(recorded(RESOURCES)).contains(
                "META-INF/io/github/cameltencent/tts/tencent-tts.json",
                "kamelets/tencent-tts-sink.kamelet.yaml",
                "kamelets/tencent-tts-source.kamelet.yaml");
    }
}
