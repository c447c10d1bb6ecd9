package com.synconfig.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.Scl;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.TestServer;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.tls.TlsEngine;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.FieldTest;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.WireWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's side of a streamed select: the records that arrive are the stored ones, in key order, in clear and
 * through TLS on each engine (fixed-length records over many frames; variable-length ones up to the largest record);
 * a consumer that throws leaves the connection usable; and an answer that breaks off (the server closes, sends a
 * malformed frame or one that is no BATCH) ends in a clear error saying after how many records.
 */
class StreamedSelectTest {

    private static final int FIXED = 100;
    private static final int FIXED_RECORDS = 30_000; // 3 MB: several frames of up to 512 KiB
    private static final int VARIABLE_RECORDS = 300;

    @TempDir
    Path dir;
    FileServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clear", "JDK", "BORINGSSL"})
    void theStreamedRecordsAreTheStoredOnes(String transport) throws Exception {
        List<byte[]> fixed = fixedRecords();
        List<byte[]> variable = variableRecords();
        Path data = Files.createDirectories(dir.resolve("data"));
        store(data.resolve("fixed.ism"), new IsamDefinition(FIXED, List.of(KeySpec.parse("1:8")), false), fixed);
        store(data.resolve("var.ism"), new IsamDefinition(0, List.of(KeySpec.parse("1:8")), false), variable);
        ServerSettings settings;
        if (transport.equals("clear")) {
            settings = TestServer.clear(dir);
        } else {
            TlsEngine engine = TlsEngine.valueOf(transport);
            Assumptions.assumeTrue(engine.isAvailable(), () -> engine.label() + " does not load here");
            settings = TestServer.encrypted(dir, TestServer.selfSignedTls(dir, engine), Scl.LEVEL_3);
        }
        server = TestServer.start(settings);
        boolean tls = !transport.equals("clear");
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server).encrypt(tls))) {
            assertThat(c.encrypted()).isEqualTo(tls);
            assertThat(server.status().tlsEngine()).isEqualTo(tls ? TlsEngine.valueOf(transport).label() : "none");
            try (RemoteFile f = c.open("fixed.ism", OpenMode.INPUT, "")) {
                assertSame(f.select(SelectFilter.all()), fixed);
                SelectFilter someOfThem = new SelectFilter(0, key(1_000), key(20_999),
                        List.of(FieldTest.parse("9:1=c")));
                assertSame(f.select(someOfThem), fixed.subList(1_000, 21_000).stream().filter(r -> r[8] == 'c').toList());
                List<byte[]> inSmallFrames = new ArrayList<>();
                f.select(SelectFilter.all(), 7, inSmallFrames::add);
                assertSame(inSmallFrames, fixed);
            }
            try (RemoteFile f = c.open("var.ism", OpenMode.INPUT, "")) {
                assertSame(f.select(SelectFilter.all()), variable);
            }
        }
    }

    @Test
    void aConsumerThatThrowsGetsNoMoreRecordsAndTheConnectionStaysUsable() throws Exception {
        List<byte[]> fixed = fixedRecords();
        store(Files.createDirectories(dir.resolve("data")).resolve("fixed.ism"),
                new IsamDefinition(FIXED, List.of(KeySpec.parse("1:8")), false), fixed);
        server = TestServer.start(TestServer.clear(dir));
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile f = c.open("fixed.ism", OpenMode.INPUT, "")) {
            IllegalStateException stop = new IllegalStateException("enough");
            List<byte[]> seen = new ArrayList<>();
            assertThatThrownBy(() -> f.select(SelectFilter.all(), r -> {
                seen.add(r);
                if (seen.size() == 10) {
                    throw stop;
                }
            })).isSameAs(stop);
            assertThat(seen).hasSize(10);
            assertThat(f.read(key(123))).isEqualTo(fixed.get(123)); // the rest of the answer was read and dropped
            assertThat(f.select(SelectFilter.all())).hasSize(FIXED_RECORDS);
        }
    }

    @Test
    void anAnswerCutShortByTheServerSaysAfterHowManyRecords() throws Exception {
        RemoteFileException e = selectFrom(fakeServer(batch(true, 2)));
        assertThat(e.code()).isEqualTo(ErrorCode.CLNTERR);
        assertThat(e.text()).isEqualTo("Client server error, host:127.0.0.1");
        assertThat(e.info()).isEqualTo("connection lost: the select's answer broke off after 2 records: "
                + "the server closed the connection");
    }

    @Test
    void aMalformedFrameInTheAnswerIsNamed() throws Exception {
        byte[] tooMany = new WireWriter(Response.BATCH).bool(true).i32(Frames.MAX_BATCH + 1).toByteArray();
        assertThat(selectFrom(fakeServer(batch(true, 1), tooMany)).info())
                .isEqualTo("connection lost: the select's answer broke off after 1 record: batch of " + (Frames.MAX_BATCH + 1)
                        + " records");
        byte[] cutShort = Arrays.copyOf(batch(false, 3), 20);
        assertThat(selectFrom(fakeServer(cutShort)).info())
                .startsWith("connection lost: the select's answer broke off after 0 records: frame ends early");
    }

    @Test
    void aFrameOtherThanBatchInTheAnswerIsNamed() throws Exception {
        assertThat(selectFrom(fakeServer(batch(true, 4), new Response.Ok().encode())).info())
                .isEqualTo("connection lost: the select's answer broke off after 4 records: the server sent OK"
                        + " where the select's next BATCH frame belongs");
    }

    @Test
    void anErrorAnswerAfterSomeRecordsIsTheServersError() throws Exception {
        RemoteFileException e = selectFrom(fakeServer(batch(true, 3),
                Response.Error.of(ErrorCode.IOFAIL, "the disk failed").encode()));
        assertThat(e.code()).isEqualTo(ErrorCode.IOFAIL);
        assertThat(e.info()).isEqualTo("the disk failed");
    }

    /** Connects to a fake server and runs a select; returns how it failed (and checks the client gave up). */
    private static RemoteFileException selectFrom(int port) throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(ClientOptions.of("127.0.0.1", port)
                .timeout(java.time.Duration.ofSeconds(20)))) {
            RemoteFile f = c.open("any.ism", OpenMode.INPUT, "");
            List<byte[]> got = new ArrayList<>();
            RemoteFileException e = org.junit.jupiter.api.Assertions.assertThrows(RemoteFileException.class,
                    () -> f.select(SelectFilter.all(), got::add));
            assertThat(got).allSatisfy(r -> assertThat(new String(r, StandardCharsets.ISO_8859_1)).startsWith("REC"));
            return e;
        }
    }

    /**
     * A server that answers HELLO and OPEN as ours does, answers the SELECT with {@code answer}'s frames, and closes.
     */
    private static int fakeServer(byte[]... answer) throws IOException {
        ServerSocket listener = new ServerSocket(0);
        CompletableFuture.runAsync(() -> {
            try (listener; Socket s = listener.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                expect(in, p -> p[0] == Request.HELLO);
                frame(out, new Response.HelloOk(Frames.VERSION, "Fake", false, false).encode());
                expect(in, p -> p[0] == Request.OPEN);
                frame(out, new Response.Opened(1, "ISAM", 0).encode());
                expect(in, p -> p[0] == Request.SELECT);
                for (byte[] f : answer) {
                    frame(out, f);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return listener.getLocalPort();
    }

    private static void expect(DataInputStream in, Predicate<byte[]> what) throws IOException {
        byte[] p = new byte[in.readInt()];
        in.readFully(p);
        if (!what.test(p)) {
            throw new IOException("unexpected request 0x" + Integer.toHexString(p[0]));
        }
    }

    private static void frame(DataOutputStream out, byte[] payload) throws IOException {
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
    }

    private static byte[] batch(boolean more, int records) {
        List<byte[]> rs = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            rs.add(("REC" + i).getBytes(StandardCharsets.ISO_8859_1));
        }
        return new Response.Batch(rs, more).encode();
    }

    private static void assertSame(List<byte[]> got, List<byte[]> expected) {
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i)).as("record %d", i).isEqualTo(expected.get(i));
        }
    }

    private static byte[] key(int i) {
        return String.format("K%07d", i).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** In key order; byte 9 cycles through a, b, c; the rest random (every byte value). */
    private static List<byte[]> fixedRecords() {
        Random random = new Random(7);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < FIXED_RECORDS; i++) {
            byte[] r = new byte[FIXED];
            random.nextBytes(r);
            System.arraycopy(key(i), 0, r, 0, 8);
            r[8] = (byte) ('a' + i % 3);
            out.add(r);
        }
        return out;
    }

    /** In key order, 8 bytes to the largest record a file holds. */
    private static List<byte[]> variableRecords() {
        Random random = new Random(8);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < VARIABLE_RECORDS; i++) {
            int length = i % 50 == 0 ? Frames.MAX_RECORD : 8 + random.nextInt(5_000);
            byte[] r = new byte[length];
            random.nextBytes(r);
            System.arraycopy(key(i), 0, r, 0, 8);
            out.add(r);
        }
        return out;
    }

    private static void store(Path path, IsamDefinition definition, List<byte[]> records) {
        List<byte[]> scrambled = new ArrayList<>(records);
        Collections.shuffle(scrambled, new Random(9));
        try (IsamFile f = IsamFile.create(path, definition)) {
            f.insertAll(scrambled);
        }
    }
}
