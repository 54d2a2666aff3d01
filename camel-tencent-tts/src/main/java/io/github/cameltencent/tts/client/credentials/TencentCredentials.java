package io.github.cameltencent.tts.client.credentials;

/** A SecretId/SecretKey pair, with the STS session token when the keys are temporary. */
public record TencentCredentials(String secretId, String secretKey, String sessionToken) {

    public TencentCredentials {
        if (secretId == null || secretId.isBlank()) {
            throw new IllegalArgumentException("secretId must not be blank");
        }
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("secretKey must not be blank");
        }
        if (sessionToken != null && sessionToken.isBlank()) {
            sessionToken = null;
        }
    }

    @Override
    public String toString() {
        // never the key or the token: this may end up in a log line
        return "TencentCredentials[secretId=" + mask(secretId) + ", secretKey=****"
                + (sessionToken == null ? "" : ", sessionToken=****") + "]";
    }

    static String mask(String id) {
        return id.length() <= 8 ? "****" : id.substring(0, 4) + "****" + id.substring(id.length() - 4);
    }
}
