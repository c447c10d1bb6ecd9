package com.synconfig.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.FileServer;
import com.synconfig.server.TestServer;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #12: HELLO touches no file, so it is answered on the event loop, with no thread hop and no wait for the
 * connection's worker; a request that needs the worker, and every request after it, keeps its place in line.
 * The workers are held by OPENs of named pipes (an open for reading waits until someone opens the pipe for
 * writing): a slow disk that the test controls.
 */
class BusyWorkersTest {

    /** Twice the server's 16 request workers, which are handed to connections in turn: every worker is held. */
    private static final int HELD_CONNECTIONS = 32;

    @TempDir
    Path dir;
    FileServer server;
    final List<RawConnection> held = new ArrayList<>();
    final List<Path> pipes = new ArrayList<>();
    final List<RandomAccessFile> writers = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        release(); // a worker left waiting for a writer would keep the server from stopping
        for (RawConnection c : held) {
            c.close();
        }
        if (server != null) {
            server.stop();
        }
        for (RandomAccessFile w : writers) {
            w.close();
        }
    }

    @Test
    void helloIsAnsweredWhileTheWorkerIsBusyAndLaterRequestsWaitTheirTurn() throws Exception {
        server = TestServer.start(TestServer.clear(dir));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("plain.txt"), "a line\n");
        for (int i = 0; i < HELD_CONNECTIONS; i++) {
            Path pipe = data.resolve("pipe-" + i);
            mkfifo(pipe);
            pipes.add(pipe);
            RawConnection c = new RawConnection(server.port()).hello();
            c.send(new Request.Open(pipe.getFileName().toString(), OpenMode.INPUT, ""));
            held.add(c);
        }

        try (RawConnection c = new RawConnection(server.port())) {
            c.send(new Request.Hello(Frames.MAGIC, Frames.VERSION));
            assertThat(c.receive()).isInstanceOf(Response.HelloOk.class); // its worker is held: answered on the loop
            c.send(new Request.Open("plain.txt", OpenMode.INPUT, ""));
            c.send(new Request.Hello(Frames.MAGIC, Frames.VERSION)); // cheap, but after a request on the worker
            c.socket.setSoTimeout(500);
            assertThatThrownBy(c::receive).as("the OPEN waits for the worker, and the HELLO after it waits too")
                    .isInstanceOf(SocketTimeoutException.class);

            release();
            c.socket.setSoTimeout(20_000);
            assertThat(c.receive()).isInstanceOf(Response.Opened.class);
            assertThat(c.receive()).isInstanceOfSatisfying(Response.Error.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.PROTOCOL);
                assertThat(e.info()).isEqualTo("HELLO sent twice");
            });
        }
        for (RawConnection h : held) {
            assertThat(h.receive()).isInstanceOf(Response.Opened.class);
        }
    }

    /**
     * Lets the held OPENs finish, and those still waiting behind them on their worker: each pipe stays open for
     * writing until the test ends (opened for reading and writing, which does not wait for a reader).
     */
    private void release() throws IOException {
        for (Path pipe : pipes) {
            writers.add(new RandomAccessFile(pipe.toFile(), "rw"));
        }
        pipes.clear();
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
