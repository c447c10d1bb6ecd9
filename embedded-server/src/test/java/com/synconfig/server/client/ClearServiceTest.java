package com.synconfig.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.Eventually;
import com.synconfig.server.FileServer;
import com.synconfig.server.TestServer;
import com.synconfig.server.wire.FieldTest;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;
import com.synconfig.server.wire.OpenMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clear, non-secure service: every request over the real wire, through the client library. */
class ClearServiceTest {

    @TempDir
    Path dir;
    FileServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(TestServer.clear(dir));
        Path data = dir.resolve("data");
        IsamFile.create(data.resolve("cust.ism"), new IsamDefinition(20,
                List.of(KeySpec.parse("1:6"), KeySpec.parse("7:10,dups")), false)).close();
        IsamFile.create(data.resolve("secret.ism"), new IsamDefinition(10, List.of(KeySpec.parse("1:4")), true)).close();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    static byte[] rec(String id, String city) {
        return String.format("%-6s%-10s%-4s", id, city, "").getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static ErrorCode code(Throwable t) {
        return ((RemoteFileException) t).code();
    }

    @Test
    void storeReadWriteDeleteFindOverTheWire() throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile f = c.open("cust.ism", OpenMode.UPDATE, "")) {
            assertThat(c.encrypted()).isFalse();
            assertThat(f.kind()).isEqualTo("ISAM");
            assertThat(f.recordSize()).isEqualTo(20);
            f.store(rec("A00001", "PARIS"));
            f.store(rec("A00002", "LONDON"));
            f.store(rec("B00001", "PARIS"));
            assertThat(text(f.read("A00002".getBytes()))).startsWith("A00002LONDON");
            f.write(rec("A00002", "OSLO"));
            assertThat(text(f.read(1, "OSLO".getBytes(), Match.EQUAL))).startsWith("A00002");
            assertThat(text(f.read("B".getBytes()))).startsWith("B00001");
            f.delete();
            assertThatThrownBy(() -> f.read("B00001".getBytes())).satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.RNF))
                    .hasMessage("Record not found");
            f.find(0, "A".getBytes(), Match.EQUAL);
            assertThat(text(f.readNext())).startsWith("A00001");
            assertThat(text(f.readNext())).startsWith("A00002OSLO");
            assertThatThrownBy(f::readNext).satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.EOF));
            assertThat(text(f.readPrevious())).startsWith("A00001");
            f.unlock();
            assertThatThrownBy(() -> f.write(rec("A00001", "X")))
                    .satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.NOCURR));
        }
    }

    @Test
    void selectReturnsOnlyMatchingRecordsInBatches() throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile f = c.open("cust.ism", OpenMode.UPDATE, "")) {
            for (int i = 0; i < 1200; i++) {
                f.store(rec(String.format("C%05d", i), i % 3 == 0 ? "PARIS" : "ROME"));
            }
            List<byte[]> got = new ArrayList<>();
            SelectFilter filter = new SelectFilter(0, "C00100".getBytes(), "C00999".getBytes(),
                    List.of(FieldTest.parse("7:10=PARIS")));
            f.select(filter, 7, got::add);
            // C00100..C00999 holds 900 ids; every third (i divisible by 3) is PARIS: 102, 105, ... 999 = 300
            assertThat(got).hasSize(300);
            assertThat(got).allSatisfy(r -> assertThat(text(r).substring(6, 16).trim()).isEqualTo("PARIS"));
            assertThat(text(got.get(0))).startsWith("C00102");
            assertThat(text(got.get(299))).startsWith("C00999");
            assertThat(f.select(new SelectFilter(1, "ROME".getBytes(), "ROME".getBytes(),
                    List.of(FieldTest.parse("1:6<C00010"))))).hasSize(6); // 1,2,4,5,7,8
            assertThat(f.select(SelectFilter.all())).hasSize(1200);
        }
    }

    @Test
    void twoClientsCannotUpdateTheSameRecordAtOnce() throws Exception {
        try (RemoteFileClient a = RemoteFileClient.connect(TestServer.client(server));
             RemoteFileClient b = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile fa = a.open("cust.ism", OpenMode.UPDATE, "");
             RemoteFile fb = b.open("cust.ism", OpenMode.UPDATE, "")) {
            fa.store(rec("L1", "PARIS"));
            fa.read("L1".getBytes());
            assertThatThrownBy(() -> fb.read("L1".getBytes()))
                    .satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.LOCKED)).hasMessage("Record is locked");
            try (RemoteFile input = b.open("cust.ism", OpenMode.INPUT, "")) {
                assertThat(text(input.read("L1".getBytes()))).startsWith("L1"); // input never locks
            }
            fa.write(rec("L1", "ROME"));
            assertThat(text(fb.read("L1".getBytes()))).contains("ROME");
        }
        Eventually.holds(() -> server.openFiles() == 0);
    }

    @Test
    void networkEncryptedFileIsRefusedInClearWithTheOriginalsText() throws Exception {
        List<com.synconfig.server.ServerEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.events().subscribe(events::add);
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
            assertThatThrownBy(() -> c.open("secret.ism", OpenMode.INPUT, ""))
                    .satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.NETCRYPT))
                    .hasMessageStartingWith("File requires network encryption");
            RemoteFile f = c.open("cust.ism", OpenMode.INPUT, "");
            assertThat(f.isinfo("NETCRYPT")).isEqualTo("0");
            assertThat(f.getfa("SLE", 1)).isEqualTo("0");
            assertThat(f.getfa("SLC", 128)).isEmpty();
        }
        server.events().flush(); // listeners hear of events on the event log's thread
        assertThat(events).anySatisfy(e -> assertThat(e.toString()).startsWith("REFUSED 127.0.0.1:")
                .contains("$ERR_NETCRYPT").contains("secret.ism"));
        Eventually.holds(() -> server.openFiles() == 0);
    }

    @Test
    void encryptOptionOnAClearServiceIsAClientServerError() throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
            assertThatThrownBy(() -> c.open("cust.ism", OpenMode.INPUT, "/encrypt"))
                    .satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.CLNTERR))
                    .satisfies(t -> assertThat(((RemoteFileException) t).text())
                            .isEqualTo("Client server error, host:127.0.0.1"));
        }
        assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server).encrypt(true)))
                .satisfies(t -> assertThat(((RemoteFileException) t).text()).isEqualTo("Client server error, host:127.0.0.1"))
                .satisfies(t -> assertThat(((RemoteFileException) t).info()).isEmpty());
    }

    @Test
    void pathTraversalIsRefusedAndLogged() throws Exception {
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.events().subscribe(e -> events.add(e.toString()));
        Files.writeString(dir.resolve("outside.txt"), "secret");
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
            for (String p : List.of("../outside.txt", "/etc/passwd", "a/../../outside.txt")) {
                assertThatThrownBy(() -> c.open(p, OpenMode.INPUT, ""))
                        .satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.FILSPC))
                        .hasMessageContaining("refused");
            }
        }
        server.events().flush(); // listeners hear of events on the event log's thread
        assertThat(events).anySatisfy(e -> assertThat(e).startsWith("REFUSED").contains("../outside.txt"));
    }

    @Test
    void sequentialFilesWriteAppendAndReadLinesAndFixedRecords() throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
            try (RemoteFile out = c.open("out.txt", OpenMode.OUTPUT, "")) {
                assertThat(out.kind()).isEqualTo("SEQUENTIAL");
                out.store("first".getBytes());
            }
            try (RemoteFile app = c.open("out.txt", OpenMode.APPEND, "")) {
                app.store("second".getBytes());
            }
            try (RemoteFile in = c.open("out.txt", OpenMode.INPUT, "")) {
                assertThat(text(in.readNext())).isEqualTo("first");
                assertThat(text(in.readNext())).isEqualTo("second");
                assertThatThrownBy(in::readNext).satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.EOF));
                assertThatThrownBy(() -> in.read("x".getBytes())).satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.FILOPT));
            }
            try (RemoteFile fixed = c.open("fixed.dat", OpenMode.OUTPUT, "/recsiz=4")) {
                fixed.store("ABCD".getBytes());
                fixed.store("EFGH".getBytes());
                assertThatThrownBy(() -> fixed.store("toolong".getBytes()))
                        .satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.IRCSIZ));
            }
            try (RemoteFile in = c.open("fixed.dat", OpenMode.INPUT, "/recsiz=4")) {
                assertThat(text(in.readNext())).isEqualTo("ABCD");
                assertThat(text(in.readNext())).isEqualTo("EFGH");
            }
            assertThat(Files.readString(dir.resolve("data/out.txt"))).isEqualTo("first\nsecond\n");
            assertThatThrownBy(() -> c.open("missing.txt", OpenMode.INPUT, ""))
                    .satisfies(t -> assertThat(code(t)).isEqualTo(ErrorCode.FNF));
        }
    }

    @Test
    void statusListsConnectionsWithUserAndOpenFiles() throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile f = c.open("cust.ism", OpenMode.INPUT, "")) {
            assertThat(f.kind()).isEqualTo("ISAM");
            var status = server.status();
            assertThat(status.port()).isEqualTo(server.port());
            assertThat(status.tlsEngine()).isEqualTo("none");
            assertThat(status.connections()).hasSize(1);
            var conn = status.connections().get(0);
            assertThat(conn.user()).isEqualTo("tester");
            assertThat(conn.openFiles()).containsExactly("cust.ism");
            assertThat(conn.protocol()).isEmpty();
            assertThat(conn.bytesIn()).isPositive();
            assertThat(conn.bytesOut()).isPositive();
        }
    }
}
