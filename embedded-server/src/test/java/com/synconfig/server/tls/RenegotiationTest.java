package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.KeyType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Client-initiated renegotiation (a DoS risk testssl.sh flags) is refused on both engines: BoringSSL by itself,
 * the JDK because {@link JdkTlsSettings} sets {@code jdk.tls.rejectClientInitiatedRenegotiation}.
 */
class RenegotiationTest {

    /** BoringSSL answers with a no_renegotiation alert, the JDK with handshake_failure. */
    private static final Pattern REFUSED = Pattern.compile("alert (no renegotiation|handshake failure)");

    @TempDir
    static Path dir;

    static Stream<TlsEngine> engines() {
        return Arrays.stream(TlsEngine.values()).filter(TlsEngine::isAvailable);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void clientInitiatedRenegotiationIsRefused(TlsEngine engine) throws Exception {
        ServerTlsSetup setup = ServerTlsContexts.setupFor(ServiceDefinition.named("Reneg").toBuilder().encrypt(true)
                .build(), TestPki.load(TestPki.makeServiceFile(dir, KeyType.RSA)), engine);
        try (TlsTestListener listener = new TlsTestListener(setup)) {
            String out = OpenSslClient.session(listener.port(), "R\n", REFUSED, "-tls1_2");

            assertThat(listener.nextHandshake().success()).isTrue();
            assertThat(out).contains("RENEGOTIATING")
                    .containsPattern(REFUSED);
        }
    }
}
