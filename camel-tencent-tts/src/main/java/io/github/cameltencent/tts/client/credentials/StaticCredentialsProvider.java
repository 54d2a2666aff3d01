package io.github.cameltencent.tts.client.credentials;

/** Fixed keys, with an optional session token (temporary keys that the caller replaces by restarting). */
public final class StaticCredentialsProvider implements TencentCredentialsProvider {

    private final TencentCredentials credentials;

    public StaticCredentialsProvider(TencentCredentials credentials) {
        this.credentials = credentials;
    }

    /** @return a provider for these keys, or null when either key is missing */
    public static StaticCredentialsProvider ofNullable(String secretId, String secretKey, String sessionToken) {
        if (secretId == null || secretId.isBlank() || secretKey == null || secretKey.isBlank()) {
            return null;
        }
        return new StaticCredentialsProvider(new TencentCredentials(secretId, secretKey, sessionToken));
    }

    @Override
    public TencentCredentials resolveCredentials() {
        return credentials;
    }

    @Override
    public String describe() {
        return "the secretId/secretKey options";
    }
}
