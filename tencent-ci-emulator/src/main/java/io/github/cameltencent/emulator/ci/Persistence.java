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
package io.github.cameltencent.emulator.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.cameltencent.emulator.xml.XmlNode;

/** Keeps jobs, templates and queue settings as one XML file each, when the emulator has a data directory. */
final class Persistence {

    private final Path dir;

    Persistence(Path dir) {
        this.dir = dir;
    }

    boolean enabled() {
        return dir != null;
    }

    void save(String kind, String id, XmlNode node) {
        if (dir == null) {
            return;
        }
        try {
            Path folder = dir.resolve(kind);
            Files.createDirectories(folder);
            Path tmp = folder.resolve(id + ".tmp" + Thread.currentThread().getId());
            Files.write(tmp, node.toXmlBytes());
            // atomic so a crash never leaves half a job behind
            Files.move(tmp, folder.resolve(id + ".xml"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String kind, String id) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(kind).resolve(id + ".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<XmlNode> loadAll(String kind) {
        List<XmlNode> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir.resolve(kind))) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir.resolve(kind))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                try {
                    out.add(XmlNode.parse(Files.readAllBytes(f)));
                } catch (XmlNode.MalformedXmlException e) {
                    // a damaged file is skipped rather than stopping the emulator from starting
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
