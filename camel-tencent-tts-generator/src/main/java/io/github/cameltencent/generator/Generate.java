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
package io.github.cameltencent.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point the build runs (exec-maven-plugin, java goal):
 *
 * <pre>
 * component &lt;catalog.json&gt; &lt;generated java dir&gt; &lt;component page .adoc&gt; [--check]
 * starter   &lt;catalog.json | classpath:path&gt; &lt;generated java dir&gt; &lt;generated resources dir&gt; [--check]
 * </pre>
 *
 * Files are written only when their content changes, so an unchanged catalog leaves the tree untouched. With
 * {@code --check} (or {@code check}: {@code ./mvnw -B -ntp verify -Dgenerator.flags=check}) nothing is written and
 * the run fails when a committed file is stale, e.g. hand-edited or not regenerated after an annotation changed.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        // ${generator.flags} is empty (exec passes null) unless the build asks for check
        a.removeIf(s -> s == null || s.isBlank());
        boolean check = a.remove("--check") | a.remove("check");
        if (a.size() != 4) {
            throw new IllegalArgumentException("usage: component|starter <catalog> <out> <out2> [--check]");
        }
        Catalog catalog;
        try (InputStream in = open(a.get(1))) {
            catalog = Catalog.read(in);
        }
        List<String> stale = new ArrayList<>();
        switch (a.get(0)) {
            case "component" -> {
                Path java = Path.of(a.get(2));
                write(java.resolve(EndpointDslGenerator.PACKAGE.replace('.', '/'))
                        .resolve(EndpointDslGenerator.CLASS_NAME + ".java"), EndpointDslGenerator.generate(catalog),
                        check, stale);
                Path page = Path.of(a.get(3));
                String current = Files.readString(page, StandardCharsets.UTF_8);
                write(page, DocGenerator.update(current, catalog), check, stale);
            }
            case "starter" -> {
                Path pkg = Path.of(a.get(2)).resolve(StarterGenerator.PACKAGE.replace('.', '/'));
                write(pkg.resolve(StarterGenerator.CONFIGURATION + ".java"),
                        StarterGenerator.configurationClass(catalog), check, stale);
                write(pkg.resolve(StarterGenerator.CONVERTER + ".java"), StarterGenerator.converterClass(catalog),
                        check, stale);
                write(Path.of(a.get(3)).resolve(StarterGenerator.METADATA), StarterGenerator.metadata(catalog),
                        check, stale);
            }
            default -> throw new IllegalArgumentException("unknown target " + a.get(0));
        }
        if (check && !stale.isEmpty()) {
            throw new IllegalStateException("generated files are stale (run the build to regenerate them): "
                    + stale);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no " + resource + " on the classpath");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    private static void write(Path file, String content, boolean check, List<String> stale) throws IOException {
        boolean same = Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content);
        if (same) {
            return;
        }
        stale.add(file.toString());
        if (!check) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            System.out.println("camel-tencent-tts-generator: updated " + file);
        }
    }
}
