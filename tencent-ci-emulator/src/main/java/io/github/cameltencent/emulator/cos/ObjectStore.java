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
package io.github.cameltencent.emulator.cos;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Objects by bucket and key, in memory, optionally written through to a directory so they survive a restart.
 * Concurrent maps only: no lock is shared between requests.
 */
public final class ObjectStore {

    private final Map<String, Map<String, StoredObject>> buckets = new ConcurrentHashMap<>();
    private final Path dir;

    /** @param dir where to keep objects across restarts, or null for memory only */
    public ObjectStore(Path dir) {
        this.dir = dir;
        if (dir != null) {
            load();
        }
    }

    public StoredObject put(String bucket, String key, byte[] data, String contentType) {
        StoredObject o = new StoredObject(bucket, key, data, contentType == null ? "application/octet-stream"
                : contentType, md5Hex(data), Instant.now());
        buckets.computeIfAbsent(bucket, b -> new ConcurrentHashMap<>()).put(key, o);
        if (dir != null) {
            write(o);
        }
        return o;
    }

    public StoredObject get(String bucket, String key) {
        Map<String, StoredObject> b = buckets.get(bucket);
        return b == null ? null : b.get(key);
    }

    public boolean delete(String bucket, String key) {
        Map<String, StoredObject> b = buckets.get(bucket);
        boolean removed = b != null && b.remove(key) != null;
        if (removed && dir != null) {
            try {
                Path base = fileBase(bucket, key);
                Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".data"));
                Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".meta"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return removed;
    }

    public List<StoredObject> list(String bucket) {
        Map<String, StoredObject> b = buckets.get(bucket);
        return b == null ? List.of() : new ArrayList<>(b.values());
    }

    public List<StoredObject> all() {
        List<StoredObject> out = new ArrayList<>();
        buckets.values().forEach(b -> out.addAll(b.values()));
        return out;
    }

    public static String md5Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // keys may be long or contain any character: files are named by a hash, the key is kept in the .meta file
    private Path fileBase(String bucket, String key) {
        String h = md5Hex((bucket + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
        return dir.resolve("objects").resolve(h);
    }

    /**
     * Writes the data, then the metadata, each to a temporary file moved into place atomically, as
     * {@code Persistence} writes jobs: a crash leaves either the old file or the new one, never half of one, and
     * {@link #load()} skips an object whose data file is missing.
     */
    private void write(StoredObject o) {
        try {
            Path base = fileBase(o.bucket(), o.key());
            Files.createDirectories(base.getParent());
            Properties p = new Properties();
            p.setProperty("bucket", o.bucket());
            p.setProperty("key", o.key());
            p.setProperty("contentType", o.contentType());
            p.setProperty("lastModified", o.lastModified().toString());
            StringWriter meta = new StringWriter();
            p.store(meta, null);
            replace(base, ".data", o.data());
            replace(base, ".meta", meta.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path base, String suffix, byte[] content) throws IOException {
        Path target = base.resolveSibling(base.getFileName() + suffix);
        Path tmp = base.resolveSibling(base.getFileName() + suffix + ".tmp" + Thread.currentThread().getId());
        Files.write(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void load() {
        Path objects = dir.resolve("objects");
        if (!Files.isDirectory(objects)) {
            return;
        }
        try (Stream<Path> files = Files.list(objects)) {
            for (Path meta : files.filter(f -> f.toString().endsWith(".meta")).toList()) {
                Properties p = new Properties();
                try (var r = Files.newBufferedReader(meta)) {
                    p.load(r);
                }
                String name = meta.getFileName().toString();
                Path data = meta.resolveSibling(name.substring(0, name.length() - 5) + ".data");
                if (!Files.exists(data)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(data);
                StoredObject o = new StoredObject(p.getProperty("bucket"), p.getProperty("key"), bytes,
                        p.getProperty("contentType"), md5Hex(bytes), Instant.parse(p.getProperty("lastModified")));
                buckets.computeIfAbsent(o.bucket(), b -> new ConcurrentHashMap<>()).put(o.key(), o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
