package com.synconfig.model.tls;

/** OpenSSL's description line ({@code openssl ciphers -v}) for a negotiated suite: what {@code GETFA SLC} answers. */
public final class CipherDescriptions {

    private CipherDescriptions() {
    }

    /**
     * @param suiteName the suite as a TLS engine reports it: IANA/JSSE name ({@code TLS_AES_256_GCM_SHA384},
     *                  {@code TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384}) or OpenSSL name ({@code AES256-GCM-SHA384})
     * @return the line byte-exact with {@code openssl ciphers -v} for that suite (without the newline)
     * @throws IllegalArgumentException for a suite the catalog does not know
     */
    public static String describe(String suiteName) {
        return OpenSslFormat.description(CipherCatalog.standard().require(suiteName));
    }
}
