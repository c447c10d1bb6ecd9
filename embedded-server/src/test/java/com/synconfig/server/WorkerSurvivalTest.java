package com.synconfig.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.service.Scl;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request whose error answer would echo more than a wire string holds (an OPEN of {@code '../' + 65,500 a's})
 * used to throw inside the dispatcher's error path and stop the connection's worker for good; 16 such requests
 * left no worker and every later session unanswered while the server said RUNNING. Each is now answered with a
 * bounded text, and every later session is served.
 */
class WorkerSurvivalTest {

    /** More poison connections than the server has workers, so every worker gets at least two. */
    private static final int POISON_CONNECTIONS = 40;
    private static final int LATER_SESSIONS = 32;

    @TempDir
    Path dir;
    FileServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest(name = "tls={0}")
    @ValueSource(booleans = {false, true})
    void oversizedErrorTextsNeitherBreakTheAnswerNorStopAWorker(boolean tls) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        IsamFile.create(dir.resolve("data/f.ism"), new IsamDefinition(8, List.of(KeySpec.parse("1:8")), false)).close();
        server = TestServer.start(tls ? TestServer.encrypted(dir, TestServer.selfSignedTls(dir), Scl.LEVEL_3)
                : TestServer.clear(dir));
        String hostilePath = "../" + "a".repeat(65_500);

        for (int i = 0; i < POISON_CONNECTIONS; i++) {
            try (RemoteFileClient c = RemoteFileClient.connect(client())) {
                assertThat(c.encrypted()).isEqualTo(tls);
                assertThatThrownBy(() -> c.open(hostilePath, OpenMode.INPUT, ""))
                        .isInstanceOfSatisfying(RemoteFileException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.FILSPC);
                            assertThat(e.info()).contains("'..' is not allowed")
                                    .hasSizeLessThan(ClientText.MAX_QUOTED + 200);
                        });
            }
        }

        for (int i = 0; i < LATER_SESSIONS; i++) {
            try (RemoteFileClient c = RemoteFileClient.connect(client());
                 RemoteFile f = c.open("f.ism", OpenMode.UPDATE, "")) {
                byte[] key = String.format("KEY%05d", i).getBytes();
                f.store(key);
                assertThat(f.read(key)).isEqualTo(key);
            }
        }
        ServerStatus status = server.status();
        assertThat(status.state()).isEqualTo(ServerState.RUNNING);
        assertThat(status.deadWorkers()).isZero();
        assertThat(status.internalErrors()).isZero();
    }

    @ParameterizedTest(name = "text of {0} characters")
    @ValueSource(ints = {0, 100, 65_535, 70_000, 1_000_000})
    void anErrorAnswerAlwaysEncodesWhateverItsText(int length) {
        String text = "\u00e9".repeat(length); // two bytes each in UTF-8
        Response.Error error = Response.Error.of(ErrorCode.FILSPC, text);
        Response.Error decoded = (Response.Error) Response.decode(error.encode());
        assertThat(decoded.info()).startsWith(text.substring(0, Math.min(length, Response.Error.MAX_INFO)));
        assertThat(decoded.info().length()).isLessThanOrEqualTo(Response.Error.MAX_INFO + 40);
    }

    private ClientOptions client() {
        // short enough that a dead worker fails the test quickly instead of hanging for the default 30 s
        return TestServer.client(server).timeout(Duration.ofSeconds(10));
    }
}
