package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherSuite;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.TlsProtocol;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server context against the real {@code openssl s_client}: per engine, SCL and certificate key type, a TLS 1.3,
 * 1.2 and 1.1 client is accepted or refused exactly per the SCL table, and the suite agreed is the first one the
 * server offers that the client supports (server preference).
 */
class ServerTlsContextsHandshakeTest {

    private static final String CLIENT_CIPHERS = "DEFAULT:@SECLEVEL=0";
    private static final Map<KeyType, ServiceCredentials> CREDENTIALS = new EnumMap<>(KeyType.class);

    @TempDir
    static Path dir;

    @BeforeAll
    static void certificates() throws Exception {
        for (KeyType k : KeyType.values()) {
            CREDENTIALS.put(k, TestPki.load(TestPki.makeServiceFile(dir, k)));
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (TlsEngine engine : TlsEngine.values()) {
            if (!engine.isAvailable()) {
                continue;
            }
            for (Scl scl : Scl.values()) {
                for (KeyType key : KeyType.values()) {
                    for (TlsProtocol p : List.of(TlsProtocol.TLS_V1_3, TlsProtocol.TLS_V1_2, TlsProtocol.TLS_V1_1)) {
                        out.add(Arguments.of(engine, scl, key, p));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} SCL {1} {2} cert, s_client {3}")
    @MethodSource("cases")
    void acceptedExactlyPerSclWithTheServersPreferredSuite(TlsEngine engine, Scl scl, KeyType key,
                                                           TlsProtocol clientProtocol) throws Exception {
        ServiceDefinition service = ServiceDefinition.named("Tls" + scl.number()).toBuilder()
                .encrypt(true).scl(scl).build();
        ServerTlsSetup setup = ServerTlsContexts.setupFor(service, CREDENTIALS.get(key), engine);
        String flag = "-" + clientProtocol.id().toLowerCase().replace("v", "").replace('.', '_');
        try (TlsTestListener listener = new TlsTestListener(setup)) {
            OpenSslClient.Result client = OpenSslClient.connect(listener.port(), flag, "-cipher", CLIENT_CIPHERS);
            TlsTestListener.Handshake server = listener.nextHandshake();

            boolean allowed = scl.protocols().contains(clientProtocol.id());
            assertThat(client.connected()).as(client.output()).isEqualTo(allowed);
            assertThat(server.success()).as("server side: %s", server.cause()).isEqualTo(allowed);
            if (allowed) {
                List<String> clientSuites = OpenSslClient.ciphers(flag, CLIENT_CIPHERS);
                String expected = setup.offer().offered().stream()
                        .filter(s -> s.usableWith(clientProtocol) && clientSuites.contains(s.openSslName()))
                        .map(CipherSuite::openSslName).findFirst().orElseThrow();
                assertThat(client.protocol()).isEqualTo(clientProtocol.id());
                assertThat(client.suite()).isEqualTo(expected);
                assertThat(server.protocol()).isEqualTo(clientProtocol.id());
                assertThat(CipherCatalog.standard().require(server.suite()).openSslName()).isEqualTo(expected);
            }
        }
    }
}
