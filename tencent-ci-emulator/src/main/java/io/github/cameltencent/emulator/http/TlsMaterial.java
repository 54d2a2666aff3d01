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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Enumeration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The emulator's TLS identity: a given PKCS12 key store, or a self-signed certificate it makes itself. The JDK has
 * no public API to issue a certificate (and its internal one needs --add-exports), so the certificate is encoded
 * here in DER by hand: a v3 certificate, EC P-256 key, ecdsa-with-SHA256, subjectAltName localhost, 127.0.0.1 and
 * ::1. Clients trust it through the PKCS12 trust store (or the PEM) written next to it.
 */
public final class TlsMaterial {

    /** Password of the written key store and trust store; they guard nothing secret (a local test identity). */
    public static final String STORE_PASSWORD = "changeit";
    public static final String KEYSTORE_FILE = "tencent-ci-emulator-keystore.p12";
    public static final String TRUSTSTORE_FILE = "tencent-ci-emulator-truststore.p12";
    public static final String CERTIFICATE_FILE = "tencent-ci-emulator-cert.pem";

    private static final String ALIAS = "tencent-ci-emulator";

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;
    private final Path truststore;
    private final Path certificatePem;

    private TlsMaterial(KeyStore keyStore, char[] password, X509Certificate certificate, Path truststore,
                        Path certificatePem) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
        this.truststore = truststore;
        this.certificatePem = certificatePem;
    }

    /**
     * What the emulator's TLS settings ask for: none without {@code tls}; the given key store; else the
     * self-signed identity in {@code dir}, in {@code dataDir/tls}, or in a fresh temporary directory.
     */
    public static TlsMaterial forSettings(boolean tls, Path keyStore, char[] password, Path dir, Path dataDir)
            throws IOException {
        if (!tls) {
            return null;
        }
        if (keyStore != null) {
            return load(keyStore, password);
        }
        return selfSigned(dir != null ? dir : dataDir != null ? dataDir.resolve("tls")
                : Files.createTempDirectory("tencent-ci-emulator-tls"));
    }

    /** Uses a key store the user brings (PKCS12, one private key entry). */
    public static TlsMaterial load(Path pkcs12, char[] password) {
        try (InputStream in = Files.newInputStream(pkcs12)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            X509Certificate cert = null;
            for (Enumeration<String> e = ks.aliases(); e.hasMoreElements(); ) {
                String alias = e.nextElement();
                if (ks.isKeyEntry(alias)) {
                    cert = (X509Certificate) ks.getCertificate(alias);
                    break;
                }
            }
            if (cert == null) {
                throw new IllegalArgumentException(pkcs12 + " holds no private key entry");
            }
            return new TlsMaterial(ks, password.clone(), cert, null, null);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the key store " + pkcs12 + ": " + e.getMessage(), e);
        }
    }

    /**
     * The self-signed identity kept in {@code dir}: made (and written with its trust store and PEM) on first use,
     * read back afterwards, so clients that trust it keep trusting the emulator across restarts.
     */
    public static TlsMaterial selfSigned(Path dir) {
        try {
            Files.createDirectories(dir);
            Path keystoreFile = dir.resolve(KEYSTORE_FILE);
            Path trustFile = dir.resolve(TRUSTSTORE_FILE);
            Path pemFile = dir.resolve(CERTIFICATE_FILE);
            char[] pw = STORE_PASSWORD.toCharArray();
            if (Files.isRegularFile(keystoreFile) && Files.isRegularFile(trustFile) && Files.isRegularFile(pemFile)) {
                TlsMaterial existing = load(keystoreFile, pw);
                return new TlsMaterial(existing.keyStore, pw, existing.certificate, trustFile, pemFile);
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = g.generateKeyPair();
            X509Certificate cert = selfSign(pair, "tencent-ci-emulator", Duration.ofDays(3650));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, pair.getPrivate(), pw, new X509Certificate[] {cert});
            KeyStore ts = KeyStore.getInstance("PKCS12");
            ts.load(null, null);
            ts.setCertificateEntry(ALIAS, cert);
            try (OutputStream out = Files.newOutputStream(keystoreFile)) {
                ks.store(out, pw);
            }
            try (OutputStream out = Files.newOutputStream(trustFile)) {
                ts.store(out, pw);
            }
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(pemFile, pem, StandardCharsets.US_ASCII);
            return new TlsMaterial(ks, pw, cert, trustFile, pemFile);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the emulator's TLS certificate in " + dir, e);
        }
    }

    public SSLContext sslContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, password);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The PKCS12 trust store written for clients (password {@value #STORE_PASSWORD}); null for a given key store. */
    public Path truststore() {
        return truststore;
    }

    /** The certificate as PEM; null for a given key store. */
    public Path certificatePem() {
        return certificatePem;
    }

    // ------------------------------------------------------------------ DER, just enough for one certificate

    private static final byte[] OID_ECDSA_SHA256 = oid(1, 2, 840, 10045, 4, 3, 2);
    private static final byte[] OID_COMMON_NAME = oid(2, 5, 4, 3);
    private static final byte[] OID_SUBJECT_ALT_NAME = oid(2, 5, 29, 17);
    private static final byte[] OID_BASIC_CONSTRAINTS = oid(2, 5, 29, 19);

    static X509Certificate selfSign(KeyPair pair, String commonName, Duration validity)
            throws GeneralSecurityException, IOException {
        byte[] algorithm = seq(OID_ECDSA_SHA256);
        byte[] name = seq(set(seq(OID_COMMON_NAME, tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
        Instant now = Instant.now();
        byte[] times = seq(utcTime(now.minus(Duration.ofDays(1))), utcTime(now.plus(validity)));
        byte[] san = seq(tlv(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)),
                tlv(0x87, new byte[] {127, 0, 0, 1}),
                tlv(0x87, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        byte[] extensions = tlv(0xa3, seq(
                seq(OID_BASIC_CONSTRAINTS, tlv(0x04, seq())),
                seq(OID_SUBJECT_ALT_NAME, tlv(0x04, san))));
        byte[] serial = tlv(0x02, new BigInteger(64, new SecureRandom()).add(BigInteger.ONE).toByteArray());
        byte[] tbs = seq(tlv(0xa0, tlv(0x02, new byte[] {2})), serial, algorithm, name, times, name,
                pair.getPublic().getEncoded(), extensions);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        PrivateKey key = pair.getPrivate();
        signer.initSign(key);
        signer.update(tbs);
        byte[] sig = signer.sign();
        byte[] bitString = new byte[sig.length + 1]; // leading 0: no unused bits
        System.arraycopy(sig, 0, bitString, 1, sig.length);
        byte[] der = seq(tbs, algorithm, tlv(0x03, bitString));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    private static byte[] utcTime(Instant t) {
        String s = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").format(t.atOffset(ZoneOffset.UTC));
        return tlv(0x17, s.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] oid(int... arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(arcs[0] * 40 + arcs[1]);
        for (int i = 2; i < arcs.length; i++) {
            int v = arcs[i];
            int shift = 28;
            boolean started = false;
            for (; shift > 0; shift -= 7) {
                int part = (v >>> shift) & 0x7f;
                if (part != 0 || started) {
                    out.write(part | 0x80);
                    started = true;
                }
            }
            out.write(v & 0x7f);
        }
        return tlv(0x06, out.toByteArray());
    }

    private static byte[] seq(byte[]... parts) {
        return tlv(0x30, concat(parts));
    }

    private static byte[] set(byte[]... parts) {
        return tlv(0x31, concat(parts));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        out.write(tag);
        int len = value.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else {
            out.write(0x82);
            out.write(len >>> 8);
            out.write(len & 0xff);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
