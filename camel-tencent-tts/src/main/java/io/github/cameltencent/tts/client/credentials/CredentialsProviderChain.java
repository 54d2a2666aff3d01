package io.github.cameltencent.tts.client.credentials;

import java.util.List;
import java.util.stream.Collectors;

/** Asks each provider in turn and uses the first that has credentials. */
public final class CredentialsProviderChain implements TencentCredentialsProvider {

    private final List<TencentCredentialsProvider> providers;

    public CredentialsProviderChain(List<TencentCredentialsProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public TencentCredentials resolveCredentials() {
        for (TencentCredentialsProvider p : providers) {
            TencentCredentials c = p.resolveCredentials();
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String describe() {
        return providers.stream().map(TencentCredentialsProvider::describe).collect(Collectors.joining(", or "));
    }
}
