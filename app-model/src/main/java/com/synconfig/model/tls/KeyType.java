package com.synconfig.model.tls;

import java.util.Locale;

/** The key type of a service's certificate: it decides which suites the server can authenticate with. */
public enum KeyType {
    RSA, EC;

    /**
     * From a Java key's algorithm name ({@code RSA}, {@code EC}, Bouncy Castle's {@code ECDSA}).
     * Throws {@link IllegalArgumentException} for other key types (DSA, EdDSA) which no HIGH TLS 1.2 suite serves.
     */
    public static KeyType ofAlgorithm(String algorithm) {
        String a = algorithm == null ? "" : algorithm.toUpperCase(Locale.ROOT);
        if (a.equals("RSA")) {
            return RSA;
        }
        if (a.equals("EC") || a.equals("ECDSA")) {
            return EC;
        }
        throw new IllegalArgumentException("Certificate key type " + algorithm
                + " is not supported for TLS here: use an RSA or EC (ECDSA) key.");
    }

    /** OpenSSL's {@code Au=} value this key signs with. */
    String authentication() {
        return this == RSA ? "RSA" : "ECDSA";
    }
}
