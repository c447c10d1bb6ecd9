package com.synconfig.model.tls;

/** The TLS library a client profile stands for: it decides which rules the client applies on its side. */
public enum ClientLibrary {
    OPENSSL_3_0("OpenSSL 3.0"),
    OPENSSL_1_1_1("OpenSSL 1.1.1"),
    OPENSSL_1_0_2("OpenSSL 1.0.2"),
    JSSE("Java JSSE"),
    XFSERVER_CLIENT("xfServer client");

    private final String label;

    ClientLibrary(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
