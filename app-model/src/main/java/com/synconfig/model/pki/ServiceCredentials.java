package com.synconfig.model.pki;

import java.io.IOException;
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
     * @throws IOException with a message an administrator understands that names the file
     *                     (e.g. "rsynd.pem: wrong passphrase or damaged key")
     */
    public static ServiceCredentials load(Path file, char[] passphrase) throws IOException {
        PemBundle pem = PemReader.read(file);
        List<X509Certificate> certificates = pem.certificates();
        if (certificates.isEmpty()) {
            throw new IOException(file + ": no certificate found; the file needs the server certificate"
                    + " (a CERTIFICATE block) first, then its chain, then the private key");
        }
        List<PemKey> keys = pem.keys();
        if (keys.isEmpty()) {
            throw new IOException(file + ": no private key found; append the server certificate's private key"
                    + " to the file");
        }
        PrivateKey key;
        try {
            key = keys.get(0).decrypt(passphrase);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        if (!KeyMatch.matches(key, certificates.get(0).getPublicKey())) {
            throw new IOException(file + ": the private key does not match the first certificate;"
                    + " the server certificate must come first, followed by its chain and its own key");
        }
        return new ServiceCredentials(certificates, key);
    }
}
