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

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.quarkus.core.deployment.spi.CamelServiceDestination;
import org.apache.camel.quarkus.core.deployment.spi.CamelServicePatternBuildItem;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.pkg.builditem.CurateOutcomeBuildItem;
import io.quarkus.maven.dependency.ResolvedDependency;
import io.quarkus.paths.PathFilter;

/**
 * Build-time registration for the tencent-tts component. Camel Quarkus core already resolves the component's
 * {@code META-INF/services/org/apache/camel/{component,configurer,urifactory}} files at build time (and registers
 * their classes for reflection) once the jar is an indexed application archive; what it cannot know is what
 * Jackson binds at run time and which plain resources the component reads.
 */
class TencentTtsProcessor {

    static final String FEATURE = "camel-tencent-tts";

    static final String GROUP_ID = "io.github.cameltencent";
    static final String ARTIFACT_ID = "camel-tencent-tts";

    /** Everything Jackson's XmlMapper reads and writes: the service's request and answer bodies. */
    static final String MODEL_PACKAGE = "io.github.cameltencent.tts.model";

    /**
     * Resources of the component jar read at run time: the catalog JSON (the component's JSON schema, as Camel's
     * runtime catalog and tooling look it up) and the Kamelets (loaded by name from the classpath by camel-kamelet).
     */
    static final List<String> RESOURCE_GLOBS = List.of("META-INF/io/github/cameltencent/tts/*.json",
            "kamelets/*.kamelet.yaml");

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * The component jar carries a Jandex index (camel-component-maven-plugin writes it), but an application that
     * only depends on it would not have it scanned; naming it makes it an application archive, so core finds its
     * service files and the model classes below are in the combined index.
     */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem(GROUP_ID, ARTIFACT_ID);
    }

    /**
     * Core's default patterns leave out dev consoles (camel-quarkus-console adds them); ours is included so that it
     * is found, and reflectively instantiable, when a console is on.
     */
    @BuildStep
    CamelServicePatternBuildItem devConsoleService() {
        return new CamelServicePatternBuildItem(CamelServiceDestination.DISCOVERY, true,
                "META-INF/services/org/apache/camel/dev-console/tencent-tts");
    }

    /**
     * Jackson binds the model through its constructors, getters, setters and fields. A subclass declared outside the
     * package is still read and written as a model type, so subclasses are registered too.
     */
    @BuildStep
    ReflectiveClassBuildItem modelReflection(CombinedIndexBuildItem combinedIndex) {
        IndexView index = combinedIndex.getIndex();
        Set<String> names = new TreeSet<>();
        for (ClassInfo c : index.getClassesInPackage(DotName.createSimple(MODEL_PACKAGE))) {
            names.add(c.name().toString());
            for (ClassInfo sub : index.getAllKnownSubclasses(c.name())) {
                names.add(sub.name().toString());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no class of " + MODEL_PACKAGE + " is in the index: is "
                    + GROUP_ID + ":" + ARTIFACT_ID + " on the class path?");
        }
        return ReflectiveClassBuildItem.builder(names).constructors().methods().fields()
                .reason(TencentTtsProcessor.class.getName()).build();
    }

    @BuildStep
    NativeImageResourceBuildItem nativeResources(CurateOutcomeBuildItem curateOutcome) {
        ResolvedDependency component = curateOutcome.getApplicationModel().getDependencies().stream()
                .filter(d -> GROUP_ID.equals(d.getGroupId()) && ARTIFACT_ID.equals(d.getArtifactId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(GROUP_ID + ":" + ARTIFACT_ID
                        + " is not among the application's dependencies"));
        // walked here rather than through NativeImageResourceBuildItem.ofDependencyResources, which names the
        // files of a directory (a reactor build's target/classes) by their absolute path instead of the resource's
        List<String> resources = new ArrayList<>();
        component.getContentTree(PathFilter.forIncludes(RESOURCE_GLOBS)).walk(visit -> {
            if (!Files.isDirectory(visit.getPath())) {
                resources.add(visit.getRelativePath("/"));
            }
        });
        if (resources.stream().noneMatch(r -> r.endsWith("/tencent-tts.json"))) {
            throw new IllegalStateException("the catalog JSON tencent-tts.json is missing from " + component);
        }
        return new NativeImageResourceBuildItem(resources);
    }
}
