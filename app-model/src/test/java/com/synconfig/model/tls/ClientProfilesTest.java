package com.synconfig.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class ClientProfilesTest {

    @Test
    void openSsl30ProfileOffersWhatTheRealOpenSslDefaultListHas() throws Exception {
        List<String> real = Arrays.asList(OpenSslBinary.run("ciphers", "DEFAULT").get(0).split(":"));
        ClientProfile p = ClientProfiles.byId("openssl-3.0");

        assertThat(p.tls13Suites().stream().map(CipherSuite::openSslName)).containsExactlyElementsOf(real.subList(0, 3));
        assertThat(p.suites().stream().map(CipherSuite::openSslName)).containsExactlyInAnyOrderElementsOf(real.subList(3, real.size()));
    }

    @Test
    void java17ProfileIsThisJdksDefaultList() throws Exception {
        assumeTrue(Runtime.version().feature() == 17, "the java-17 profile is compared on a Java 17 runtime");
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, null, null);
        List<String> real = Arrays.stream(ctx.getDefaultSSLParameters().getCipherSuites())
                .filter(s -> !s.equals("TLS_EMPTY_RENEGOTIATION_INFO_SCSV")).toList();
        ClientProfile p = ClientProfiles.byId("java-17");

        assertThat(Stream.concat(p.tls13Suites().stream(), p.suites().stream()).map(CipherSuite::ianaName))
                .containsExactlyElementsOf(real);
        assertThat(p.protocols()).containsExactly(TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3);
    }

    @Test
    void openSsl102HasNoTls13AndNoChaCha() {
        ClientProfile p = ClientProfiles.byId("openssl-1.0.2");
        assertThat(p.protocols()).doesNotContain(TlsProtocol.TLS_V1_3);
        assertThat(p.tls13Suites()).isEmpty();
        assertThat(p.suites()).noneMatch(s -> s.encryption().startsWith("CHACHA20"))
                .anyMatch(s -> s.openSslName().equals("DES-CBC3-SHA"));
    }

    @Test
    void clientSclProfileAndUnknownIds() {
        assertThat(ClientProfiles.byId("scl=2").protocols())
                .containsExactly(TlsProtocol.TLS_V1_1, TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_3);
        assertThatThrownBy(() -> ClientProfiles.byId("netscape"))
                .hasMessageContaining("Unknown client profile 'netscape'").hasMessageContaining("openssl-1.0.2");
        assertThatThrownBy(() -> ClientProfiles.byId("scl=1")).hasMessageContaining("use 0 (default, currently 3), 2 or 3");
    }
}
