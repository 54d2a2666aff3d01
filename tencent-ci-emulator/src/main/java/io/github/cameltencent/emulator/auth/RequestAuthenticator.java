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
package io.github.cameltencent.emulator.auth;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.github.cameltencent.emulator.http.HttpRequest;

/**
 * Checks a request's q-sign-algorithm=sha1 signature the way the service documents it: the signed header and
 * parameter names come from the request itself (q-header-list, q-url-param-list), the path is the decoded one,
 * and the validity window is checked against the server clock.
 */
public final class RequestAuthenticator {

    /** The service refuses signatures that start further in the future than this, and Date headers this far off. */
    public static final long MAX_SKEW_SECONDS = 15 * 60;

    private final Map<String, Credential> credentials = new ConcurrentHashMap<>();
    private final LongSupplier clockSeconds;

    public RequestAuthenticator(LongSupplier clockSeconds) {
        this.clockSeconds = clockSeconds;
    }

    public void add(Credential c) {
        credentials.put(c.secretId(), c);
    }

    public void remove(String secretId) {
        credentials.remove(secretId);
    }

    public Map<String, Credential> credentials() {
        return Map.copyOf(credentials);
    }

    /** Returns the credential that signed the request, or throws the service's answer for why it did not. */
    public Credential authenticate(HttpRequest request) {
        Map<String, String> auth;
        String header = request.header("Authorization");
        boolean inQuery = false;
        if (header != null && !header.isBlank()) {
            auth = QSignature.parseAuthorization(header);
        } else if (request.hasParam("q-sign-algorithm")) {
            inQuery = true;
            auth = new java.util.HashMap<>();
            for (HttpRequest.Param p : request.params()) {
                if (p.name().startsWith("q-")) {
                    auth.put(p.name(), p.value() == null ? "" : p.value());
                }
            }
        } else {
            throw new AuthFailure(AuthFailure.Kind.MISSING, "the request carries no Authorization");
        }
        String algorithm = auth.get("q-sign-algorithm");
        String ak = auth.get("q-ak");
        String signTime = auth.get("q-sign-time");
        String keyTime = auth.get("q-key-time");
        String headerList = auth.get("q-header-list");
        String paramList = auth.get("q-url-param-list");
        String signature = auth.get("q-signature");
        if (algorithm == null || ak == null || signTime == null || keyTime == null || headerList == null
                || paramList == null || signature == null) {
            throw new AuthFailure(AuthFailure.Kind.MALFORMED,
                    "Authorization must carry q-sign-algorithm, q-ak, q-sign-time, q-key-time, q-header-list, "
                            + "q-url-param-list and q-signature");
        }
        if (!"sha1".equals(algorithm)) {
            throw new AuthFailure(AuthFailure.Kind.MALFORMED, "q-sign-algorithm must be sha1");
        }
        if (!signTime.equals(keyTime)) {
            throw new AuthFailure(AuthFailure.Kind.MALFORMED, "q-sign-time and q-key-time differ");
        }
        Credential credential = credentials.get(ak);
        if (credential == null) {
            throw new AuthFailure(AuthFailure.Kind.UNKNOWN_KEY, "the SecretId in the request is not known");
        }
        long start;
        long end;
        try {
            String[] t = keyTime.split(";");
            if (t.length != 2) {
                throw new NumberFormatException();
            }
            start = Long.parseLong(t[0].trim());
            end = Long.parseLong(t[1].trim());
        } catch (NumberFormatException e) {
            throw new AuthFailure(AuthFailure.Kind.MALFORMED, "q-key-time must be <start>;<end> in epoch seconds");
        }
        long now = clockSeconds.getAsLong();
        if (start > now + MAX_SKEW_SECONDS) {
            throw skewed();
        }
        String date = request.header("Date");
        if (date != null) {
            try {
                long dateSeconds = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
                if (Math.abs(dateSeconds - now) > MAX_SKEW_SECONDS) {
                    throw skewed();
                }
            } catch (java.time.format.DateTimeParseException ignored) {
                // an unparseable Date is only a problem if it was signed, and then the signature tells
            }
        }
        if (now > end || end < start) {
            throw new AuthFailure(AuthFailure.Kind.EXPIRED, "Request has expired");
        }

        List<QSignature.Pair> headers = new ArrayList<>();
        if (!headerList.isEmpty()) {
            for (String name : headerList.split(";")) {
                String value = request.header(HttpRequest.percentDecode(name));
                if (value == null) {
                    throw mismatch();
                }
                headers.add(new QSignature.Pair(name, value));
            }
        }
        List<QSignature.Pair> params = new ArrayList<>();
        if (!paramList.isEmpty()) {
            for (String name : paramList.split(";")) {
                HttpRequest.Param found = null;
                for (HttpRequest.Param p : request.params()) {
                    if (QSignature.encode(p.name().trim()).toLowerCase(Locale.ROOT).equals(name)) {
                        found = p;
                        break;
                    }
                }
                if (found == null) {
                    throw mismatch();
                }
                params.add(new QSignature.Pair(found.name(), found.value() == null ? "" : found.value()));
            }
        }
        QSignature.Result expected = QSignature.compute(credential.secretKey(), keyTime, request.method(),
                request.path(), params, headers);
        if (!MessageDigest.isEqual(expected.signature().getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw mismatch();
        }
        if (credential.sessionToken() != null) {
            String token = request.header("x-cos-security-token");
            if (token == null) {
                token = request.header("x-ci-security-token");
            }
            if (token == null && inQuery) {
                token = request.param("x-cos-security-token");
            }
            if (!credential.sessionToken().equals(token)) {
                throw new AuthFailure(AuthFailure.Kind.TOKEN, "the security token is missing or invalid");
            }
        }
        return credential;
    }

    private static AuthFailure skewed() {
        return new AuthFailure(AuthFailure.Kind.SKEWED,
                "the difference between the request time and the server's time is too large");
    }

    private static AuthFailure mismatch() {
        return new AuthFailure(AuthFailure.Kind.MISMATCH,
                "The request signature we calculated does not match the signature you provided. "
                        + "Check your key and signing method.");
    }
}
