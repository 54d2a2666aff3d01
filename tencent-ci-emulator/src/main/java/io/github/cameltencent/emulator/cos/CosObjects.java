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

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.github.cameltencent.emulator.ServiceError;
import io.github.cameltencent.emulator.http.HttpRequest;
import io.github.cameltencent.emulator.http.HttpResponse;

/** The COS objects room: PUT, GET (with a single Range), HEAD and DELETE of objects, answered the COS way. */
public final class CosObjects {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final ObjectStore objects;

    public CosObjects(ObjectStore objects) {
        this.objects = objects;
    }

    public HttpResponse put(String bucket, HttpRequest r) {
        StoredObject o = objects.put(bucket, key(r), r.body(), r.header("Content-Type"));
        return HttpResponse.of(200).header("ETag", "\"" + o.md5() + "\"");
    }

    public HttpResponse delete(String bucket, HttpRequest r) {
        objects.delete(bucket, key(r));
        return HttpResponse.of(204);
    }

    public HttpResponse get(String bucket, HttpRequest r) {
        return objectResponse(find(bucket, r), r.header("Range"));
    }

    public HttpResponse head(String bucket, HttpRequest r) {
        return objectResponse(find(bucket, r), r.header("Range")).withoutBody();
    }

    private StoredObject find(String bucket, HttpRequest r) {
        StoredObject o = objects.get(bucket, key(r));
        if (o == null) {
            throw new ServiceError(404, "NoSuchKey", "The specified key does not exist.");
        }
        return o;
    }

    private static String key(HttpRequest r) {
        return r.path().substring(1);
    }

    private static HttpResponse objectResponse(StoredObject o, String range) {
        return ranged(o.data(), o.contentType(), range).header("ETag", "\"" + o.md5() + "\"")
                .header("Last-Modified", HTTP_DATE.format(o.lastModified().atOffset(ZoneOffset.UTC)));
    }

    /**
     * The bytes, or the single range of them a {@code Range: bytes=...} header asks for (206 with Content-Range);
     * several ranges are answered whole, as COS does. Throws 416 InvalidRange for a range outside the data.
     */
    public static HttpResponse ranged(byte[] data, String contentType, String range) {
        int status = 200;
        String contentRange = null;
        if (range != null && range.startsWith("bytes=") && !range.contains(",")) {
            String spec = range.substring(6).trim();
            int dash = spec.indexOf('-');
            long start;
            long end;
            try {
                if (dash < 0) {
                    throw new NumberFormatException();
                } else if (dash == 0) {
                    long suffix = Long.parseLong(spec.substring(1));
                    start = Math.max(0, data.length - suffix);
                    end = data.length - 1;
                } else {
                    start = Long.parseLong(spec.substring(0, dash));
                    end = dash == spec.length() - 1 ? data.length - 1
                            : Math.min(Long.parseLong(spec.substring(dash + 1)), data.length - 1);
                }
            } catch (NumberFormatException e) {
                throw new ServiceError(416, "InvalidRange", "the Range header is not valid");
            }
            if (start >= data.length || start > end) {
                throw new ServiceError(416, "InvalidRange", "The requested range is not satisfiable");
            }
            byte[] part = new byte[(int) (end - start + 1)];
            System.arraycopy(data, (int) start, part, 0, part.length);
            contentRange = "bytes " + start + "-" + end + "/" + data.length;
            data = part;
            status = 206;
        }
        return HttpResponse.bytes(status, data, contentType).header("Accept-Ranges", "bytes")
                .header("Content-Range", contentRange);
    }
}
