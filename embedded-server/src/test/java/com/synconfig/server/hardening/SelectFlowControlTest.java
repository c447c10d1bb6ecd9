package com.synconfig.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.synconfig.model.service.Scl;
import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.Eventually;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.TestServer;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import com.synconfig.server.wire.SelectFilter;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * A select streams under flow control, in clear and over TLS: a client that stops reading mid-select gets no more
 * than its socket buffers hold (the server stops producing; it does not buffer the file), holds up only itself
 * (sessions on every worker are served meanwhile), finds its select intact when it reads on, and the requests it
 * sent behind the SELECT answered after it, in order (a frame refused by its length too). A client that closes
 * mid-select leaves nothing behind: no connection, no open file, no frame buffer unreleased.
 */
class SelectFlowControlTest {

    private static final int RECORD = 10_000;
    private static final int RECORDS = 2_400;
    private static final long FILE_BYTES = (long) RECORD * RECORDS;
    /** The stuck client's socket receive buffer: small and fixed, so what the server produced shows. */
    private static final int RECEIVE_BUFFER = 64 * 1024;
    /** More than the server's 16 request workers: some of these sessions share the stuck connection's worker. */
    private static final int BYSTANDERS = 20;

    @TempDir
    Path dir;
    FileServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private void start(boolean tls) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (IsamFile f = IsamFile.create(data.resolve("big.ism"), new IsamDefinition(RECORD,
                List.of(KeySpec.parse("1:8")), false))) {
            List<byte[]> all = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                all.add(record(i));
            }
            f.insertAll(all);
        }
        ServerSettings s = tls ? TestServer.encrypted(dir, TestServer.selfSignedTls(dir), Scl.LEVEL_3)
                : TestServer.clear(dir);
        server = TestServer.start(s);
    }

    private static byte[] record(int i) {
        byte[] r = new byte[RECORD];
        Arrays.fill(r, (byte) ('a' + i % 26));
        System.arraycopy(key(i), 0, r, 0, 8);
        return r;
    }

    private static byte[] key(int i) {
        return String.format("R%07d", i).getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "tls={0}")
    @ValueSource(booleans = {false, true})
    void aClientThatStopsReadingHoldsUpOnlyItsOwnSelect(boolean tls) throws Exception {
        start(tls);
        try (RawConnection stuck = selectOfAll(tls, new Request.GetFa(1, "SLE", 1),
                new Request.Read(1, 0, key(7), com.synconfig.server.wire.Match.EQUAL, false))) {
            long produced = awaitServerStopsSending(stuck);
            assertThat(produced).as("bytes the server produced for a client that reads nothing, of a %,d-byte file",
                    FILE_BYTES).isBetween(1L, pendingAllowed());

            for (int i = 0; i < BYSTANDERS; i++) {
                try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server).encrypt(tls));
                     RemoteFile f = c.open("big.ism", OpenMode.INPUT, "")) {
                    assertThat(f.read(key(i))).isEqualTo(record(i));
                    assertThat(f.select(new SelectFilter(0, key(i), key(i + 2), List.of()))).hasSize(3);
                }
            }
            assertThat(sentTo(stuck)).as("the stuck select did not go on meanwhile").isEqualTo(produced);

            readWholeSelect(stuck);
            assertThat(((Response.Value) stuck.receive()).text()).isEqualTo(tls ? "1" : "0");
            assertThat(((Response.Record) stuck.receive()).data()).isEqualTo(record(7));
        }
    }

    /**
     * A frame refused by its length (answered from the event loop, where it is read) while a select is stuck: the
     * refusal comes after the select and the request sent before it, not in the middle of the select's frames.
     */
    @ParameterizedTest(name = "tls={0}")
    @ValueSource(booleans = {false, true})
    void aFrameRefusedBehindAStuckSelectIsAnsweredAfterIt(boolean tls) throws Exception {
        start(tls);
        try (RawConnection stuck = selectOfAll(tls, new Request.GetFa(1, "SLE", 1))) {
            awaitServerStopsSending(stuck);
            stuck.partialFrame(Frames.MAX_PAYLOAD + 1, 10);

            readWholeSelect(stuck);
            assertThat(((Response.Value) stuck.receive()).text()).isEqualTo(tls ? "1" : "0");
            assertThat(stuck.receive()).isInstanceOfSatisfying(Response.Error.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.PROTOCOL);
                assertThat(e.info()).startsWith("a frame of " + (Frames.MAX_PAYLOAD + 1) + " bytes");
            });
            assertThat(stuck.closedByServer()).isTrue();
        }
    }

    /**
     * A connection with a small receive buffer that opened the file and sent a SELECT of all of it, then the requests
     * {@code behind}; it has read none of the answers yet.
     */
    private RawConnection selectOfAll(boolean tls, Request... behind) throws java.io.IOException {
        RawConnection c = RawConnection.open(server.port(), tls, RECEIVE_BUFFER).hello();
        c.send(new Request.Open("big.ism", OpenMode.INPUT, ""));
        assertThat(c.receive()).isInstanceOf(Response.Opened.class);
        c.send(new Request.Select(1, SelectFilter.all(), 0));
        for (Request r : behind) {
            c.send(r);
        }
        return c;
    }

    /** Reads a select of the whole file: every record, in order, and nothing else in between. */
    private static void readWholeSelect(RawConnection c) throws java.io.IOException {
        int n = 0;
        for (boolean more = true; more; ) {
            Response answer = c.receive();
            assertThat(answer).as("the frame after %d records of the select", n).isInstanceOf(Response.Batch.class);
            Response.Batch b = (Response.Batch) answer;
            for (byte[] r : b.records()) {
                assertThat(r).as("record %d", n).isEqualTo(record(n));
                n++;
            }
            more = b.more();
        }
        assertThat(n).isEqualTo(RECORDS);
    }

    @ParameterizedTest(name = "tls={0}")
    @ValueSource(booleans = {false, true})
    void closingMidSelectLeavesNothingBehind(boolean tls) throws Exception {
        ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
        Logger leaks = (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
        ListAppender<ILoggingEvent> reports = new ListAppender<>();
        reports.start();
        leaks.addAppender(reports);
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID); // every buffer tracked
        try {
            start(tls);
            for (int i = 0; i < 5; i++) {
                try (RawConnection c = selectOfAll(tls)) {
                    assertThat(((Response.Batch) c.receive()).more()).isTrue();
                    awaitServerStopsSending(c); // frames queued, the stream waiting for the client: then it goes
                }
            }
            Eventually.holds(() -> server.status().connections().isEmpty() && server.openFiles() == 0);
            server.stop();
            server = null;
            for (int i = 0; i < 5; i++) { // collected buffers that were never released are reported at the next use
                System.gc();
                Thread.sleep(50);
                ByteBufAllocator.DEFAULT.directBuffer(64).release();
            }
            assertThat(reports.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        } finally {
            ResourceLeakDetector.setLevel(level);
            leaks.detachAppender(reports);
        }
    }

    /**
     * What a server that stops producing at its write-buffer high-water mark has handed to the socket when nobody
     * reads: the kernel's send buffer (at most its autotuning maximum) and the client's receive buffer, plus at most
     * the high-water mark (64 KiB) and one frame (512 KiB), with TLS records' overhead. A file at least twice that
     * size tells it from a server that buffers the file.
     */
    private static long pendingAllowed() throws java.io.IOException {
        Path wmem = Path.of("/proc/sys/net/ipv4/tcp_wmem");
        long kernel = Files.exists(wmem) ? Long.parseLong(Files.readAllLines(wmem).get(0).trim().split("\\s+")[2]) : 4 << 20;
        long allowed = kernel + 2L * RECEIVE_BUFFER + (1 << 20);
        org.junit.jupiter.api.Assumptions.assumeTrue(2 * allowed <= FILE_BYTES,
                "this machine's socket buffers (" + kernel + " bytes) hold too much of the test file to tell");
        return allowed;
    }

    /** Waits until the bytes the server sent to a connection stop growing; returns them. */
    private long awaitServerStopsSending(RawConnection c) throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 200; i++) {
            Thread.sleep(150);
            long now = sentTo(c);
            if (now == last) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the server kept sending for 30 s");
    }

    /** Bytes the server has handed to the socket of a connection (TLS records included), as its status shows them. */
    private long sentTo(RawConnection c) {
        String remote = "127.0.0.1:" + c.socket.getLocalPort();
        return server.status().connections().stream().filter(i -> i.remote().equals(remote))
                .mapToLong(ConnectionInfo::bytesOut).sum();
    }
}
