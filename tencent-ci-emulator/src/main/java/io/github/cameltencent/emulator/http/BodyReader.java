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
package io.github.cameltencent.emulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;

/** Reads a request body as its {@link Framing} says, within the size limit, strictly as RFC 9112 §7.1 writes. */
final class BodyReader {

    /** Trailer fields are read and dropped; this bounds what a client may send there. */
    static final int MAX_TRAILER_BYTES = 8 * 1024;
    static final int MAX_TRAILERS = 32;
    private static final int MAX_CHUNK_LINE = 1024;

    private BodyReader() {
    }

    static byte[] read(InputStream in, Framing framing, long maxBodyBytes) throws IOException, HttpProtocolException {
        return switch (framing.kind()) {
            case NONE -> new byte[0];
            case LENGTH -> exactly(in, (int) framing.length());
            case CHUNKED -> chunked(in, maxBodyBytes);
        };
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] body = in.readNBytes(length);
        if (body.length != length) {
            throw new SocketException("connection closed inside the body");
        }
        return body;
    }

    private static byte[] chunked(InputStream in, long maxBodyBytes) throws IOException, HttpProtocolException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = HttpSyntax.readLine(in, -1, MAX_CHUNK_LINE, 400);
            if (line == null) {
                throw new SocketException("connection closed inside the chunked body");
            }
            long size = chunkSize(line);
            if (size == 0) {
                HttpSyntax.readFields(in, MAX_TRAILER_BYTES, MAX_TRAILERS);
                return body.toByteArray();
            }
            if (body.size() + size > maxBodyBytes) {
                throw new HttpProtocolException(413, "EntityTooLarge", "the chunked body is larger than the limit "
                        + "of " + maxBodyBytes + " bytes");
            }
            body.write(exactly(in, (int) size));
            int cr = in.read();
            int lf = in.read();
            if (cr != '\r' || lf != '\n') {
                throw HttpProtocolException.badRequest("a chunk's data is not followed by CRLF");
            }
        }
    }

    /** {@code 1*HEXDIG [ chunk-ext ]}: no sign, no prefix, no whitespace before the digits. */
    private static long chunkSize(String line) throws HttpProtocolException {
        int i = 0;
        while (i < line.length() && Character.digit(line.charAt(i), 16) >= 0 && line.charAt(i) < 0x80) {
            i++;
        }
        if (i == 0 || i > 15) {
            throw HttpProtocolException.badRequest("malformed chunk size");
        }
        String ext = line.substring(i);
        if (!ext.isEmpty() && (!HttpSyntax.trimWhitespace(ext).startsWith(";") || !HttpSyntax.isFieldValue(ext))) {
            throw HttpProtocolException.badRequest("malformed chunk size");
        }
        return Long.parseLong(line.substring(0, i), 16);
    }
}
