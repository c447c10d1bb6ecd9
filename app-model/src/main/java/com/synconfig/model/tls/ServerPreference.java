package com.synconfig.model.tls;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which the server prefers suites (SPEC section 9): TLS 1.3, then ECDHE with AEAD, ECDHE CBC,
 * DHE AEAD, DHE CBC, then static RSA (AEAD before CBC). Within a group: AES-GCM (fast everywhere, ChaCha20 is
 * slow on the JDK), ChaCha20-Poly1305, AES-CCM, the rest; more key bits first; stronger MAC first.
 */
final class ServerPreference {

    private static final List<String> ENCRYPTION_ORDER =
            List.of("AESGCM", "CHACHA20/POLY1305", "AESCCM", "ARIAGCM", "AESCCM8", "AES", "Camellia", "ARIA");
    private static final List<String> MAC_ORDER = List.of("AEAD", "SHA384", "SHA256", "SHA1");

    static final Comparator<CipherSuite> ORDER = Comparator.comparingInt(ServerPreference::group)
            .thenComparingInt(s -> rank(ENCRYPTION_ORDER, s.encryption()))
            .thenComparing(Comparator.comparingInt(CipherSuite::bits).reversed())
            .thenComparingInt(s -> rank(MAC_ORDER, s.mac()));

    private ServerPreference() {
    }

    private static int group(CipherSuite s) {
        int aead = s.mode() == CipherMode.AEAD ? 0 : 1;
        if (s.isTls13()) {
            return 0;
        }
        return switch (s.keyExchange()) {
            case "ECDH" -> 1 + aead;
            case "DH" -> 3 + aead;
            default -> 5 + aead;
        };
    }

    private static int rank(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }
}
