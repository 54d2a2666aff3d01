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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A deliberately small, strict HTTP/1.1 server over blocking sockets. Written here rather than taken from the JDK
 * or a library because the emulator must reset a connection at a chosen moment (before or after a request is
 * applied), keep the raw path for signatures, and add nothing to its users' test classpaths. Strict because a
 * client whose framing only this server accepts would pass its tests and fail against the real service: the
 * rules are RFC 9112's, read by {@link RequestHead}, {@link Framing} and {@link BodyReader}.
 *
 * <p>One thread serves one connection, and its bounds are: {@code maxConnections} at once (one more is answered
 * 503 and closed); a request head within {@code headerTimeoutMillis} of its first byte however it trickles; a
 * body within {@code bodyTimeoutMillis} (408 after); {@code idleTimeoutMillis} between requests and per read;
 * {@code maxBodyBytes} per body; and at most {@code maxThreads} requests reading their bodies and being handled
 * at once, which bounds the memory bodies take to {@code maxThreads × maxBodyBytes}. Heads are read on their
 * connection's thread: threads idle in a blocking read cost little, so a few hundred slow heads are cheaper to
 * absorb with a high connection cap than with a non-blocking reader (see the README's measurement).
 */
public final class MiniHttpServer implements AutoCloseable {

    /** The server's bounds; see the class comment. */
    public record Limits(int maxThreads, int maxConnections, long maxBodyBytes, int idleTimeoutMillis,
                         int headerTimeoutMillis, int bodyTimeoutMillis) {

        /** Without a body deadline of its own: the body gets as long as the idle timeout. */
        public Limits(int maxThreads, int maxConnections, long maxBodyBytes, int idleTimeoutMillis,
                      int headerTimeoutMillis) {
            this(maxThreads, maxConnections, maxBodyBytes, idleTimeoutMillis, headerTimeoutMillis, idleTimeoutMillis);
        }
    }

    private static final int LINGER_MILLIS = 1000;
    private static final int LINGER_BYTES = 1024 * 1024;

    private final HttpHandler handler;
    private final Limits limits;
    private final boolean tls;
    private final AtomicInteger connections = new AtomicInteger();
    private final Semaphore handling;
    private final ServerSocket serverSocket;
    private final ThreadPoolExecutor pool;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean running = true;

    /** Serves plain HTTP, or HTTPS when {@code tls} is given. */
    public MiniHttpServer(InetAddress bindAddress, int port, Limits limits, SSLContext tls, HttpHandler handler)
            throws IOException {
        this.handler = handler;
        this.limits = limits;
        this.tls = tls != null;
        this.handling = new Semaphore(Math.max(1, limits.maxThreads()));
        this.serverSocket = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        this.serverSocket.setReuseAddress(true);
        this.serverSocket.bind(new InetSocketAddress(bindAddress, port), 1024);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(Math.min(8, limits.maxConnections()), limits.maxConnections(), 30,
                TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "ci-emulator-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "ci-emulator-acceptor");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (running) {
            Socket s;
            try {
                s = serverSocket.accept();
            } catch (IOException e) {
                if (!running) {
                    return;
                }
                continue;
            }
            if (connections.incrementAndGet() > limits.maxConnections()) {
                connections.decrementAndGet();
                refuse(s);
                continue;
            }
            try {
                pool.execute(() -> {
                    try {
                        serve(s);
                    } finally {
                        connections.decrementAndGet();
                    }
                });
            } catch (RuntimeException rejected) {
                connections.decrementAndGet();
                refuse(s);
            }
        }
    }

    private void serve(Socket socket) {
        open.add(socket);
        try {
            socket.setTcpNoDelay(true);
            if (socket instanceof SSLSocket ssl) {
                // the handshake is part of the head: a client may not hold a worker by stalling it
                socket.setSoTimeout(limits.headerTimeoutMillis());
                ssl.startHandshake();
            }
            PacedInput paced = new PacedInput(socket);
            InputStream in = new BufferedInputStream(paced, 16 * 1024);
            OutputStream out = socket.getOutputStream();
            while (running && exchange(socket, paced, in, out)) {
                // next request on the same connection
            }
        } catch (IOException e) {
            // the client went away, or missed a deadline while sending its head: nothing to answer
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    /** Serves one request; false when the connection must end. */
    private boolean exchange(Socket socket, PacedInput paced, InputStream in, OutputStream out) throws IOException {
        // waiting for the next request is idle time; once its first byte is here the head deadline runs
        paced.idle(limits.idleTimeoutMillis());
        int first = in.read();
        if (first < 0) {
            return false;
        }
        paced.arm(limits.headerTimeoutMillis(), "request head");
        RequestHead head;
        Framing framing;
        try {
            head = RequestHead.read(in, first);
            if (head == null) {
                return true;
            }
            framing = Framing.of(head, limits.maxBodyBytes());
            String expect = head.header("Expect");
            if (expect != null && !expect.equalsIgnoreCase("100-continue")) {
                throw new HttpProtocolException(417, "InvalidArgument", "the only expectation served is "
                        + "100-continue");
            }
        } catch (HttpProtocolException e) {
            ResponseWriter.write(out, handler.malformed(e.status(), e.code(), e.getMessage()), false, false);
            return false;
        }
        boolean keepAlive = head.clientKeepsAlive() && !framing.closeAfter();
        boolean isHead = "HEAD".equals(head.method());
        if (head.header("Expect") != null && framing.hasBody()) {
            // whatever can be refused from the head alone is refused before the client sends the body
            HttpResponse early = preflight(head.toRequest(new byte[0]));
            if (early != null) {
                return answer(socket, out, early, isHead, false);
            }
            out.write(ResponseWriter.CONTINUE);
            out.flush();
        }
        HttpResponse response;
        if (!acquire()) {
            response = handler.malformed(503, "ServiceUnavailable", "the emulator is handling " + limits.maxThreads()
                    + " requests already");
            return answer(socket, out, response, isHead, false);
        }
        try {
            paced.arm(limits.bodyTimeoutMillis(), "request body");
            byte[] body;
            try {
                body = BodyReader.read(in, framing, limits.maxBodyBytes());
            } catch (HttpProtocolException e) {
                return answer(socket, out, handler.malformed(e.status(), e.code(), e.getMessage()), isHead, false);
            } catch (SocketTimeoutException slow) {
                return answer(socket, out, handler.malformed(408, "RequestTimeout", "the request body did not "
                        + "arrive within " + limits.bodyTimeoutMillis() + " ms"), isHead, false);
            }
            paced.idle(limits.idleTimeoutMillis());
            response = handle(head.toRequest(body));
        } finally {
            handling.release();
        }
        return answer(socket, out, response, isHead, keepAlive);
    }

    private boolean acquire() {
        try {
            return handling.tryAcquire(limits.idleTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean answer(Socket socket, OutputStream out, HttpResponse response, boolean head,
                                  boolean keepAlive) throws IOException {
        if (response.isReset()) {
            reset(socket);
            return false;
        }
        ResponseWriter.write(out, response, head, keepAlive);
        if (!keepAlive) {
            lingeringClose(socket);
        }
        return keepAlive;
    }

    /**
     * Closes the sending side and reads (and drops) what the client still sends, for a moment, before the socket
     * is closed: closing with unread input makes TCP send a reset, which can destroy the answer before the
     * client reads it (RFC 9112 §9.6), above all the answer to a request refused while its body was still coming.
     */
    private static void lingeringClose(Socket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(LINGER_MILLIS);
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[8192];
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
            int drained = 0;
            int n;
            while (drained < LINGER_BYTES && System.nanoTime() < deadline && (n = in.read(sink)) > 0) {
                drained += n;
            }
        } catch (IOException | RuntimeException ignored) {
            // the client closed first, or went quiet: either way the answer is on its way
        }
    }

    private HttpResponse preflight(HttpRequest head) {
        try {
            return handler.preflight(head);
        } catch (Throwable t) {
            return handler.malformed(500, "InternalError", "the emulator failed: " + t.getClass().getSimpleName());
        }
    }

    /** The handler must not throw; if it does anyway (even an Error), the client gets a 500, not a dead socket. */
    private HttpResponse handle(HttpRequest request) {
        try {
            return handler.handle(request);
        } catch (Throwable t) {
            return handler.malformed(500, "InternalError", "the emulator failed: " + t.getClass().getSimpleName());
        }
    }

    /**
     * Answers a connection beyond the cap with 503 ServiceUnavailable and closes it. The answer is small enough to
     * fit the socket's send buffer, so writing it never blocks the acceptor. A TLS connection is only closed: its
     * handshake would have to run on the acceptor thread.
     */
    private void refuse(Socket s) {
        if (!tls) {
            try {
                s.setSoLinger(true, 1);
                ResponseWriter.write(s.getOutputStream(), handler.malformed(503, "ServiceUnavailable",
                        "too many connections: the emulator serves " + limits.maxConnections() + " at once"),
                        false, false);
            } catch (IOException | RuntimeException ignored) {
                // the client is gone already
            }
        }
        closeQuietly(s);
    }

    /** An abortive close: the peer sees "connection reset", not an orderly end of stream. */
    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0);
        } catch (SocketException ignored) {
            // closing below still ends the connection
        }
        closeQuietly(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // stopping anyway
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
