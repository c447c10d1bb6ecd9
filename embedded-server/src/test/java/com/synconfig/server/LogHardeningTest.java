package com.synconfig.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.auth.UserFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15 item 6: a user name with CR/LF forged whole log lines, 64 KB names were logged for every LOGIN (throttled ones
 * too), rsynd.log was 0644 and overshot its roll size (logback looked at the size once a minute).
 */
class LogHardeningTest {

    private static final Pattern LINE =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO |WARN |ERROR) .*");

    @TempDir
    Path dir;
    FileServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        RollingServerLog.uninstall();
    }

    @Test
    void clientTextCannotForgeLinesNorFloodTheLog() throws Exception {
        Path log = dir.resolve("logs/rsynd.log");
        RollingServerLog.install(log);
        new UserFile(dir.resolve("users")).add("admin", "admin's password".toCharArray());
        server = TestServer.start(TestServer.secure(dir));
        String forged = "x'\n2026-01-01 00:00:00.000 INFO  LOGIN 10.0.0.9:1234: user 'admin' logged in\r\n";
        int attempts = 300;
        for (int i = 0; i < attempts; i++) {
            String user = i == 0 ? forged : i + "-" + "u".repeat(3_000); // a LOGIN frame before login fits 4 KiB
            try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server).login(user, "wrong"))) {
                throw new AssertionError("logged in as " + user);
            } catch (RemoteFileException expected) {
                // $ERR_LOGIN, then $ERR_LOGINLIM
            }
        }
        server.stop();
        RollingServerLog.uninstall();

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).allSatisfy(l -> assertThat(l).matches(LINE).hasSizeLessThan(ServerEvents.MAX_MESSAGE + 200));
        assertThat(lines).noneMatch(l -> l.startsWith("2026-01-01 00:00:00.000"));
        assertThat(lines).anyMatch(l -> l.contains("x'\\n2026-01-01"));
        long failedLogins = lines.stream().filter(l -> l.contains("LOGIN_FAILED")).count();
        assertThat(failedLogins).isEqualTo(RepeatedEvents.PER_WINDOW);
        assertThat(lines).anyMatch(l -> l.contains("more like it from 127.0.0.1 in the next 60 s are counted"));
        assertThat(Files.size(log)).isLessThan(200_000); // every name used to be logged whole, every time
    }

    @Test
    void logFilesAreOwnerAndGroupOnlyAndRollAtTheirSize() throws Exception {
        Path log = dir.resolve("rsynd.log");
        long max = 100_000;
        RollingServerLog.install(log, max);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-r-----");
        ServerEvents events = new ServerEvents(com.synconfig.model.service.LogLevel.BASIC);
        String line = "y".repeat(900);
        for (int i = 0; i < 1_000; i++) { // 0.9 MB in a burst: nine rolls
            events.emit(ServerEvent.Kind.OPEN, "127.0.0.1:1", i + " " + line);
        }
        RollingServerLog.uninstall();
        for (String name : new String[] {"rsynd.log", "rsynd.1.log", "rsynd.2.log"}) {
            Path p = dir.resolve(name);
            assertThat(Files.size(p)).as(name).isLessThanOrEqualTo(max + 1_000);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(name).isEqualTo("rw-r-----");
        }
    }
}
