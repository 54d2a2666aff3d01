package io.github.cameltencent.emulator.cos;

import java.time.Instant;

/** One object in the emulator's COS store. {@code md5} is lower-case hex, as in ETag and Md5Info. */
public record StoredObject(String bucket, String key, byte[] data, String contentType, String md5,
                           Instant lastModified) {

    public long size() {
        return data.length;
    }
}
