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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A deliberately small HTTP/1.1 server over blocking sockets. Written here rather than taken from the JDK because
 * the emulator must be able to reset a connection at a chosen moment (before or after a request is applied), which
 * no embedded server API exposes. Keep-alive, Content-Length and chunked bodies, and 100-continue are supported;
 * one pooled thread serves one connection, and nothing is locked across connections.
 *
 * <p>Because a connection holds a thread, slow clients are bounded twice: at most {@code maxConnections} are
 * served at once (one more gets 503 ServiceUnavailable and is closed), and a request head (TLS handshake, request
 * line and headers) must arrive within {@code headerTimeoutMillis} of its first byte, however it trickles in.
 */
public final class MiniHttpServer implements AutoCloseable {

    /** The server's bounds; see the class comment. */
    public record Limits(int maxThreads, int maxConnections, long maxBodyBytes, int idleTimeoutMillis,
                         int headerTimeoutMillis) {
    }

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final HttpHandler handler;
    private final long maxBodyBytes;
    private final int idleTimeoutMillis;
    private final int headerTimeoutMillis;
    private final int maxConnections;
    private final boolean tls;
    private final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket serverSocket;
    private final ThreadPoolExecutor pool;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean running = true;

    /** Serves plain HTTP, or HTTPS when {@code tls} is given. */
    public MiniHttpServer(InetAddress bindAddress, int port, Limits limits, SSLContext tls, HttpHandler handler)
            throws IOException {
        this.handler = handler;
        this.maxBodyBytes = limits.maxBodyBytes();
        this.idleTimeoutMillis = limits.idleTimeoutMillis();
        this.headerTimeoutMillis = limits.headerTimeoutMillis();
        this.maxConnections = limits.maxConnections();
        this.tls = tls != null;
        this.serverSocket = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        this.serverSocket.setReuseAddress(true);
        this.serverSocket.bind(new InetSocketAddress(bindAddress, port), 1024);
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(limits.maxThreads(), limits.maxConnections());
        this.pool = new ThreadPoolExecutor(Math.min(8, threads), threads, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
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
            if (connections.incrementAndGet() > maxConnections) {
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
                // every worker is busy: refuse this connection rather than queue it without bound
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
                socket.setSoTimeout(headerTimeoutMillis);
                ssl.startHandshake();
            }
            DeadlineInputStream deadline = new DeadlineInputStream(socket);
            InputStream in = new BufferedInputStream(deadline, 16 * 1024);
            OutputStream out = socket.getOutputStream();
            while (running) {
                String requestLine;
                try {
                    // waiting for the next request is idle time; once its first byte is here the head deadline runs
                    deadline.idle(idleTimeoutMillis);
                    int first = in.read();
                    if (first < 0) {
                        return;
                    }
                    deadline.arm(headerTimeoutMillis);
                    requestLine = readLine(in, first);
                } catch (SocketTimeoutException idleOrSlow) {
                    return;
                } catch (BadRequestLineTooLong e) {
                    write(out, handler.malformed(400, "InvalidArgument", "request line too long"), false, false);
                    return;
                }
                if (requestLine == null) {
                    return;
                }
                if (requestLine.isEmpty()) {
                    continue; // tolerate stray CRLF between requests
                }
                HttpResponse response;
                boolean keepAlive;
                boolean head = false;
                try {
                    String[] parts = requestLine.split(" ");
                    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
                        throw new BadRequest(400, "InvalidArgument", "malformed request line");
                    }
                    String method = parts[0];
                    head = "HEAD".equals(method);
                    Map<String, String> headers = readHeaders(in);
                    // the head is complete: the body is paced by the idle timeout per read, as before
                    deadline.idle(idleTimeoutMillis);
                    String connection = headers.getOrDefault("Connection", "");
                    keepAlive = parts[2].equals("HTTP/1.1") ? !connection.equalsIgnoreCase("close")
                            : connection.equalsIgnoreCase("keep-alive");
                    if ("100-continue".equalsIgnoreCase(headers.get("Expect"))) {
                        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    byte[] body = readBody(in, headers);
                    HttpRequest request = new HttpRequest(method, parts[1], headers, body);
                    response = handle(request);
                } catch (BadRequest e) {
                    response = handler.malformed(e.status, e.code, e.getMessage());
                    keepAlive = false;
                } catch (BadRequestLineTooLong e) {
                    response = handler.malformed(400, "InvalidArgument", "request header line too long");
                    keepAlive = false;
                }
                if (response.isReset()) {
                    reset(socket);
                    return;
                }
                write(out, response, head, keepAlive);
                if (!keepAlive) {
                    return;
                }
            }
        } catch (SocketException | SocketTimeoutException e) {
            // the client went away; nothing to answer
        } catch (IOException e) {
            // same
        } finally {
            open.remove(socket);
            closeQuietly(socket);
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
                write(s.getOutputStream(), handler.malformed(503, "ServiceUnavailable",
                        "too many connections: the emulator serves " + maxConnections + " at once"), false, false);
            } catch (IOException | RuntimeException ignored) {
                // the client is gone already
            }
        }
        closeQuietly(s);
    }

    /**
     * Socket input with two pacing modes: idle (each read may wait up to the idle timeout) and armed (all reads
     * together must finish before a deadline). Armed reads shrink the socket timeout to what is left.
     */
    private static final class DeadlineInputStream extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private long deadlineNanos;
        private int idleMillis;

        DeadlineInputStream(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        void idle(int millis) throws SocketException {
            this.deadlineNanos = 0;
            this.idleMillis = millis;
            socket.setSoTimeout(millis);
        }

        void arm(int millis) {
            this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        }

        private void pace() throws IOException {
            if (deadlineNanos == 0) {
                return;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("request head not complete in time");
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

    private static final class BadRequest extends Exception {
        final int status;
        final String code;

        BadRequest(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private Map<String, String> readHeaders(InputStream in) throws IOException, BadRequest {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int total = 0;
        while (true) {
            String line = readLine(in);
            if (line == null) {
                throw new SocketException("connection closed inside headers");
            }
            if (line.isEmpty()) {
                return headers;
            }
            total += line.length();
            if (total > MAX_HEADER_BYTES || headers.size() >= MAX_HEADERS) {
                throw new BadRequest(400, "InvalidArgument", "request headers too large");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BadRequest(400, "InvalidArgument", "malformed header line");
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + "," + b);
        }
    }

    private byte[] readBody(InputStream in, Map<String, String> headers) throws IOException, BadRequest {
        String te = headers.get("Transfer-Encoding");
        if (te != null && te.toLowerCase().contains("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                if (sizeLine == null) {
                    throw new SocketException("connection closed inside chunked body");
                }
                int semi = sizeLine.indexOf(';');
                int size;
                try {
                    size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new BadRequest(400, "InvalidArgument", "malformed chunk size");
                }
                if (size == 0) {
                    while (true) { // trailers
                        String t = readLine(in);
                        if (t == null || t.isEmpty()) {
                            break;
                        }
                    }
                    return body.toByteArray();
                }
                if (size < 0 || body.size() + (long) size > maxBodyBytes) {
                    throw new BadRequest(413, "InvalidContent", "request body too large");
                }
                body.write(in.readNBytes(size));
                readLine(in);
            }
        }
        String cl = headers.get("Content-Length");
        if (cl == null) {
            return new byte[0];
        }
        long length;
        try {
            length = Long.parseLong(cl.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "InvalidArgument", "malformed Content-Length");
        }
        if (length < 0) {
            throw new BadRequest(400, "InvalidArgument", "malformed Content-Length");
        }
        if (length > maxBodyBytes) {
            throw new BadRequest(413, "InvalidContent", "request body too large");
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            throw new SocketException("connection closed inside body");
        }
        return body;
    }

    /** Reads one CRLF- (or LF-) terminated line as ISO-8859-1; null at end of stream before any byte. */
    private static String readLine(InputStream in) throws IOException, BadRequestLineTooLong {
        return readLine(in, -1);
    }

    /** As {@link #readLine(InputStream)}, with the line's first byte already read ({@code first}, or -1). */
    private static String readLine(InputStream in, int first) throws IOException, BadRequestLineTooLong {
        StringBuilder sb = new StringBuilder(64);
        int b;
        boolean any = false;
        while ((b = first >= 0 ? first : in.read()) != -1) {
            first = -1;
            any = true;
            if (b == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw new BadRequestLineTooLong();
            }
            sb.append((char) b);
        }
        return any ? sb.toString() : null;
    }

    private static final class BadRequestLineTooLong extends IOException {
    }

    private static void write(OutputStream out, HttpResponse r, boolean head, boolean keepAlive) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        sb.append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
        boolean hasDate = false;
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            hasDate |= h.getKey().equalsIgnoreCase("Date");
        }
        if (!hasDate) {
            sb.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        }
        boolean noBody = head || r.isBodyless() || r.status() == 204 || r.status() == 304;
        if (r.header("Content-Length") == null && r.status() != 204 && r.status() != 304) {
            sb.append("Content-Length: ").append(r.body().length).append("\r\n");
        }
        sb.append("Server: tencent-ci\r\n");
        sb.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        byte[] head1 = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (noBody || r.body().length == 0) {
            out.write(head1);
        } else {
            byte[] all = new byte[head1.length + r.body().length];
            System.arraycopy(head1, 0, all, 0, head1.length);
            System.arraycopy(r.body(), 0, all, head1.length, r.body().length);
            out.write(all);
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 206 -> "Partial Content";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Payload Too Large";
            case 416 -> "Range Not Satisfiable";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
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
