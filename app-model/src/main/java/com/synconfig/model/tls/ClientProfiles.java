package com.synconfig.model.tls;

import com.synconfig.model.service.Scl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The client profiles the preview knows. Their suite lists are the libraries' default cipher lists:
 * OpenSSL 3.0's {@code DEFAULT} (checked against the real binary by a test), OpenSSL 1.1.1's (the same suites),
 * OpenSSL 1.0.2's ({@code ALL:!EXPORT:!LOW:!aNULL:!eNULL}, without the suites added in 1.1.0 and later) and
 * JDK 17's enabled suites. Their order matters only for TLS 1.3 on engines that follow the client's order.
 */
public final class ClientProfiles {

    public static final String OPENSSL_3_0 = "openssl-3.0";
    public static final String OPENSSL_3_0_SECLEVEL0 = "openssl-3.0-seclevel0";
    public static final String OPENSSL_1_1_1 = "openssl-1.1.1";
    public static final String OPENSSL_1_0_2 = "openssl-1.0.2";
    public static final String JAVA_17 = "java-17";

    private static final List<TlsProtocol> TLS_1_0_TO_1_2 =
            List.of(TlsProtocol.TLS_V1, TlsProtocol.TLS_V1_1, TlsProtocol.TLS_V1_2);
    private static final List<TlsProtocol> TLS_1_0_TO_1_3 =
            List.of(TlsProtocol.TLS_V1, TlsProtocol.TLS_V1_1, TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3);
    private static final List<String> OPENSSL_TLS13 =
            List.of("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256");
    /** JDK 17's enabled suites in its order ({@code SSLContext.getDefault().getDefaultSSLParameters()}). */
    private static final List<String> JAVA_17_SUITES = List.of(
            "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
            "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA",
            "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA");
    private static final Set<String> POST_1_0_2_ENCRYPTION =
            Set.of("CHACHA20/POLY1305", "AESCCM", "AESCCM8", "ARIAGCM", "ARIA");

    private ClientProfiles() {
    }

    /** The ids {@link #byId} knows, in the order the matrix shows them. */
    public static List<String> ids() {
        return List.of(OPENSSL_3_0, OPENSSL_3_0_SECLEVEL0, OPENSSL_1_1_1, OPENSSL_1_0_2, JAVA_17, "scl=2", "scl=3");
    }

    /** Every profile of {@link #ids()}. */
    public static List<ClientProfile> all() {
        return ids().stream().map(ClientProfiles::byId).toList();
    }

    /**
     * A profile by id: {@code openssl-3.0}, {@code openssl-3.0-seclevel0}, {@code openssl-1.1.1},
     * {@code openssl-1.0.2}, {@code java-17}, or {@code scl=N} for an xfServer client opening with {@code /scl=N}.
     */
    public static ClientProfile byId(String id) {
        CipherCatalog catalog = CipherCatalog.standard();
        String key = id == null ? "" : id.trim();
        return switch (key) {
            case OPENSSL_3_0 -> new ClientProfile(key, "OpenSSL 3.0 at its default security level (2 on Debian)",
                    ClientLibrary.OPENSSL_3_0, 2, TLS_1_0_TO_1_3, openSslDefault(catalog), names(catalog, OPENSSL_TLS13));
            case OPENSSL_3_0_SECLEVEL0 -> new ClientProfile(key, "OpenSSL 3.0 with DEFAULT:@SECLEVEL=0",
                    ClientLibrary.OPENSSL_3_0, 0, TLS_1_0_TO_1_3, openSslDefault(catalog), names(catalog, OPENSSL_TLS13));
            case OPENSSL_1_1_1 -> new ClientProfile(key, "OpenSSL 1.1.1 at its default security level (1)",
                    ClientLibrary.OPENSSL_1_1_1, 1, TLS_1_0_TO_1_3, openSslDefault(catalog), names(catalog, OPENSSL_TLS13));
            case OPENSSL_1_0_2 -> new ClientProfile(key, "OpenSSL 1.0.2 (older Synergy clients): TLS 1.2 at most",
                    ClientLibrary.OPENSSL_1_0_2, 0, TLS_1_0_TO_1_2, openSsl102Default(catalog), List.of());
            case JAVA_17 -> new ClientProfile(key, "Java 17 JSSE defaults (TLS 1.0 and 1.1 disabled in java.security)",
                    ClientLibrary.JSSE, 0, List.of(TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3),
                    names(catalog, JAVA_17_SUITES.subList(3, JAVA_17_SUITES.size())),
                    names(catalog, JAVA_17_SUITES.subList(0, 3)));
            default -> {
                if (key.startsWith("scl=")) {
                    yield xfServerClient(Scl.parse(key.substring(4)));
                }
                throw new IllegalArgumentException("Unknown client profile '" + id + "': use "
                        + String.join(", ", ids().subList(0, 5)) + " or scl=N (N = 0, 2 or 3).");
            }
        };
    }

    /** An xfServer client opening with {@code /scl=N}: the level's protocols, HIGH suites, no security level. */
    public static ClientProfile xfServerClient(Scl scl) {
        CipherCatalog catalog = CipherCatalog.standard();
        List<TlsProtocol> protocols = scl.protocols().stream().map(TlsProtocol::parse).toList();
        return new ClientProfile("scl=" + scl.number(), "xfServer client opening with /scl=" + scl.number(),
                ClientLibrary.XFSERVER_CLIENT, 0, protocols, openSslDefault(catalog), names(catalog, OPENSSL_TLS13));
    }

    /** OpenSSL 3.0/1.1.1 {@code DEFAULT} below TLS 1.3: AES-GCM, ChaCha20 and AES-CBC suites, no DSS, no anon. */
    private static List<CipherSuite> openSslDefault(CipherCatalog catalog) {
        return select(catalog, s -> s.inOpenSsl3() && s.strength() == CipherClass.HIGH && !s.isAnonymous()
                && !s.authentication().equals("DSS")
                && Set.of("AESGCM", "CHACHA20/POLY1305", "AES").contains(s.encryption()));
    }

    /** OpenSSL 1.0.2 {@code DEFAULT}: HIGH and MEDIUM, no anon, none of the ciphers added in 1.1.0 and later. */
    private static List<CipherSuite> openSsl102Default(CipherCatalog catalog) {
        return select(catalog, s -> (s.strength() == CipherClass.HIGH || s.strength() == CipherClass.MEDIUM)
                && !s.isAnonymous() && !s.needsPskOrSrp() && !POST_1_0_2_ENCRYPTION.contains(s.encryption()));
    }

    private static List<CipherSuite> select(CipherCatalog catalog, Predicate<CipherSuite> filter) {
        return catalog.all().stream().filter(s -> !s.isTls13()).filter(filter).toList();
    }

    private static List<CipherSuite> names(CipherCatalog catalog, List<String> names) {
        List<CipherSuite> out = new ArrayList<>();
        names.forEach(n -> out.add(catalog.require(n)));
        return out;
    }
}
