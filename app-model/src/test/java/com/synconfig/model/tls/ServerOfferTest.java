package com.synconfig.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.Scl;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServerOfferTest {

    private final CipherCatalog catalog = CipherCatalog.standard();
    /** An engine that knows every suite OpenSSL 3.0 knows, except that java.security disables static RSA. */
    private final EngineFacts everything = new EngineFacts("Test",
            catalog.all().stream().filter(CipherSuite::inOpenSsl3).map(CipherSuite::ianaName)
                    .filter(n -> !n.startsWith("TLS_RSA_WITH_AES_256_GCM")).collect(Collectors.toSet()),
            EnumSet.allOf(TlsProtocol.class), Map.of("TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_*"), true);

    @Test
    void offersOnlyHighSuitesInTheServersOrder() {
        ServerOffer offer = ServerOffer.compute(Scl.LEVEL_3, KeyType.RSA, everything, catalog);

        assertThat(offer.protocolNames()).containsExactly("TLSv1.2", "TLSv1.3");
        assertThat(offer.offered()).allSatisfy(s -> {
            assertThat(s.strength()).isEqualTo(CipherClass.HIGH);
            assertThat(s.authentication()).isIn("RSA", "any");
            assertThat(s.isAnonymous() || s.needsPskOrSrp()).isFalse();
        });
        assertThat(offer.suiteNames()).startsWith("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
                "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
        List<Integer> groups = offer.offered().stream().map(ServerOfferTest::group).toList();
        assertThat(groups).isSorted();
        assertThat(offer.suiteNames()).doesNotContain("TLS_RSA_WITH_AES_256_GCM_SHA384")
                .contains("TLS_RSA_WITH_AES_128_GCM_SHA256");
    }

    @Test
    void everyLeftOutSuiteSaysWhy() {
        ServerOffer offer = ServerOffer.compute(Scl.LEVEL_3, KeyType.EC, everything, catalog);

        assertThat(offer.offered().size() + offer.excluded().size()).isEqualTo(catalog.all().size());
        assertThat(reason(offer, "NULL-SHA256")).isEqualTo("not HIGH (NULL)");
        assertThat(reason(offer, "DES-CBC3-SHA")).isEqualTo("not HIGH (MEDIUM)");
        assertThat(reason(offer, "ECDHE-RSA-AES256-GCM-SHA384"))
                .isEqualTo("needs an RSA certificate (the certificate has an EC key)");
        assertThat(reason(offer, "ADH-AES256-GCM-SHA384")).startsWith("anonymous");
        assertThat(reason(offer, "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256")).startsWith("static ECDH");
        assertThat(reason(offer, "TLS_RSA_WITH_AES_256_GCM_SHA384")).startsWith("needs an RSA certificate");

        ServerOffer rsa = ServerOffer.compute(Scl.LEVEL_3, KeyType.RSA, everything, catalog);
        assertThat(reason(rsa, "ECDHE-ECDSA-AES256-GCM-SHA384"))
                .isEqualTo("needs an EC certificate (the certificate has an RSA key)");
        assertThat(reason(rsa, "AES256-GCM-SHA384"))
                .isEqualTo("disabled by java.security (jdk.tls.disabledAlgorithms: TLS_RSA_*)");
        assertThat(reason(rsa, "ECDHE-RSA-AES256-GCM-SHA384")).isNull();
    }

    @Test
    void protocolAndEngineLimitsAreReasonsToo() {
        EngineFacts tls12Only = new EngineFacts("Old", Set.of("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"),
                EnumSet.of(TlsProtocol.TLS_V1_1, TlsProtocol.TLS_V1_2), Map.of(), true);
        ServerOffer offer = ServerOffer.compute(Scl.LEVEL_2, KeyType.RSA, tls12Only, catalog);

        assertThat(offer.protocolNames()).containsExactly("TLSv1.1", "TLSv1.2");
        assertThat(offer.suiteNames()).containsExactly("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");
        assertThat(reason(offer, "TLS_AES_128_GCM_SHA256"))
                .isEqualTo("protocol not allowed at this SCL (needs TLSv1.3, SCL 2 allows TLSv1.1, TLSv1.2)");
        assertThat(reason(offer, "ECDHE-RSA-AES256-GCM-SHA384")).isEqualTo("unknown to the engine (Old)");
    }

    private static String reason(ServerOffer offer, String suite) {
        return offer.exclusionOf(CipherCatalog.standard().require(suite).ianaName())
                .map(ServerOffer.Excluded::explanation).orElse(null);
    }

    private static int group(CipherSuite s) {
        if (s.isTls13()) {
            return 0;
        }
        int kx = switch (s.keyExchange()) {
            case "ECDH" -> 1;
            case "DH" -> 2;
            default -> 3;
        };
        return kx * 2 + (s.mode() == CipherMode.AEAD ? 0 : 1);
    }
}
