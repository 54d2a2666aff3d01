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
package io.github.cameltencent.tts.client;

import java.util.HashMap;
import java.util.Map;

/**
 * Every error Code CI and COS document for the calls this component makes, and what it means to a client: may the
 * same request be sent again, is the signing clock to blame, and which exception type carries it. Codes the
 * service adds later fall back to their HTTP status (5xx and 429 retryable, the rest not).
 *
 * <p>Sources: CI's error code page (the CI host) and COS's (the COS host, for downloads and the long-text upload);
 * the project's reference sheet lists both, with the emulator's rules.
 */
public enum CiErrorCode {

    // CI host: 3xx
    PermanentRedirect(Kind.REQUEST),
    TemporaryRedirect(Kind.REQUEST),
    // CI host: 400
    InvalidArgument(Kind.REQUEST),
    MissingContent(Kind.REQUEST),
    InvalidContent(Kind.REQUEST),
    InvalidHost(Kind.REQUEST),
    ResourceNotFound(Kind.REQUEST),
    ResourceAccessDenied(Kind.REQUEST),
    ResourceDownloadFailed(Kind.REQUEST),
    CIRoleNotExist(Kind.REQUEST),
    ResourceNotSupported(Kind.REQUEST),
    // CI host: 401 (and COS's 403 family for the same causes)
    MissingAuthorization(Kind.AUTHENTICATION),
    InvalidAuthorization(Kind.AUTHENTICATION),
    SecretidNotExist(Kind.AUTHENTICATION),
    /** The signature's key time is over: re-signed with a corrected clock it may pass. */
    SignatureExpired(Kind.CLOCK),
    /** Also the CI host's answer to a wrong signature or a skewed clock: told apart by its Message. */
    AccessDenied(Kind.AUTHENTICATION),
    // CI host: 403
    MediaBucketAlreadyBinded(Kind.REQUEST),
    /** The queue holds as many waiting jobs as it may: nothing was done, try again later. */
    QueueSaturated(Kind.THROTTLING),
    QueuePaused(Kind.REQUEST),
    // CI host: 404, 411, 413, 451
    InvalidUrl(Kind.REQUEST),
    AuditingJobNotFound(Kind.REQUEST),
    MissingContentLength(Kind.REQUEST),
    UnavailableForLegalReasons(Kind.REQUEST),
    // both hosts: throttling and server side
    SlowDown(Kind.THROTTLING),
    InternalError(Kind.SERVER),
    NotImplemented(Kind.REQUEST),
    ServiceUnavailable(Kind.THROTTLING),
    // COS host (downloads and uploads)
    InvalidAccessKeyId(Kind.AUTHENTICATION),
    SignatureDoesNotMatch(Kind.AUTHENTICATION),
    RequestTimeTooSkewed(Kind.CLOCK),
    ExpiredToken(Kind.AUTHENTICATION),
    MalformedXML(Kind.REQUEST),
    BadDigest(Kind.REQUEST),
    NoSuchKey(Kind.REQUEST),
    NoSuchBucket(Kind.REQUEST),
    InvalidRange(Kind.REQUEST);

    /** What a failure is about, which decides retry and exception type. */
    public enum Kind {
        /** The request itself is wrong, or names something that is not there: sending it again changes nothing. */
        REQUEST,
        /** The credentials or the signature are refused: sending it again changes nothing. */
        AUTHENTICATION,
        /** The signing clock is off: re-signed with the server's time it may pass. */
        CLOCK,
        /** The service turned the request away before doing anything: try again after a pause. */
        THROTTLING,
        /** The service failed while handling it: try again after a pause (a submit only when it can be proved unapplied). */
        SERVER
    }

    private static final Map<String, CiErrorCode> BY_CODE = new HashMap<>();

    static {
        for (CiErrorCode c : values()) {
            BY_CODE.put(c.name(), c);
        }
    }

    private final Kind kind;

    CiErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The documented code, or null for a code this table does not know. */
    public static CiErrorCode of(String code) {
        return code == null ? null : BY_CODE.get(code);
    }

    /**
     * The kind of an error answer. CI answers a wrong signature and a skewed clock with AccessDenied and names the
     * cause first in its Message; COS says "Request has expired" for a key time that is over.
     */
    public static Kind classify(int status, String code, String message) {
        CiErrorCode c = of(code);
        if (c == AccessDenied && message != null && (message.startsWith("RequestTimeTooSkewed")
                || message.contains("Request has expired") || message.startsWith("SignatureExpired"))) {
            return Kind.CLOCK;
        }
        if (c != null) {
            return c.kind;
        }
        if (status == 429 || status == 503) {
            return Kind.THROTTLING;
        }
        if (status >= 500) {
            return Kind.SERVER;
        }
        return status == 401 || status == 403 ? Kind.AUTHENTICATION : Kind.REQUEST;
    }
}
