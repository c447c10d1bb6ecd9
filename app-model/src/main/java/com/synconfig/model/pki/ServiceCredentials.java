package com.synconfig.model.pki;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a service's certificate file gives the TLS engine: the server certificate first, then its chain,
 * and the matching private key.
 */
public record ServiceCredentials(List<X509Certificate> chain, PrivateKey key) {

    public ServiceCredentials {
        chain = List.copyOf(chain);
    }

    /**
     * Reads a service-ready PEM file.
     *
     * @param passphrase the key's passphrase, or {@code null} when the key is not encrypted
     * @throws java.io.IOException with a message an administrator understands (e.g. "wrong passphrase or damaged key")
     */
    public static ServiceCredentials load(Path file, char[] passphrase) throws java.io.IOException {
        throw new UnsupportedOperationException("not built yet");
    }
}
