package com.synconfig.model.tls;

import java.util.Locale;

/**
 * OpenSSL's cipher description formats, byte-exact with OpenSSL 3.0's {@code openssl ciphers}:
 * {@code -v} ({@code SSL_CIPHER_description}), {@code -V} (code point prefix) and {@code -stdname} (IANA prefix).
 */
public final class OpenSslFormat {

    private OpenSslFormat() {
    }

    /** The {@code -v} line without its newline: {@code %-30s %-7s Kx=%-8s Au=%-5s Enc=%-22s Mac=%-4s}. */
    public static String description(CipherSuite s) {
        String enc = s.encryption().equals("None") ? "None" : s.encryption() + "(" + s.bits() + ")";
        return String.format(Locale.ROOT, "%-30s %-7s Kx=%-8s Au=%-5s Enc=%-22s Mac=%-4s",
                s.openSslName(), s.minProtocol().id(), s.keyExchange(), s.authentication(), enc, s.mac());
    }

    /**
     * One line as {@code openssl ciphers -v} prints it with the given extra flags.
     *
     * @param codes    {@code -V}: ten spaces, the code point and {@code " - "} first
     * @param stdnames {@code -stdname}: the IANA name padded to 45 and {@code " - "} before the description
     */
    public static String line(CipherSuite s, boolean codes, boolean stdnames) {
        StringBuilder sb = new StringBuilder();
        if (codes) {
            sb.append("          ").append(s.codeText()).append(" - ");
        }
        if (stdnames) {
            sb.append(String.format(Locale.ROOT, "%-45s - ", s.ianaName()));
        }
        return sb.append(description(s)).toString();
    }
}
