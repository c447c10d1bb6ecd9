package com.synconfig.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.server.FileServer;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.TestServer;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureModeTest {

    @TempDir
    Path dir;
    FileServer server;
    final List<ServerEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        new UserFile(dir.resolve("users")).add("alice", "correct horse".toCharArray());
        server = TestServer.start(TestServer.secure(dir));
        server.events().subscribe(events::add);
        Files.writeString(dir.resolve("data/hello.txt"), "hi\n");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void goodLoginWorksAndRunsAsThatUser() throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server).login("alice", "correct horse"));
             RemoteFile f = c.open("hello.txt", OpenMode.INPUT, "")) {
            assertThat(new String(f.readNext())).isEqualTo("hi");
            assertThat(server.status().connections()).singleElement().satisfies(i -> assertThat(i.user()).isEqualTo("alice"));
        }
        server.events().flush(); // listeners hear of events on the event log's thread
        assertThat(events).anySatisfy(e -> assertThat(e.toString()).startsWith("LOGIN").contains("'alice' logged in"));
    }

    @Test
    void badLoginsAreRejectedLoggedAndRateLimited() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server).login("alice", "wrong")))
                    .satisfies(t -> assertThat(((RemoteFileException) t).code()).isEqualTo(ErrorCode.LOGIN))
                    .hasMessage("Invalid user name or password");
        }
        // failures count per (host, user): another user from this host is still checked ...
        assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server).login("nobody", "x")))
                .satisfies(t -> assertThat(((RemoteFileException) t).code()).isEqualTo(ErrorCode.LOGIN));
        // ... but even the right password is refused while alice is throttled at this host
        assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server).login("alice", "correct horse")))
                .satisfies(t -> assertThat(((RemoteFileException) t).code()).isEqualTo(ErrorCode.LOGINLIM))
                .hasMessage("Too many failed logins; try again later");
        server.events().flush();
        assertThat(events.stream().filter(e -> e.kind() == ServerEvent.Kind.LOGIN_FAILED)).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void noCredentialsForASecureServiceSaysWhy() {
        assertThatThrownBy(() -> RemoteFileClient.connect(TestServer.client(server)))
                .satisfies(t -> assertThat(((RemoteFileException) t).info()).contains("secure mode"));
    }

    @Test
    void userFileStoresSaltedSlowHashesOnly() throws Exception {
        UserFile users = new UserFile(dir.resolve("users"));
        users.add("bob", "another secret".toCharArray());
        String content = Files.readString(dir.resolve("users"));
        assertThat(content).doesNotContain("another secret").doesNotContain("correct horse")
                .containsPattern("bob:\\$2b\\$10\\$");
        assertThat(users.list()).containsExactly("alice", "bob");
        assertThat(users.verify("bob", "another secret".toCharArray())).isTrue();
        assertThat(users.verify("bob", "another secreT".toCharArray())).isFalse();
        assertThat(users.remove("bob")).isTrue();
        assertThat(users.verify("bob", "another secret".toCharArray())).isFalse();
        assertThatThrownBy(() -> users.add("bad name", "longenough".toCharArray())).hasMessageContaining("not valid");
        assertThatThrownBy(() -> users.add("carol", "short".toCharArray())).hasMessageContaining("too short");
    }
}
