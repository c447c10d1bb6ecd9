package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.KeyType;
import com.synconfig.server.Eventually;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 7507 on the whole server, on each engine, against the real {@code openssl s_client -fallback_scsv}: a client
 * that signals a fallback below the service's highest protocol gets the server's fatal alert
 * {@code inappropriate_fallback} (OpenSSL prints "tlsv1 alert inappropriate fallback" for an alert it received;
 * the JDK engine alone would let it handshake and leave the client to spot TLS 1.3's downgrade sentinel). The same
 * client without the signal, or signalling at the highest version, connects.
 */
class FallbackScsvTest {

    private static final String SERVER_ALERT = "alert inappropriate fallback";
    private static final String LOW_SECURITY_CIPHERS = "DEFAULT:@SECLEVEL=0"; // OpenSSL 3 offers TLS 1.1 only so

    @TempDir
    static Path pki;
    static ServiceCredentials credentials;

    @TempDir
    Path dir;

    @BeforeAll
    static void certificate() throws Exception {
        credentials = TestPki.load(TestPki.makeServiceFile(pki, KeyType.EC));
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (TlsEngine engine : TlsEngine.values()) {
            if (engine.isAvailable()) {
                out.add(Arguments.of(engine, Scl.LEVEL_3, "-tls1_2"));
                out.add(Arguments.of(engine, Scl.LEVEL_2, "-tls1_2"));
                out.add(Arguments.of(engine, Scl.LEVEL_2, "-tls1_1"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} SCL {1}: s_client {2}")
    @MethodSource("cases")
    void aFallbackBelowTheHighestProtocolIsRefusedByTheServer(TlsEngine engine, Scl scl, String lowerProtocol)
            throws Exception {
        List<ServerEvent> events = new CopyOnWriteArrayList<>();
        try (FileServer server = new FileServer(settings(engine, scl))) {
            server.events().subscribe(events::add);
            server.start();

            OpenSslClient.Result downgraded = OpenSslClient.connect(server.port(), lowerProtocol, "-fallback_scsv",
                    "-cipher", LOW_SECURITY_CIPHERS);
            assertThat(downgraded.connected()).as(downgraded.output()).isFalse();
            assertThat(downgraded.output()).contains(SERVER_ALERT);

            OpenSslClient.Result plain = OpenSslClient.connect(server.port(), lowerProtocol,
                    "-cipher", LOW_SECURITY_CIPHERS);
            assertThat(plain.connected()).as(plain.output()).isTrue();

            OpenSslClient.Result atTheTop = OpenSslClient.connect(server.port(), "-tls1_3", "-fallback_scsv");
            assertThat(atTheTop.connected()).as(atTheTop.output()).isTrue();
            assertThat(atTheTop.protocol()).isEqualTo("TLSv1.3");

            if (engine == TlsEngine.JDK) {
                Eventually.holds(() -> events.stream().anyMatch(e -> e.kind() == ServerEvent.Kind.TLS_FAILED
                        && e.message().contains("inappropriate_fallback")));
            }
        }
    }

    private ServerSettings settings(TlsEngine engine, Scl scl) {
        ServiceDefinition service = ServiceDefinition.named("Fallback").toBuilder().encrypt(true).scl(scl).build();
        TlsContextSource tls = () -> ServerTlsContexts.setupFor(service, credentials, engine).context();
        return new ServerSettings("Fallback", "127.0.0.1", 0, tls, scl, false, "tester", LogLevel.REQUESTS,
                dir.resolve("data"), dir.resolve("users"));
    }
}
