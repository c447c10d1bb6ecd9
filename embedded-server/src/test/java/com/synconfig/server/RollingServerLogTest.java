package com.synconfig.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.client.RemoteFileClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingServerLogTest {

    @TempDir
    Path dir;

    @Test
    void serverEventsGoToTheLogFile() throws Exception {
        Path log = dir.resolve("rsynd.log");
        RollingServerLog.install(log);
        try (FileServer server = TestServer.start(TestServer.clear(dir))) {
            RemoteFileClient.connect(TestServer.client(server)).close();
            Eventually.holds(() -> server.status().connections().isEmpty());
        } finally {
            RollingServerLog.uninstall();
        }
        String text = Files.readString(log);
        assertThat(text).contains("STARTED: service TestSrv listening on port")
                .containsPattern("CONNECTED 127\\.0\\.0\\.1:\\d+: connected")
                .contains("DISCONNECTED").contains("STOPPED: service TestSrv stopped");
    }
}
