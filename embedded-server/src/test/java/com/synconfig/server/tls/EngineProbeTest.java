package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.synconfig.model.tls.EngineFacts;
import com.synconfig.model.tls.TlsProtocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineProbeTest {

    @Test
    void jdkEngineRunsTls11AfterTheDeliberateOverrideAndNamesWhatJavaSecurityDisables() {
        EngineFacts jdk = EngineProbe.facts(TlsEngine.JDK);

        assertThat(jdk.protocols()).contains(TlsProtocol.TLS_V1_1, TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3);
        assertThat(JdkTlsSettings.disabledEntries()).doesNotContain("TLSv1.1");
        assertThat(System.getProperty(JdkTlsSettings.REJECT_RENEGOTIATION)).isEqualTo("true");
        assertThat(jdk.suites()).contains("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384");
        assertThat(jdk.disabledSuites()).containsEntry("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "3DES_EDE_CBC");
    }

    @Test
    void boringSslKnowsModernSuitesAndNoDhe() {
        assumeTrue(TlsEngine.BORINGSSL.isAvailable(), "netty-tcnative BoringSSL does not load on this machine");
        EngineFacts boring = EngineProbe.facts(TlsEngine.BORINGSSL);

        assertThat(boring.protocols()).contains(TlsProtocol.TLS_V1_1, TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3);
        assertThat(boring.suites()).contains("TLS_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256")
                .doesNotContain("TLS_DHE_RSA_WITH_AES_256_GCM_SHA384");
        assertThat(boring.disabledSuites()).isEmpty();
    }

    @Test
    void disabledAlgorithmEntriesMatchLikeTheJdk() {
        List<String> entries = List.of("SSLv3", "RC4", "DES", "DH keySize < 1024", "3DES_EDE_CBC", "anon", "NULL",
                "ECDH", "TLS_RSA_*");
        assertThat(JdkTlsSettings.disablingEntry("TLS_RSA_WITH_AES_256_GCM_SHA384", entries)).isEqualTo("TLS_RSA_*");
        assertThat(JdkTlsSettings.disablingEntry("TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA", entries)).isEqualTo("ECDH");
        assertThat(JdkTlsSettings.disablingEntry("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", entries)).isNull();
        assertThat(JdkTlsSettings.disablingEntry("TLS_DH_anon_WITH_AES_128_CBC_SHA", entries)).isEqualTo("anon");
        assertThat(JdkTlsSettings.disablingEntry("SSL_RSA_WITH_RC4_128_SHA", entries)).isEqualTo("RC4");
        assertThat(JdkTlsSettings.disablingEntry("TLS_DHE_RSA_WITH_DES_CBC_SHA", entries)).isEqualTo("DES");
        assertThat(JdkTlsSettings.disablingEntry("TLS_ECDHE_RSA_WITH_NULL_SHA", entries)).isEqualTo("NULL");
        assertThat(JdkTlsSettings.disablingEntry("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", entries)).isNull();
        assertThat(JdkTlsSettings.disablingEntry("TLS_AES_128_GCM_SHA256", entries)).isNull();
    }
}
