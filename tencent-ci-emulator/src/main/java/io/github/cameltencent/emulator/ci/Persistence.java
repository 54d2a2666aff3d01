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
