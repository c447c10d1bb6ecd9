package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.CipherCatalog;
import com.synconfig.model.tls.CipherDescriptions;
import com.synconfig.model.tls.ClientProfile;
import com.synconfig.model.tls.ClientProfiles;
import com.synconfig.model.tls.KeyType;
import com.synconfig.model.tls.NegotiationPreview;
import com.synconfig.model.tls.Prediction;
import com.synconfig.model.tls.TlsProtocol;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prediction against reality: for every engine, SCL and certificate key type, real clients (openssl s_client in
 * each mode it can emulate, a JSSE client configured like Java 17) connect to a listener built by
 * {@link ServerTlsContexts}; the preview must predict exactly what happened, failures included.
 */
class NegotiationPreviewProofTest {

    private static final String HOST = "127.0.0.1";
    private static final String SECLEVEL0 = "DEFAULT:@SECLEVEL=0";
    private static final Map<KeyType, ServiceCredentials> CREDENTIALS = new EnumMap<>(KeyType.class);

    @TempDir
    static Path dir;

    /** A client the test can run for real: an s_client command line or a JSSE client, and the profile it matches. */
    record RealClient(String name, ClientProfile profile, List<String> sClientArgs) {
        boolean isJsse() {
            return sClientArgs == null;
        }
    }

    @BeforeAll
    static void certificates() throws Exception {
        for (KeyType k : KeyType.values()) {
            CREDENTIALS.put(k, TestPki.load(TestPki.makeServiceFile(dir, k)));
        }
    }

    static List<RealClient> clients() {
        CipherCatalog c = CipherCatalog.standard();
        ClientProfile ossl3 = ClientProfiles.byId(ClientProfiles.OPENSSL_3_0);
        ClientProfile ossl3s0 = ClientProfiles.byId(ClientProfiles.OPENSSL_3_0_SECLEVEL0);
        ClientProfile java17 = ClientProfiles.byId(ClientProfiles.JAVA_17);
        List<TlsProtocol> tls11 = List.of(TlsProtocol.TLS_V1_1);
        List<TlsProtocol> tls12 = List.of(TlsProtocol.TLS_V1_2);
        return List.of(
                new RealClient("openssl-3.0", ossl3, List.of()),
                new RealClient("openssl-3.0-seclevel0", ossl3s0, List.of("-cipher", SECLEVEL0)),
                new RealClient("openssl-3.0 -tls1_1", ossl3.restrictedTo(tls11, List.of()), List.of("-tls1_1")),
                new RealClient("openssl-3.0-seclevel0 -tls1_1", ossl3s0.restrictedTo(tls11, List.of()),
                        List.of("-tls1_1", "-cipher", SECLEVEL0)),
                new RealClient("openssl-3.0 -tls1_2", ossl3.restrictedTo(tls12, List.of()), List.of("-tls1_2")),
                new RealClient("openssl-3.0 TLS 1.3 AES-128 first",
                        ossl3.restrictedTo(List.of(TlsProtocol.TLS_V1_3),
                                List.of(c.require("TLS_AES_128_GCM_SHA256"), c.require("TLS_AES_256_GCM_SHA384"))),
                        List.of("-tls1_3", "-ciphersuites", "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384")),
                new RealClient("openssl-3.0 TLS 1.2 ECDSA only",
                        ossl3.restrictedTo(tls12, List.of(c.require("ECDHE-ECDSA-AES256-GCM-SHA384"))),
                        List.of("-tls1_2", "-cipher", "ECDHE-ECDSA-AES256-GCM-SHA384")),
                new RealClient("openssl-3.0-seclevel0 TLS 1.1 static RSA only",
                        ossl3s0.restrictedTo(tls11, List.of(c.require("AES128-SHA"))),
                        List.of("-tls1_1", "-cipher", "AES128-SHA:@SECLEVEL=0")),
                new RealClient("java-17", java17, null),
                new RealClient("java-17 TLS 1.2 only", java17.restrictedTo(tls12, List.of()), null));
    }

    static Stream<Arguments> services() {
        List<Arguments> out = new ArrayList<>();
        for (TlsEngine engine : TlsEngine.values()) {
            if (engine.isAvailable()) {
                for (Scl scl : Scl.values()) {
                    for (KeyType key : KeyType.values()) {
                        out.add(Arguments.of(engine, scl, key));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} SCL {1} {2} certificate")
    @MethodSource("services")
    void predictionEqualsWhatRealClientsNegotiate(TlsEngine engine, Scl scl, KeyType key) throws Exception {
        ServiceDefinition service = ServiceDefinition.named("Proof").toBuilder().encrypt(true).scl(scl).build();
        ServerTlsSetup setup = ServerTlsContexts.setupFor(service, CREDENTIALS.get(key), engine);
        SoftAssertions softly = new SoftAssertions();
        try (TlsTestListener listener = new TlsTestListener(setup)) {
            for (RealClient client : clients()) {
                Prediction predicted = NegotiationPreview.predict(setup.offer(), client.profile(), HOST);
                boolean connected;
                String protocol;
                String suite;
                String evidence;
                if (client.isJsse()) {
                    JsseTestClient.Result r = JsseTestClient.connect(listener.port(), client.profile());
                    connected = r.connected();
                    protocol = r.protocol();
                    suite = r.suite();
                    evidence = r.error();
                } else {
                    OpenSslClient.Result r = OpenSslClient.connect(listener.port(),
                            client.sClientArgs().toArray(String[]::new));
                    connected = r.connected();
                    protocol = r.protocol();
                    suite = r.suite();
                    evidence = r.output();
                }
                TlsTestListener.Handshake server = listener.nextHandshake();
                String what = client.name() + " (predicted: " + predicted.summary() + " because " + predicted.reason()
                        + "; client said: " + evidence + ")";
                softly.assertThat(connected).as(what).isEqualTo(predicted.success());
                softly.assertThat(server.success()).as(what).isEqualTo(predicted.success());
                if (connected && predicted.success()) {
                    softly.assertThat(protocol).as(what).isEqualTo(predicted.protocol().id());
                    softly.assertThat(CipherDescriptions.describe(suite)).as(what).isEqualTo(predicted.description());
                    softly.assertThat(CipherDescriptions.describe(server.suite())).as(what)
                            .isEqualTo(predicted.description());
                }
                if (!predicted.success()) {
                    softly.assertThat(predicted.clientError()).isEqualTo("Client server error, host:" + HOST);
                }
            }
        }
        softly.assertAll();
        assertThat(clients()).hasSize(10);
    }
}
