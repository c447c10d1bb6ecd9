package com.synconfig.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.Scl;
import com.synconfig.server.FileServer;
import com.synconfig.server.TestServer;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that asks for a security compliance level wants the server to run at that level: against a service that
 * does not encrypt it must fail with {@code $ERR_CLNTERR}, never carry on in clear (SPEC.md section 5).
 */
class SclOnClearServiceTest {

    @TempDir
    Path dir;
    FileServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(TestServer.clear(dir));
        Files.writeString(dir.resolve("data").resolve("notes.txt"), "hello\n");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aClientAskingForALevelRefusesAServiceThatDoesNotEncrypt() {
        for (Scl level : Scl.values()) {
            assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server).scl(level)))
                    .isInstanceOfSatisfying(RemoteFileException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CLNTERR);
                        assertThat(e.text()).isEqualTo("Client server error, host:127.0.0.1");
                        assertThat(e.info()).isEqualTo("security compliance level " + level.number()
                                + " asked of service TestSrv, which does not encrypt; ask for no level, or use an"
                                + " encrypted service");
                    });
        }
    }

    @Test
    void anOpenWithSclOverAClearConnectionIsAClientServerError() throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
            assertThatThrownBy(() -> c.open("notes.txt", OpenMode.INPUT, "/scl=3"))
                    .isInstanceOfSatisfying(RemoteFileException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CLNTERR);
                        assertThat(e.text()).isEqualTo("Client server error, host:127.0.0.1");
                        assertThat(e.info()).isEqualTo("/scl=3 asked of service TestSrv, which does not encrypt");
                    });
            assertThat(c.open("notes.txt", OpenMode.INPUT, "").kind()).as("the connection stays usable")
                    .isEqualTo("SEQUENTIAL");
        }
    }
}
