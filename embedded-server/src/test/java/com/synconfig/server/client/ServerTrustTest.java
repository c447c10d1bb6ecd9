package com.synconfig.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.pki.CertificateFiles;
import com.synconfig.model.pki.CertificateToolkit;
import com.synconfig.model.pki.DistinguishedName;
import com.synconfig.model.pki.KeySpec;
import com.synconfig.model.pki.SubjectAltNames;
import com.synconfig.model.service.Scl;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.TestServer;
import com.synconfig.server.tls.TestCertificates;
import com.synconfig.server.wire.ErrorCode;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client checks whom it talks to (#15 item 8): a pinned certificate or one issued by a given CA is accepted,
 * anything else refused before a request (or a password) is sent; certificates and servers are the real openssl's.
 */
class ServerTrustTest {

    @TempDir
    static Path certDir;
    static TestCertificates selfSigned;
    static Path caCert;
    static Path caIssued;
    static Path caIssuedKey;

    @TempDir
    Path dir;
    FileServer server;
    final List<ServerEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void makeCertificates() throws Exception {
        selfSigned = TestCertificates.create(certDir);
        caCert = certDir.resolve("ca.pem");
        Path caKey = certDir.resolve("ca.key");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", caKey.toString(), "-out", caCert.toString(),
                "-days", "2", "-subj", "/CN=Test CA");
        caIssuedKey = certDir.resolve("srv.key");
        Path csr = certDir.resolve("srv.csr");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", caIssuedKey.toString(), "-out", csr.toString(),
                "-subj", "/CN=127.0.0.1");
        Path ext = Files.writeString(certDir.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
        caIssued = certDir.resolve("srv.pem");
        openssl("x509", "-req", "-in", csr.toString(), "-CA", caCert.toString(), "-CAkey", caKey.toString(),
                "-CAcreateserial", "-out", caIssued.toString(), "-days", "2", "-extfile", ext.toString());
    }

    private static String openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        return TestCertificates.run(certDir, command);
    }

    private FileServer start(Path cert, Path key) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        server = TestServer.start(TestServer.encrypted(dir, () -> SslContextBuilder.forServer(cert.toFile(), key.toFile())
                .protocols("TLSv1.3", "TLSv1.2").build(), Scl.LEVEL_3));
        server.events().subscribe(events::add);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private ClientOptions client() {
        return ClientOptions.of("127.0.0.1", server.port());
    }

    private static String pinOf(Path pem) throws Exception {
        return ServerTrust.pinOf(CertificateFiles.readCertificates(pem).get(0));
    }

    /** What {@code openssl x509 -fingerprint -sha256} says, as a pin: the user can check ours against it. */
    private static String opensslPin(Path pem) throws Exception {
        String line = openssl("x509", "-noout", "-fingerprint", "-sha256", "-in", pem.toString()).trim();
        return "sha256:" + line.substring(line.indexOf('=') + 1);
    }

    @Test
    void thePinnedCertificateIsAcceptedInEitherSpelling() throws Exception {
        start(selfSigned.cert, selfSigned.key);
        String pin = opensslPin(selfSigned.cert);
        for (String spelling : List.of(pin, pin.replace(":", "").replace("sha256", "sha256:").toLowerCase())) {
            try (RemoteFileClient c = RemoteFileClient.connect(client().trust(ServerTrust.pinned(spelling)))) {
                assertThat(c.encrypted()).isTrue();
            }
        }
    }

    @Test
    void aWrongPinIsRefusedBeforeAnyRequest() throws Exception {
        start(selfSigned.cert, selfSigned.key);
        ServerTrust other = ServerTrust.pinned(pinOf(caIssued));
        assertThatThrownBy(() -> RemoteFileClient.connect(client().encrypt(true).trust(other)))
                .isInstanceOfSatisfying(ServerNotTrustedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CLNTERR);
                    assertThat(e.text()).isEqualTo("Client server error, host:127.0.0.1");
                    assertThat(e.pin()).isEqualTo(opensslPinUnchecked(selfSigned.cert));
                    assertThat(e.info()).contains("CN=localhost", "is not trusted: its fingerprint is " + e.pin()
                            + ", not the pinned " + pinOfUnchecked(caIssued));
                });
        server.events().flush(); // listeners hear of events on the event log's thread
        assertThat(events).noneMatch(e -> e.kind() == ServerEvent.Kind.REQUEST);
    }

    @Test
    void withNothingKnownEveryCertificateIsRefusedAndItsPinReported() throws Exception {
        start(selfSigned.cert, selfSigned.key);
        assertThatThrownBy(() -> RemoteFileClient.connect(client()))
                .isInstanceOfSatisfying(ServerNotTrustedException.class, e -> {
                    assertThat(e.pin()).isEqualTo(opensslPinUnchecked(selfSigned.cert));
                    assertThat(e.info()).contains("no CA file or pin was given");
                });
    }

    @Test
    void aCaFileTrustsTheCertificatesItIssuedForThisHostOnly() throws Exception {
        start(caIssued, caIssuedKey);
        try (RemoteFileClient c = RemoteFileClient.connect(client().trust(ServerTrust.authorities(caCert)))) {
            assertThat(c.encrypted()).isTrue();
        }
        assertThatThrownBy(() -> RemoteFileClient.connect(ClientOptions.of("localhost", server.port())
                .trust(ServerTrust.authorities(caCert))))
                .as("the certificate names 127.0.0.1, not localhost")
                .isInstanceOf(ServerNotTrustedException.class).hasMessageContaining("localhost");
        server.stop();
        start(selfSigned.cert, selfSigned.key);
        assertThatThrownBy(() -> RemoteFileClient.connect(client().trust(ServerTrust.authorities(caCert))))
                .isInstanceOfSatisfying(ServerNotTrustedException.class,
                        e -> assertThat(e.info()).contains("Trusted: the CA file " + caCert));
    }

    /** README's way: the service-ready file 'synconfig cert self-signed' writes (certificate and key) as CA file. */
    @Test
    void aSelfSignedServiceCertificateIsItsOwnCaFile() throws Exception {
        Path rsyndPem = dir.resolve("rsynd.pem");
        new CertificateToolkit(message -> { }).selfSigned(DistinguishedName.ofCommonName("localhost"),
                SubjectAltNames.parse(List.of("DNS:localhost", "IP:127.0.0.1")), KeySpec.RSA_2048, 2, rsyndPem, null);
        start(rsyndPem, rsyndPem);
        for (String host : List.of("localhost", "127.0.0.1")) {
            try (RemoteFileClient c = RemoteFileClient.connect(ClientOptions.of(host, server.port())
                    .trust(ServerTrust.authorities(rsyndPem)))) {
                assertThat(c.encrypted()).isTrue();
            }
        }
    }

    @Test
    void opensslsServerWithAnUnknownCertificateIsRefused() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process sServer = new ProcessBuilder("openssl", "s_server", "-accept", "127.0.0.1:" + port, "-cert",
                caIssued.toString(), "-key", caIssuedKey.toString(), "-naccept", "1")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(sServer.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.startsWith("ACCEPT"); line = out.readLine()) {
                // wait until it listens
            }
            ClientOptions o = ClientOptions.of("127.0.0.1", port).encrypt(true)
                    .trust(ServerTrust.pinned(pinOf(selfSigned.cert)));
            assertThatThrownBy(() -> RemoteFileClient.connect(o))
                    .isInstanceOfSatisfying(ServerNotTrustedException.class,
                            e -> assertThat(e.pin()).isEqualTo(opensslPinUnchecked(caIssued)));
        } finally {
            sServer.destroy();
            sServer.waitFor();
        }
    }

    @Test
    void aClientToldWhomToTrustNeverLogsInToAClearService() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        server = TestServer.start(TestServer.secure(dir));
        server.events().subscribe(events::add);
        ClientOptions o = client().login("alice", "correct horse").trust(ServerTrust.pinned(pinOf(selfSigned.cert)));
        assertThatThrownBy(() -> RemoteFileClient.connect(o))
                .isInstanceOfSatisfying(RemoteFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CLNTERR);
                    assertThat(e.info()).isEqualTo("service TestSrv answered in clear, but this client expects"
                            + " encryption (it was told to verify the server against the pinned certificate "
                            + pinOfUnchecked(selfSigned.cert) + "); nothing was sent, no password either");
                });
        server.events().flush();
        assertThat(events).noneMatch(e -> e.kind() == ServerEvent.Kind.LOGIN || e.kind() == ServerEvent.Kind.LOGIN_FAILED);
    }

    private static String opensslPinUnchecked(Path pem) {
        try {
            return opensslPin(pem);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pinOfUnchecked(Path pem) {
        try {
            return pinOf(pem);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
