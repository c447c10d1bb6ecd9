package com.synconfig.model.tls;

import java.util.List;
import java.util.Locale;

/**
 * One TLS cipher suite as the catalog knows it.
 *
 * @param ianaName       the IANA/RFC name, also JSSE's ({@code TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384})
 * @param openSslName    OpenSSL's name ({@code ECDHE-RSA-AES256-GCM-SHA384})
 * @param code           the two-byte code point ({@code 0xC030})
 * @param minProtocol    the oldest protocol it can run on (OpenSSL's description column)
 * @param keyExchange    OpenSSL's {@code Kx=} value ({@code ECDH}, {@code RSA}, {@code any}, ...)
 * @param authentication OpenSSL's {@code Au=} value ({@code RSA}, {@code ECDSA}, {@code None}, ...)
 * @param encryption     OpenSSL's {@code Enc=} algorithm without the bits ({@code AESGCM}, {@code None})
 * @param bits           the encryption key bits ({@code 0} for no encryption)
 * @param mac            OpenSSL's {@code Mac=} value ({@code AEAD}, {@code SHA1}, ...)
 * @param strength       OpenSSL's class
 * @param mode           AEAD, CBC, stream or none
 * @param forwardSecret  whether the key exchange is ephemeral
 * @param inOpenSsl3     whether OpenSSL 3.0 still knows it (else it came from the JDK's list)
 * @param aliases        other names engines use for it (BoringSSL's TLS 1.3 names)
 */
public record CipherSuite(String ianaName, String openSslName, int code, TlsProtocol minProtocol,
                          String keyExchange, String authentication, String encryption, int bits, String mac,
                          CipherClass strength, CipherMode mode, boolean forwardSecret, boolean inOpenSsl3,
                          List<String> aliases) {

    public CipherSuite {
        aliases = List.copyOf(aliases);
    }

    /** Whether the suite can be negotiated over {@code protocol}: TLS 1.3 suites only there, the others only below. */
    public boolean usableWith(TlsProtocol protocol) {
        if (minProtocol == TlsProtocol.TLS_V1_3 || protocol == TlsProtocol.TLS_V1_3) {
            return minProtocol == protocol;
        }
        return protocol.atLeast(minProtocol);
    }

    public boolean isTls13() {
        return minProtocol == TlsProtocol.TLS_V1_3;
    }

    /** No server authentication ({@code Au=None}): anonymous Diffie-Hellman. */
    public boolean isAnonymous() {
        return authentication.equals("None");
    }

    /** Needs a pre-shared key or an SRP verifier rather than (only) a certificate. */
    public boolean needsPskOrSrp() {
        return keyExchange.contains("PSK") || keyExchange.equals("SRP");
    }

    /** Static (non-ephemeral) ECDH key exchange: {@code Kx=ECDH/RSA} or {@code ECDH/ECDSA}. */
    public boolean isStaticEcdh() {
        return keyExchange.startsWith("ECDH/");
    }

    /** The code point as OpenSSL's {@code -V} shows it: {@code 0xC0,0x30}. */
    public String codeText() {
        return String.format(Locale.ROOT, "0x%02X,0x%02X", code >> 8, code & 0xFF);
    }
}
