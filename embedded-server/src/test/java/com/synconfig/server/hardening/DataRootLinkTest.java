package com.synconfig.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.FileServer;
import com.synconfig.server.TestServer;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15 item 2: a dangling symbolic link in the data root used to be taken for a file inside it, so OUTPUT through it
 * created its target anywhere the server account could write; a hard link let a client read a file outside.
 */
class DataRootLinkTest {

    @TempDir
    Path dir;
    Path data;
    Path outside;
    FileServer server;

    @BeforeEach
    void start() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        outside = Files.createDirectories(dir.resolve("outside"));
        server = TestServer.start(TestServer.clear(dir));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void outputThroughADanglingLinkLeadingOutIsRefusedAndCreatesNothing() throws Exception {
        Files.createSymbolicLink(data.resolve("planted"), outside.resolve("created.txt"));
        Files.createSymbolicLink(data.resolve("relative"), Path.of("../outside/relative.txt"));
        Files.createSymbolicLink(data.resolve("chain"), data.resolve("planted"));
        Files.createSymbolicLink(data.resolve("gone-dir"), outside.resolve("new-dir"));

        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
            for (String name : new String[] {"planted", "relative", "chain"}) {
                for (OpenMode mode : new OpenMode[] {OpenMode.OUTPUT, OpenMode.APPEND}) {
                    refusedAsOutside(c, name, mode);
                }
            }
            refusedAsOutside(c, "gone-dir/x.txt", OpenMode.OUTPUT);
        }
        try (var listing = Files.list(outside)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void aDanglingLinkLeadingInsideStillWorks() throws Exception {
        Files.createSymbolicLink(data.resolve("alias.txt"), Path.of("real.txt"));
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server));
             RemoteFile f = c.open("alias.txt", OpenMode.OUTPUT, "")) {
            f.store("hello".getBytes());
        }
        assertThat(Files.readString(data.resolve("real.txt"))).isEqualTo("hello\n");
    }

    @Test
    void aFileWithASecondNameIsRefused() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret\n");
        Files.createLink(data.resolve("hard.txt"), secret);
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
            for (OpenMode mode : new OpenMode[] {OpenMode.INPUT, OpenMode.OUTPUT, OpenMode.APPEND}) {
                assertThatThrownBy(() -> c.open("hard.txt", mode, ""))
                        .isInstanceOfSatisfying(RemoteFileException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.FILSPC);
                            assertThat(e.info()).contains("'hard.txt'", "hard link");
                        });
            }
        }
        assertThat(Files.readString(secret)).isEqualTo("secret\n");
    }

    private static void refusedAsOutside(RemoteFileClient c, String name, OpenMode mode) {
        assertThatThrownBy(() -> c.open(name, mode, ""))
                .isInstanceOfSatisfying(RemoteFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FILSPC);
                    assertThat(e.info()).contains("'" + name + "'", "outside the data root");
                });
    }
}
