package com.synconfig.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.Scl;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.OpenMode;
import io.netty.handler.ssl.SslContextBuilder;
import com.synconfig.server.tls.TestCertificates;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start, graceful stop, restart, status, and what clients see meanwhile. */
class LifecycleTest {

    @TempDir
    Path dir;

    @Test
    void gracefulStopKeepsEveryAcknowledgedWriteAndClosesFiles() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        IsamFile.create(dir.resolve("data/g.ism"), new IsamDefinition(12, List.of(KeySpec.parse("1:12")), false)).close();
        FileServer server = TestServer.start(TestServer.clear(dir));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch some = new CountDownLatch(300);
        Thread writer = new Thread(() -> {
            try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
                 RemoteFile f = c.open("g.ism", OpenMode.UPDATE, "")) {
                for (int i = 0; ; i++) {
                    String key = String.format("G%011d", i);
                    f.store(key.getBytes(StandardCharsets.ISO_8859_1));
                    acknowledged.add(key);
                    some.countDown();
                }
            } catch (RemoteFileException stopped) {
                // the server went away: expected
            }
        });
        writer.start();
        assertThat(some.await(5, TimeUnit.MINUTES)).isTrue();
        server.stop();
        writer.join(60_000);
        assertThat(server.state()).isEqualTo(ServerState.STOPPED);
        assertThat(server.openFiles()).isZero();
        // the file is closed: this process can open it directly
        try (IsamFile f = IsamFile.open(dir.resolve("data/g.ism"))) {
            assertThat(f.count()).isGreaterThanOrEqualTo(acknowledged.size());
        }
        server.restart();
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile f = c.open("g.ism", OpenMode.INPUT, "")) {
            assertThat(f.select(SelectFilter.all()).stream().map(r -> new String(r, StandardCharsets.ISO_8859_1)))
                    .containsAll(acknowledged);
            assertThat(server.status().state()).isEqualTo(ServerState.RUNNING);
            assertThat(server.status().uptime().isNegative()).isFalse();
        } finally {
            server.stop();
        }
    }

    @Test
    void aPortInUseIsAClearStartError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            FileServer server = new FileServer(TestServer.clear(dir).withPort(taken.getLocalPort()));
            assertThatThrownBy(server::start).isInstanceOf(ServerStartException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " is already in use: stop the program using it or give "
                            + "the service another port.");
            assertThat(server.state()).isEqualTo(ServerState.FAILED);
            assertThat(server.status().connections()).isEmpty();
        }
    }

    @Test
    void clientsVanishingMidHandshakeLeakNothing() throws Exception {
        TestCertificates cert = TestCertificates.create(Files.createDirectories(dir.resolve("pki")));
        try (FileServer server = TestServer.start(TestServer.encrypted(dir,
                () -> SslContextBuilder.forServer(cert.cert.toFile(), cert.key.toFile()).build(), Scl.LEVEL_3))) {
            for (int i = 0; i < 200; i++) {
                try (Socket s = new Socket("127.0.0.1", server.port())) {
                    // the first bytes of a TLS ClientHello record, then gone
                    s.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00});
                }
            }
            Eventually.holds(() -> server.status().connections().isEmpty());
            try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
                assertThat(c.encrypted()).isTrue();
            }
        }
    }
}
