package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.CipherDescriptions;
import com.synconfig.model.tls.KeyType;
import com.synconfig.server.Eventually;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.ServerStartException;
import com.synconfig.server.TestServer;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.wire.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole server with the production TLS context (ServerTlsContexts, ServiceCredentials) at each SCL, against
 * the real openssl s_client and our client; GETFA SLC checked against the real openssl ciphers output.
 */
class ServiceTlsTest {

    @TempDir
    static Path pki;
    static Path serviceFile;

    @TempDir
    Path dir;

    @BeforeAll
    static void certificate() throws Exception {
        serviceFile = TestPki.makeServiceFile(pki, KeyType.RSA);
    }

    static ServerSettings settings(Path dir, Scl scl, String certificate) {
        ServiceDefinition service = ServiceDefinition.named("TlsSrv").toBuilder().encrypt(true).scl(scl)
                .certificateFile(certificate).nonSecure(true).defaultUser("tester").build();
        return new ServerSettings("TlsSrv", "127.0.0.1", 0, ServiceTlsSource.of(service, Path.of(certificate), null), scl, false,
                "tester", LogLevel.REQUESTS, dir.resolve("data"), dir.resolve("users"));
    }

    /** The line {@code openssl ciphers -stdname -v} prints for an IANA suite name, without the name column. */
    static String opensslLine(String ianaName) throws Exception {
        String out = TestCertificates.run(pki, List.of("openssl", "ciphers", "-stdname", "-v", "ALL:@SECLEVEL=0"));
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith(ianaName + " ")).findFirst()
                .map(l -> l.substring(l.indexOf(" - ") + 3)).orElseThrow(() -> new AssertionError(ianaName + " not in " + out));
    }

    @ParameterizedTest
    @EnumSource(Scl.class)
    void handshakesFollowTheSclTable(Scl scl) throws Exception {
        List<ServerEvent> events = new CopyOnWriteArrayList<>();
        try (FileServer server = new FileServer(settings(dir, scl, serviceFile.toString()))) {
            server.events().subscribe(events::add);
            server.start();
            assertThat(server.status().protocols()).isEqualTo(scl.protocols());

            OpenSslClient.Result t13 = OpenSslClient.connect(server.port(), "-tls1_3");
            assertThat(t13.connected()).as(t13.output()).isTrue();
            assertThat(t13.protocol()).isEqualTo("TLSv1.3");

            OpenSslClient.Result t12 = OpenSslClient.connect(server.port(), "-tls1_2");
            assertThat(t12.connected()).as(t12.output()).isTrue();
            assertThat(t12.protocol()).isEqualTo("TLSv1.2");
            String line = Arrays.stream(TestCertificates.run(pki, List.of("openssl", "ciphers", "-v", t12.suite()))
                    .split("\n")).filter(l -> l.startsWith(t12.suite() + " ")).findFirst().orElseThrow();
            assertThat(CipherDescriptions.describe(t12.suite())).isEqualTo(line);

            OpenSslClient.Result t11 = OpenSslClient.connect(server.port(), "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0");
            boolean tls11Allowed = scl.effective() == Scl.LEVEL_2;
            assertThat(t11.connected()).as(t11.output()).isEqualTo(tls11Allowed);
            if (tls11Allowed) {
                assertThat(t11.protocol()).isEqualTo("TLSv1.1");
            } else {
                Eventually.holds(() -> events.stream().anyMatch(e -> e.kind() == ServerEvent.Kind.TLS_FAILED
                        && e.remote().startsWith("127.0.0.1:")));
            }
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> sclAndClientProtocol() {
        return java.util.stream.Stream.of(Scl.LEVEL_3, Scl.LEVEL_2).flatMap(scl -> java.util.stream.Stream.of(
                "TLSv1.3", "TLSv1.2", "TLSv1.1").map(p -> org.junit.jupiter.params.provider.Arguments.of(scl, p)));
    }

    /** Our client offering one protocol: accepted or refused as the SCL table says; SLC is openssl's line. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("sclAndClientProtocol")
    void ourClientIsAcceptedOrRefusedPerScl(Scl scl, String protocol) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.txt"), "x\n");
        try (FileServer server = TestServer.start(settings(dir, scl, serviceFile.toString()))) {
            var client = com.synconfig.server.client.ClientOptions.of("127.0.0.1", server.port()).encrypt(true)
                    .scl(Scl.LEVEL_2).onlyProtocols(protocol);
            if (scl.protocols().contains(protocol)) {
                try (RemoteFileClient c = RemoteFileClient.connect(client);
                     RemoteFile f = c.open("a.txt", OpenMode.INPUT, "/encrypt")) {
                    assertThat(c.protocol()).isEqualTo(protocol);
                    assertThat(f.getfa("SLC", 128)).isEqualTo(opensslLine(c.cipherSuite()));
                }
            } else {
                assertThatThrownBy(() -> RemoteFileClient.connect(client))
                        .isInstanceOfSatisfying(com.synconfig.server.client.RemoteFileException.class, e -> {
                            assertThat(e.text()).isEqualTo("Client server error, host:127.0.0.1");
                            assertThat(e.info()).isEqualTo("Error requesting secure connection: socket error: "
                                    + "an EOF was observed that violates the protocol.");
                        });
            }
        }
    }

    @Test
    void openWithAHigherSclThanTheConnectionIsAClientServerError() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.txt"), "x\n");
        try (FileServer server = TestServer.start(settings(dir, Scl.LEVEL_2, serviceFile.toString()));
             RemoteFileClient c = RemoteFileClient.connect(com.synconfig.server.client.ClientOptions
                     .of("127.0.0.1", server.port()).encrypt(true).scl(Scl.LEVEL_2).onlyProtocols("TLSv1.1"))) {
            assertThat(c.protocol()).isEqualTo("TLSv1.1");
            c.open("a.txt", OpenMode.INPUT, "/encrypt/scl=2").close();
            assertThatThrownBy(() -> c.open("a.txt", OpenMode.INPUT, "/encrypt/scl=3"))
                    .isInstanceOfSatisfying(com.synconfig.server.client.RemoteFileException.class, e -> {
                        assertThat(e.text()).isEqualTo("Client server error, host:127.0.0.1");
                        assertThat(e.info()).isEqualTo("Error requesting secure connection: socket error: "
                                + "an EOF was observed that violates the protocol.");
                    });
            assertThatThrownBy(() -> c.open("a.txt", OpenMode.INPUT, "/scl=5"))
                    .hasMessageContaining("Invalid file option").hasMessageContaining("use 0 (default, currently 3), 2 or 3");
        }
    }

    @Test
    void getfaSlcIsOpensslsLineForTheNegotiatedSuite() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.txt"), "x\n");
        try (FileServer server = TestServer.start(settings(dir, Scl.LEVEL_3, serviceFile.toString()));
             RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server).encrypt(true));
             RemoteFile f = c.open("a.txt", OpenMode.INPUT, "/encrypt")) {
            String expected = opensslLine(c.cipherSuite());
            assertThat(f.getfa("SLC", 128)).isEqualTo(expected);
            assertThat(f.getfa("SLC", 20)).isEqualTo(expected.substring(0, 20));
            assertThat(f.getfa("SLE", 1)).isEqualTo("1");
            assertThat(server.status().tlsEngine()).isEqualTo(TlsEngine.preferred().label());
        }
    }

    @Test
    void aWrongPassphraseIsAClearStartErrorAndTheRightOneStarts() throws Exception {
        Path key = pki.resolve("enc-key.pem");
        Path cert = pki.resolve("enc-cert.pem");
        TestCertificates.run(pki, List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-passout", "pass:s3cret",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost"));
        Path pem = pki.resolve("enc-rsynd.pem");
        Files.writeString(pem, Files.readString(cert) + Files.readString(key));
        ServiceDefinition service = ServiceDefinition.named("TlsSrv").toBuilder().encrypt(true)
                .certificateFile(pem.toString()).build();
        for (String passphrase : List.of("wrong", "s3cret")) {
            ServerSettings s = new ServerSettings("TlsSrv", "127.0.0.1", 0,
                    ServiceTlsSource.of(service, pem, passphrase.toCharArray()), Scl.LEVEL_3, false, "tester",
                    LogLevel.BASIC, dir.resolve("data"), dir.resolve("users"));
            try (FileServer server = new FileServer(s)) {
                if (passphrase.equals("wrong")) {
                    assertThatThrownBy(server::start).isInstanceOf(ServerStartException.class)
                            .hasMessageContaining("wrong passphrase or damaged key");
                } else {
                    server.start();
                    assertThat(OpenSslClient.connect(server.port(), "-tls1_3").connected()).isTrue();
                }
            }
        }
    }

    @Test
    void aMissingCertificateIsAClearStartError() {
        FileServer server = new FileServer(settings(dir, Scl.LEVEL_3, dir.resolve("nope.pem").toString()));
        assertThatThrownBy(server::start).isInstanceOf(ServerStartException.class)
                .hasMessageContaining("nope.pem does not exist");
        assertThat(server.state()).isEqualTo(com.synconfig.server.ServerState.FAILED);
    }
}
