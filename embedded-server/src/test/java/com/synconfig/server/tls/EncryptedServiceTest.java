package com.synconfig.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.Scl;
import com.synconfig.server.Eventually;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.TestServer;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.Response;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.DataInputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted service with a TLS context built here from an openssl-made certificate (the production context
 * comes from ServerTlsContexts): TLS from the first byte, automatic TLS for clients without /encrypt, NETCRYPT
 * files served over TLS, mismatches reported with the original's texts.
 */
class EncryptedServiceTest {

    @TempDir
    static Path certDir;
    static TestCertificates certs;

    @TempDir
    Path dir;
    FileServer server;
    final List<ServerEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void makeCertificate() throws Exception {
        certs = TestCertificates.create(certDir);
    }

    private FileServer start(TlsContextSource tls) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        IsamFile.create(dir.resolve("data/secret.ism"), new IsamDefinition(10, List.of(KeySpec.parse("1:4")), true)).close();
        server = TestServer.start(TestServer.encrypted(dir, tls, Scl.LEVEL_3));
        server.events().subscribe(events::add);
        return server;
    }

    private TlsContextSource scl3() {
        return () -> SslContextBuilder.forServer(certs.cert.toFile(), certs.key.toFile())
                .protocols("TLSv1.3", "TLSv1.2").build();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void clientWithoutEncryptSwitchesToTlsAndReadsANetworkEncryptedFile() throws Exception {
        start(scl3());
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile f = c.open("secret.ism", OpenMode.UPDATE, "")) {
            assertThat(c.encrypted()).isTrue();
            assertThat(c.protocol()).isEqualTo("TLSv1.3");
            f.store("ABCDsecret".getBytes());
            assertThat(new String(f.read("ABCD".getBytes()))).isEqualTo("ABCDsecret");
            assertThat(f.getfa("SLE", 1)).isEqualTo("1");
            assertThat(f.isinfo("NETCRYPT")).isEqualTo("1");
            var conn = server.status().connections();
            assertThat(conn).singleElement().satisfies(i -> {
                assertThat(i.protocol()).isEqualTo("TLSv1.3");
                assertThat(i.cipher()).startsWith("TLS_");
            });
        }
        assertThat(server.status().tlsEngine()).isIn("BoringSSL", "JDK");
        assertThat(server.status().protocols()).containsExactly("TLSv1.2", "TLSv1.3");
    }

    @Test
    void clientWithEncryptAndSclOptionsOpens() throws Exception {
        start(scl3());
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server).encrypt(true).scl(Scl.LEVEL_3));
             RemoteFile f = c.open("secret.ism", OpenMode.INPUT, "/encrypt/scl=3")) {
            assertThat(f.getfa("SLE", 1)).isEqualTo("1");
        }
    }

    @Test
    void noSharedSuiteGivesTheInformationalTextAndTheServerLogsTheRemote() throws Exception {
        // the server offers only an ECDSA suite but holds an RSA certificate: no suite can be agreed
        start(() -> SslContextBuilder.forServer(certs.cert.toFile(), certs.key.toFile()).protocols("TLSv1.2")
                .ciphers(List.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")).build());
        assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server).encrypt(true)))
                .isInstanceOfSatisfying(RemoteFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CLNTERR);
                    assertThat(e.text()).isEqualTo("Client server error, host:127.0.0.1");
                    assertThat(e.info()).isEqualTo(
                            "Error requesting secure connection: socket error: an EOF was observed that violates the protocol.");
                });
        Eventually.holds(() -> events.stream().anyMatch(e -> e.kind() == ServerEvent.Kind.TLS_FAILED
                && e.remote().startsWith("127.0.0.1:") && e.message().contains("handshake failed")));
    }

    @Test
    void aClearClientIsToldToUseTls() throws Exception {
        start(scl3());
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            byte[] hello = new com.synconfig.server.wire.Request.Hello("SYNX", 1).encode();
            s.getOutputStream().write(new byte[] {0, 0, 0, (byte) hello.length});
            s.getOutputStream().write(hello);
            DataInputStream in = new DataInputStream(s.getInputStream());
            byte[] answer = new byte[in.readInt()];
            in.readFully(answer);
            assertThat(Response.decode(answer)).isInstanceOf(Response.TlsRequired.class);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void opensslSpeaksTlsFromTheFirstByte() throws Exception {
        start(scl3());
        String out13 = TestCertificates.run(certDir, List.of("openssl", "s_client", "-connect",
                "127.0.0.1:" + server.port(), "-tls1_3"));
        assertThat(out13).contains("New, TLSv1.3, Cipher is TLS_");
        String out12 = TestCertificates.run(certDir, List.of("openssl", "s_client", "-connect",
                "127.0.0.1:" + server.port(), "-tls1_2"));
        assertThat(out12).contains("New, TLSv1.2, Cipher is ECDHE-RSA-");
        String out11 = TestCertificates.run(certDir, List.of("openssl", "s_client", "-connect",
                "127.0.0.1:" + server.port(), "-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"));
        assertThat(out11).doesNotContain("New, TLSv1.1");
        Eventually.holds(() -> events.stream().anyMatch(e -> e.kind() == ServerEvent.Kind.TLS_FAILED));
    }
}
