package com.synconfig.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.Scl;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The preview's rules on a described engine (the proof against real handshakes is in embedded-server). */
class NegotiationPreviewTest {

    private final CipherCatalog catalog = CipherCatalog.standard();
    private final EngineFacts boringLike = new EngineFacts("BoringSSL-like",
            catalog.all().stream().filter(CipherSuite::inOpenSsl3).map(CipherSuite::ianaName).collect(Collectors.toSet()),
            EnumSet.of(TlsProtocol.TLS_V1, TlsProtocol.TLS_V1_1, TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3),
            Map.of(), false);

    private ServerOffer offer(Scl scl) {
        return ServerOffer.compute(scl, KeyType.RSA, boringLike, catalog);
    }

    @Test
    void modernClientsGetTls13() {
        Prediction p = NegotiationPreview.predict(offer(Scl.LEVEL_3), ClientProfiles.byId("openssl-3.0"), "srv");
        assertThat(p.success()).isTrue();
        assertThat(p.protocol()).isEqualTo(TlsProtocol.TLS_V1_3);
        assertThat(p.description()).isEqualTo(
                "TLS_AES_256_GCM_SHA384         TLSv1.3 Kx=any      Au=any   Enc=AESGCM(256)            Mac=AEAD");
    }

    @Test
    void openSsl102GetsTheServersFirstTls12Choice() {
        Prediction p = NegotiationPreview.predict(offer(Scl.DEFAULT), ClientProfiles.byId("openssl-1.0.2"), "srv");
        assertThat(p.protocol()).isEqualTo(TlsProtocol.TLS_V1_2);
        assertThat(p.suite().openSslName()).isEqualTo("ECDHE-RSA-AES256-GCM-SHA384");
        assertThat(p.reason()).contains("server's first choice");
    }

    @Test
    void tls11OnlyClientFailsAtScl3WithTheClientsText() {
        ClientProfile tls11 = ClientProfiles.byId("openssl-3.0-seclevel0").restrictedTo(List.of(TlsProtocol.TLS_V1_1), List.of());
        Prediction p = NegotiationPreview.predict(offer(Scl.LEVEL_3), tls11, "srv");
        assertThat(p.success()).isFalse();
        assertThat(p.clientError()).isEqualTo("Client server error, host:srv");
        assertThat(p.clientDetail()).isEqualTo(
                "Error requesting secure connection: socket error: an EOF was observed that violates the protocol.");
        assertThat(p.reason()).isEqualTo("no protocol in common: the client offers TLS 1.1, the server at SCL 3 accepts"
                + " TLS 1.2, TLS 1.3");

        Prediction atScl2 = NegotiationPreview.predict(offer(Scl.LEVEL_2), tls11, "srv");
        assertThat(atScl2.protocol()).isEqualTo(TlsProtocol.TLS_V1_1);
        assertThat(atScl2.suite().openSslName()).isEqualTo("ECDHE-RSA-AES256-SHA");
    }

    @Test
    void openSsl3AtItsDefaultLevelRefusesTls11() {
        ClientProfile tls11 = ClientProfiles.byId("openssl-3.0").restrictedTo(List.of(TlsProtocol.TLS_V1_1), List.of());
        Prediction p = NegotiationPreview.predict(offer(Scl.LEVEL_2), tls11, "srv");
        assertThat(p.success()).isFalse();
        assertThat(p.reason()).startsWith("the client's OpenSSL refuses TLS 1.1 at security level 2");
    }

    @Test
    void tls13SuiteFollowsTheClientOnBoringSslAndTheServerOnTheJdk() {
        ClientProfile aes128First = ClientProfiles.byId("openssl-3.0").restrictedTo(List.of(TlsProtocol.TLS_V1_3),
                List.of(catalog.require("TLS_AES_128_GCM_SHA256"), catalog.require("TLS_AES_256_GCM_SHA384")));
        assertThat(NegotiationPreview.predict(offer(Scl.LEVEL_3), aes128First, "s").suite().ianaName())
                .isEqualTo("TLS_AES_128_GCM_SHA256");
        EngineFacts jdkLike = new EngineFacts("JDK-like", boringLike.suites(), boringLike.protocols(), Map.of(), true);
        ServerOffer jdkOffer = ServerOffer.compute(Scl.LEVEL_3, KeyType.RSA, jdkLike, catalog);
        assertThat(NegotiationPreview.predict(jdkOffer, aes128First, "s").suite().ianaName())
                .isEqualTo("TLS_AES_256_GCM_SHA384");
    }

    @Test
    void matrixHasEverySclAndProfile() {
        PreviewMatrix m = PreviewMatrix.compute(KeyType.EC, boringLike, ClientProfiles.all(), "srv");
        assertThat(m.rows()).extracting(PreviewMatrix.Row::scl).containsExactly(Scl.values());
        assertThat(m.rows()).allSatisfy(r -> assertThat(r.predictions()).hasSize(ClientProfiles.ids().size())
                .allMatch(Prediction::success));
    }
}
