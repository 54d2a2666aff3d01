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
package io.github.cameltencent.tts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A forward proxy for plain-HTTP requests that demands Basic authentication and sends everything to one upstream
 * (the emulator). It records what it saw so a test can check that the client really went through it.
 */
final class TestProxy implements AutoCloseable {

    final List<String> requestLines = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final int upstreamPort;
    private final String expectedAuth;

    TestProxy(int upstreamPort, String user, String password) throws IOException {
        this.upstreamPort = upstreamPort;
        this.expectedAuth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::loop, "test-proxy");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void loop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "test-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String line = line(in);
                if (line == null || line.isEmpty()) {
                    return;
                }
                StringBuilder head = new StringBuilder();
                String auth = null;
                int length = 0;
                String h;
                while ((h = line(in)) != null && !h.isEmpty()) {
                    String lower = h.toLowerCase();
                    if (lower.startsWith("proxy-authorization:")) {
                        auth = h.substring(h.indexOf(':') + 1).trim();
                        continue;
                    }
                    if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(h.substring(h.indexOf(':') + 1).trim());
                    }
                    if (lower.startsWith("proxy-connection:") || lower.startsWith("connection:")) {
                        continue;
                    }
                    head.append(h).append("\r\n");
                }
                byte[] body = in.readNBytes(length);
                requestLines.add(line);
                if (!expectedAuth.equals(auth)) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\""
                            + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                authorizations.add(auth);
                String[] parts = line.split(" ");
                String target = parts[1];
                if (target.startsWith("http://")) {
                    int slash = target.indexOf('/', 7);
                    target = slash < 0 ? "/" : target.substring(slash);
                }
                try (Socket up = new Socket("127.0.0.1", upstreamPort)) {
                    OutputStream uo = up.getOutputStream();
                    uo.write((parts[0] + " " + target + " " + parts[2] + "\r\n" + head + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    uo.write(body);
                    uo.flush();
                    ByteArrayOutputStream response = new ByteArrayOutputStream();
                    up.getInputStream().transferTo(response);
                    out.write(response.toByteArray());
                    out.flush();
                }
                return; // upstream closed: close this connection too
            }
        } catch (IOException e) {
            // test proxy: a broken connection just ends
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return sb.toString().replace("\r", "");
            }
            sb.append((char) b);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
