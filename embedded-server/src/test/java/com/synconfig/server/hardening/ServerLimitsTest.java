package com.synconfig.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.ConnectionLimits;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerLimits;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.TestServer;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * #15 item 5 (and the frame-size part of item 10): answers, frames before login, slow logins and connection counts
 * are bounded, each with a clear answer.
 */
class ServerLimitsTest {

    @TempDir
    Path dir;
    FileServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aSelectOfLargeRecordsComesInBatchesTheClientAccepts() throws Exception {
        int size = 60_000;
        int count = 40; // 2.4 MB: one batch used to be a frame the client refuses (over 1 MiB)
        Files.createDirectories(dir.resolve("data"));
        try (IsamFile f = IsamFile.create(dir.resolve("data/big.ism"),
                new IsamDefinition(size, List.of(KeySpec.parse("1:8")), false))) {
            List<byte[]> records = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] r = new byte[size];
                Arrays.fill(r, (byte) ('a' + i % 26));
                System.arraycopy(String.format("KEY%05d", i).getBytes(), 0, r, 0, 8);
                records.add(r);
            }
            f.insertAll(records);
        }
        server = TestServer.start(TestServer.clear(dir));
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile f = c.open("big.ism", OpenMode.INPUT, "")) {
            List<byte[]> got = f.select(SelectFilter.all());
            assertThat(got).hasSize(count);
            assertThat(new String(got.get(count - 1), 0, 8)).isEqualTo(String.format("KEY%05d", count - 1));
        }
    }

    @ParameterizedTest(name = "secure={0}")
    @ValueSource(booleans = {false, true})
    void beforeLoginOnlySmallFramesAreAccepted(boolean secure) throws Exception {
        if (secure) {
            new UserFile(dir.resolve("users")).add("alice", "alice's password".toCharArray());
        }
        server = TestServer.start(secure ? TestServer.secure(dir) : TestServer.clear(dir));
        int limit = ServerLimits.DEFAULTS.maxPreLoginFrame();
        try (RawConnection c = new RawConnection(server.port())) {
            c.partialFrame(Frames.MAX_PAYLOAD, 10); // announces 1 MiB, sends 10 bytes: refused at once
            Response.Error e = (Response.Error) c.receive();
            assertThat(e.code()).isEqualTo(ErrorCode.PROTOCOL);
            assertThat(e.info()).isEqualTo("a frame of " + Frames.MAX_PAYLOAD + " bytes before login; at most "
                    + limit + " bytes are accepted until HELLO (and LOGIN in secure mode) are done");
            assertThat(c.closedByServer()).isTrue();
        }
        if (secure) { // HELLO alone does not admit large frames in secure mode
            try (RawConnection c = new RawConnection(server.port()).hello()) {
                c.partialFrame(limit + 1, 10);
                assertThat(((Response.Error) c.receive()).info()).contains("before login");
            }
        }
    }

    @Test
    void afterHelloAPayloadOfExactlyTheDocumentedMaximumIsAccepted() throws Exception {
        server = TestServer.start(TestServer.clear(dir));
        byte[] header = new Request.Store(99, new byte[0]).encode();
        byte[] payload = new Request.Store(99, new byte[Frames.MAX_PAYLOAD - header.length]).encode();
        assertThat(payload).hasSize(Frames.MAX_PAYLOAD);
        try (RawConnection c = new RawConnection(server.port()).hello()) {
            c.frame(payload);
            Response.Error e = (Response.Error) c.receive();
            assertThat(e.code()).isEqualTo(ErrorCode.ILLCHN); // decoded and answered: the frame itself was fine
            c.partialFrame(Frames.MAX_PAYLOAD + 1, 10); // refused as soon as the length is read
            e = (Response.Error) c.receive();
            assertThat(e.code()).isEqualTo(ErrorCode.PROTOCOL);
            assertThat(e.info()).isEqualTo("a frame of " + (Frames.MAX_PAYLOAD + 1) + " bytes; at most "
                    + Frames.MAX_PAYLOAD + " bytes are accepted");
        }
    }

    @ParameterizedTest(name = "secure={0}")
    @ValueSource(booleans = {false, true})
    void aConnectionThatDoesNotLogInInTimeIsClosed(boolean secure) throws Exception {
        ServerSettings s = secure ? TestServer.secure(dir) : TestServer.clear(dir);
        server = TestServer.start(s.withLimits(ServerLimits.DEFAULTS.withLoginDeadline(Duration.ofSeconds(1))));
        try (RawConnection silent = new RawConnection(server.port())) {
            assertThat(silent.closedByServer()).isTrue();
        }
        if (secure) {
            try (RawConnection helloOnly = new RawConnection(server.port()).hello()) {
                assertThat(helloOnly.closedByServer()).isTrue();
            }
        } else { // once admitted, the deadline no longer applies
            try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
                Thread.sleep(1_500);
                assertThat(c.open("new.txt", OpenMode.OUTPUT, "")).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "tls={0}")
    @ValueSource(booleans = {false, true})
    void connectionsAreCappedPerHostAndInAllWithAClearRefusal(boolean tls) throws Exception {
        ServerSettings s = tls ? TestServer.encrypted(dir, TestServer.selfSignedTls(dir), Scl.LEVEL_3)
                : TestServer.clear(dir);
        server = TestServer.start(s.withLimits(ServerLimits.DEFAULTS.withConnections(100, 3)));
        List<RawConnection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(new RawConnection(server.port()));
            }
            awaitConnections(3);
            for (ClientOptions o : List.of(TestServer.client(server), TestServer.client(server).encrypt(true))) {
                assertThatThrownBy(() -> RemoteFileClient.connect(o))
                        .isInstanceOfSatisfying(RemoteFileException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.CONNLIM);
                            assertThat(e.text()).isEqualTo("Too many connections; try again later");
                            assertThat(e.info()).contains("this host has 3 connections open",
                                    "raise the limit (the service setting max-connections-per-host)");
                        });
                if (!tls) {
                    break; // a clear service refuses /encrypt before any limit applies
                }
            }
            held.remove(0).close();
            while (server.status().connections().size() > 2) { // until the server has seen the close
                Thread.sleep(10);
            }
            try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server).encrypt(tls))) {
                assertThat(c.encrypted()).isEqualTo(tls);
            }
        } finally {
            for (RawConnection c : held) {
                c.close();
            }
        }
        server.stop();
        server = TestServer.start(s.withLimits(ServerLimits.DEFAULTS.withConnections(2, 100)));
        try (RawConnection a = new RawConnection(server.port()); RawConnection b = new RawConnection(server.port())) {
            awaitConnections(2); // a and b hold the server's two connections
            assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server)))
                    .isInstanceOfSatisfying(RemoteFileException.class,
                            e -> assertThat(e.info()).contains("the server has 2 connections open",
                            "(the service setting max-connections)"));
        }
    }

    @Test
    void aServicesConfiguredLimitsAreTheRunningServersLimits() throws Exception {
        ServiceDefinition service = ServiceDefinition.named("Limited").toBuilder().nonSecure(true)
                .defaultUser("tester").limits(new ConnectionLimits(50, 2, 7)).build();
        ServiceLayouts layouts = new ServiceLayouts(dir.resolve("synconfig.ini"), HostEnvironment.current());
        ServerSettings settings = ServerSettings.from(layouts.of(service), null).withPort(0);
        assertThat(settings.limits().loginDeadline()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.limits().maxConnections()).isEqualTo(50);

        server = TestServer.start(settings);
        try (RawConnection a = new RawConnection(server.port()); RawConnection b = new RawConnection(server.port())) {
            awaitConnections(2);
            assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server)))
                    .isInstanceOfSatisfying(RemoteFileException.class, e -> assertThat(e.info())
                            .contains("this host has 2 connections open", "max-connections-per-host"));
        }
    }

    /** A socket is connected before the server has counted it: waits until it has (likewise for a close). */
    private void awaitConnections(int n) throws InterruptedException {
        while (server.status().connections().size() < n) {
            Thread.sleep(10);
        }
    }
}
