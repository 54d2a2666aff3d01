package io.github.cameltencent.tts.client.credentials;

/**
 * Supplies credentials, asked once per request, so an implementation can hand out rotating STS keys. Register one
 * as a bean and the component picks it up when it is the only one.
 */
@FunctionalInterface
public interface TencentCredentialsProvider {

    /** @return the credentials to sign the next request with, or null when this provider has none */
    TencentCredentials resolveCredentials();

    /** A short description for error messages, e.g. which variables an environment provider reads. */
    default String describe() {
        return getClass().getSimpleName();
    }
}
