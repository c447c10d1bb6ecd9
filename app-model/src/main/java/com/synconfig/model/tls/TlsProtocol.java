package com.synconfig.model.tls;

import java.util.Locale;

/** TLS protocol versions, oldest first, with the names JSSE/netty ({@code TLSv1.2}) and OpenSSL use. */
public enum TlsProtocol {
    SSL_V3("SSLv3"), TLS_V1("TLSv1"), TLS_V1_1("TLSv1.1"), TLS_V1_2("TLSv1.2"), TLS_V1_3("TLSv1.3");

    private final String id;

    TlsProtocol(String id) {
        this.id = id;
    }

    /** The JSSE/netty protocol name, also OpenSSL's description column: {@code TLSv1.2}. */
    public String id() {
        return id;
    }

    /** Words for people: {@code TLS 1.2}. */
    public String label() {
        return this == SSL_V3 ? "SSL 3.0" : "TLS " + (this == TLS_V1 ? "1.0" : id.substring(4));
    }

    /** Parses {@code TLSv1.2}, {@code tls1_2}, {@code TLS 1.2} or {@code 1.2}. */
    public static TlsProtocol parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("tlsv", "").replace("tls", "")
                .replace('_', '.').replace(" ", "");
        for (TlsProtocol p : values()) {
            String version = p == SSL_V3 ? "sslv3" : p == TLS_V1 ? "1" : p.id.substring(4);
            if (t.equals(version) || (p == TLS_V1 && t.equals("1.0")) || t.equals(p.id.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown protocol '" + text + "': use TLSv1, TLSv1.1, TLSv1.2 or TLSv1.3.");
    }

    public boolean atLeast(TlsProtocol other) {
        return compareTo(other) >= 0;
    }
}
