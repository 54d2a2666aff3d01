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
package io.github.cameltencent.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.github.cameltencent.emulator.auth.QSignature;
import io.github.cameltencent.emulator.xml.XmlNode;

/**
 * A test client over a raw socket: it can send exactly the bytes a test wants (real host names, malformed input)
 * and signs with the vector-checked {@link QSignature}. The Tencent SDK test proves the verifier independently.
 */
final class RawClient {

    static final String BUCKET = "examplebucket-1250000000";
    static final String REGION = "ap-guangzhou";
    static final String CI_HOST = BUCKET + ".ci." + REGION + ".myqcloud.com";
    static final String COS_HOST = BUCKET + ".cos." + REGION + ".myqcloud.com";

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        XmlNode xml() {
            try {
                return XmlNode.parse(body);
            } catch (XmlNode.MalformedXmlException e) {
                throw new AssertionError("not XML: " + text(), e);
            }
        }

        String header(String name) {
            return headers.get(name);
        }

        String errorCode() {
            return xml().get("Code");
        }
    }

    private final int port;
    private String secretId;
    private String secretKey;
    private String token;
    private long clockOffsetSeconds;
    private javax.net.ssl.SSLSocketFactory tls;

    RawClient(int port, String secretId, String secretKey) {
        this.port = port;
        this.secretId = secretId;
        this.secretKey = secretKey;
    }

    RawClient token(String t) {
        this.token = t;
        return this;
    }

    RawClient clockOffset(long seconds) {
        this.clockOffsetSeconds = seconds;
        return this;
    }

    /** Speak HTTPS through this factory, checking the certificate names 127.0.0.1 as browsers do. */
    RawClient tls(javax.net.ssl.SSLSocketFactory factory) {
        this.tls = factory;
        return this;
    }

    RawClient as(String id, String key) {
        this.secretId = id;
        this.secretKey = key;
        return this;
    }

    Response ci(String method, String target, String xmlBody) {
        return signed(method, CI_HOST, target, xmlBody == null ? null : xmlBody.getBytes(StandardCharsets.UTF_8),
                xmlBody == null ? null : "application/xml");
    }

    Response cos(String method, String key, byte[] body, String contentType, Map<String, String> extra) {
        return send(method, COS_HOST, "/" + key, body, contentType, extra, true);
    }

    Response signed(String method, String host, String target, byte[] body, String contentType) {
        return send(method, host, target, body, contentType, Map.of(), true);
    }

    Response unsigned(String method, String host, String target, byte[] body, String contentType) {
        return send(method, host, target, body, contentType, Map.of(), false);
    }

    Response send(String method, String host, String target, byte[] body, String contentType,
                  Map<String, String> extra, boolean sign) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        if (body != null) {
            headers.put("Content-Length", String.valueOf(body.length));
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
        } else if (method.equals("PUT") || method.equals("POST")) {
            headers.put("Content-Length", "0");
        }
        headers.putAll(extra);
        if (sign) {
            headers.put("Authorization", authorization(method, target, headers));
        }
        if (token != null) {
            headers.put("x-cos-security-token", token);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        sb.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            raw.writeBytes(body);
        }
        return exchange(raw.toByteArray(), method.equals("HEAD"));
    }

    String authorization(String method, String target, Map<String, String> headers) {
        int q = target.indexOf('?');
        String path = io.github.cameltencent.emulator.http.HttpRequest.percentDecode(q < 0 ? target
                : target.substring(0, q));
        List<QSignature.Pair> params = new ArrayList<>();
        if (q >= 0) {
            for (String part : target.substring(q + 1).split("&")) {
                int eq = part.indexOf('=');
                params.add(eq < 0 ? new QSignature.Pair(dec(part), "")
                        : new QSignature.Pair(dec(part.substring(0, eq)), dec(part.substring(eq + 1))));
            }
        }
        List<QSignature.Pair> signedHeaders = new ArrayList<>();
        headers.forEach((k, v) -> {
            String l = k.toLowerCase(Locale.ROOT);
            if (l.equals("host") || l.startsWith("content-") || l.startsWith("x-cos-") || l.equals("range")) {
                signedHeaders.add(new QSignature.Pair(k, v));
            }
        });
        long now = System.currentTimeMillis() / 1000 + clockOffsetSeconds;
        String keyTime = now + ";" + (now + 900);
        QSignature.Result r = QSignature.compute(secretKey, keyTime, method, path, params, signedHeaders);
        return "q-sign-algorithm=sha1&q-ak=" + secretId + "&q-sign-time=" + keyTime + "&q-key-time=" + keyTime
                + "&q-header-list=" + QSignature.nameList(signedHeaders) + "&q-url-param-list="
                + QSignature.nameList(params) + "&q-signature=" + r.signature();
    }

    private static String dec(String s) {
        return io.github.cameltencent.emulator.http.HttpRequest.percentDecode(s);
    }

    Response exchange(byte[] request, boolean head) {
        try (Socket s = open()) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            return read(s.getInputStream(), head);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Socket open() throws IOException {
        if (tls == null) {
            return new Socket("127.0.0.1", port);
        }
        javax.net.ssl.SSLSocket s = (javax.net.ssl.SSLSocket) tls.createSocket("127.0.0.1", port);
        javax.net.ssl.SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        s.setSSLParameters(p);
        s.startHandshake();
        return s;
    }

    static Response read(InputStream in, boolean head) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("connection closed without a response");
        }
        int code = Integer.parseInt(status.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String l;
        while ((l = line(in)) != null && !l.isEmpty()) {
            int c = l.indexOf(':');
            headers.put(l.substring(0, c).trim(), l.substring(c + 1).trim());
        }
        byte[] body = new byte[0];
        if (!head && headers.containsKey("Content-Length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("Content-Length")));
        }
        return new Response(code, headers, body);
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

    // ------------------------------------------------------------------ request bodies

    static String ttsJob(String text, String extraOperation, String extraRequest) {
        return "<Request><Tag>Tts</Tag>" + extraRequest + "<Operation><TtsTpl><Mode>Sync</Mode><Codec>mp3</Codec>"
                + "<VoiceType>ruxue</VoiceType><Volume>0</Volume><Speed>100</Speed></TtsTpl>"
                + "<TtsConfig><InputType>Text</InputType><Input>" + text + "</Input></TtsConfig>"
                + "<Output><Region>" + REGION + "</Region><Bucket>" + BUCKET + "</Bucket><Object>tts/out-"
                + System.nanoTime() + ".mp3</Object></Output>" + extraOperation + "</Operation></Request>";
    }

    static String job(String tpl, String text, String object) {
        return "<Request><Tag>Tts</Tag><Operation>" + tpl
                + "<TtsConfig><InputType>Text</InputType><Input>" + text + "</Input></TtsConfig>"
                + "<Output><Region>" + REGION + "</Region><Bucket>" + BUCKET + "</Bucket><Object>" + object
                + "</Object></Output></Operation></Request>";
    }
}
