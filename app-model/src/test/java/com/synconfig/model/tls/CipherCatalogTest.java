package com.synconfig.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CipherCatalogTest {

    private final CipherCatalog catalog = CipherCatalog.standard();

    @Test
    void namesAndCodePointsAreUnique() {
        Set<String> names = new HashSet<>();
        Set<Integer> codes = new HashSet<>();
        for (CipherSuite s : catalog.all()) {
            assertThat(names.add(s.ianaName())).as(s.ianaName()).isTrue();
            assertThat(names.add(s.openSslName()) || s.openSslName().equals(s.ianaName())).as(s.openSslName()).isTrue();
            assertThat(codes.add(s.code())).as(s.codeText()).isTrue();
        }
    }

    @Test
    void classifiesTheSuitesTheSpecNames() {
        CipherSuite rsaGcm = catalog.require("AES256-GCM-SHA384");
        assertThat(rsaGcm.strength()).isEqualTo(CipherClass.HIGH);
        assertThat(rsaGcm.mode()).isEqualTo(CipherMode.AEAD);
        assertThat(rsaGcm.forwardSecret()).isFalse();

        CipherSuite ecdheCbc = catalog.require("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA");
        assertThat(ecdheCbc.mode()).isEqualTo(CipherMode.CBC);
        assertThat(ecdheCbc.forwardSecret()).isTrue();
        assertThat(ecdheCbc.usableWith(TlsProtocol.TLS_V1_1)).isTrue();
        assertThat(ecdheCbc.usableWith(TlsProtocol.TLS_V1_3)).isFalse();

        assertThat(catalog.require("SSL_RSA_WITH_3DES_EDE_CBC_SHA").strength()).isEqualTo(CipherClass.MEDIUM);
        assertThat(catalog.require("SSL_RSA_WITH_RC4_128_MD5").mode()).isEqualTo(CipherMode.STREAM);
        assertThat(catalog.require("SSL_RSA_EXPORT_WITH_RC4_40_MD5").strength()).isEqualTo(CipherClass.EXPORT);
        assertThat(catalog.require("NULL-SHA256").strength()).isEqualTo(CipherClass.NULL);
        assertThat(catalog.require("TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256").isStaticEcdh()).isTrue();
        assertThat(catalog.require("TLS_CHACHA20_POLY1305_SHA256").usableWith(TlsProtocol.TLS_V1_2)).isFalse();
    }

    @Test
    void unknownSuiteIsAClearError() {
        assertThatThrownBy(() -> catalog.require("TLS_MADE_UP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown cipher suite 'TLS_MADE_UP'");
    }
}
