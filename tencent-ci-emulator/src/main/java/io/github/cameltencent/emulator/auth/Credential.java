package io.github.cameltencent.emulator.auth;

/** A key pair the emulator accepts; with a session token it stands for STS temporary credentials. */
public record Credential(String secretId, String secretKey, String sessionToken) {

    public Credential {
        if (secretId == null || secretId.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("a credential needs a secret id and a secret key");
        }
    }

    public static Credential of(String secretId, String secretKey) {
        return new Credential(secretId, secretKey, null);
    }

    @Override
    public String toString() {
        return "Credential[secretId=" + secretId + ", secretKey=***" + (sessionToken == null ? "" : ", token=***")
                + "]";
    }
}
