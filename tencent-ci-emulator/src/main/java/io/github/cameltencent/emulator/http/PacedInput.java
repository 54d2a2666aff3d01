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

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Socket input with two pacing modes: idle (each read may wait up to the idle timeout) and armed (all reads
 * together must finish before a deadline, however the bytes trickle in). Armed reads shrink the socket timeout
 * to what is left, so a client sending one byte per second cannot stretch a deadline.
 */
final class PacedInput extends InputStream {

    private final Socket socket;
    private final InputStream in;
    private long deadlineNanos;
    private int idleMillis;
    private String what = "";

    PacedInput(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    void idle(int millis) throws SocketException {
        this.deadlineNanos = 0;
        this.idleMillis = millis;
        socket.setSoTimeout(millis);
    }

    /** From now on every read must be done within {@code millis}; {@code what} names it in the timeout. */
    void arm(long millis, String what) {
        this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        this.what = what;
    }

    private void pace() throws IOException {
        if (deadlineNanos == 0) {
            return;
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException(what + " not complete in time");
        }
        socket.setSoTimeout((int) Math.min(left, idleMillis));
    }

    @Override
    public int read() throws IOException {
        pace();
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        pace();
        return in.read(b, off, len);
    }
}
