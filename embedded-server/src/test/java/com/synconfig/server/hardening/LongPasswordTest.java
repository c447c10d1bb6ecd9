package com.synconfig.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.FileServer;
import com.synconfig.server.TestServer;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.wire.ErrorCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #15 item 10: bcrypt reads 72 bytes of a password; what came after them was silently ignored. */
class LongPasswordTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordBcryptWouldCutIsRefusedAndNeverMatches() throws Exception {
        UserFile users = new UserFile(dir.resolve("users"));
        String seventyTwo = "p".repeat(72);
        assertThatThrownBy(() -> users.add("carol", (seventyTwo + "!").toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The password is 73 bytes long in UTF-8, but bcrypt uses only the first 72. Fix: Use at most "
                        + "72 bytes (72 ASCII characters, fewer with accented letters or other scripts).");
        assertThatThrownBy(() -> users.add("carol", ("p".repeat(71) + "\u00e9").toCharArray()))
                .hasMessageStartingWith("The password is 73 bytes long");
        users.add("alice", seventyTwo.toCharArray());

        try (FileServer server = TestServer.start(TestServer.secure(dir))) {
            try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server).login("alice", seventyTwo))) {
                assertThat(c.serviceName()).isEqualTo("TestSrv");
            }
            assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server)
                    .login("alice", seventyTwo + "anything")))
                    .isInstanceOfSatisfying(RemoteFileException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.LOGIN));
        }
    }
}
