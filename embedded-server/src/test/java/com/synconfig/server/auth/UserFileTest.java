package com.synconfig.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user file: its rules, its mode, and changes that are never lost or half-written. */
class UserFileTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    Path dir;

    @Test
    void createRefusesAnExistingUserAndResetRefusesAMissingOne() throws Exception {
        UserFile users = new UserFile(dir.resolve("services/SynSrv/users"));
        users.create("alice", PASSWORD);
        assertThatThrownBy(() -> users.create("alice", "another one".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("User alice already exists. Fix: Reset their password instead, or choose another name.");
        assertThat(users.verify("alice", PASSWORD)).as("the refused create changed nothing").isTrue();
        assertThatThrownBy(() -> users.resetPassword("bob", PASSWORD))
                .hasMessageStartingWith("There is no user bob in ").hasMessageEndingWith("Fix: Add the user instead.");
        users.resetPassword("alice", "a new password".toCharArray());
        assertThat(users.verify("alice", PASSWORD)).isFalse();
        assertThat(users.verify("alice", "a new password".toCharArray())).isTrue();
        assertThat(users.list()).containsExactly("alice");
    }

    @Test
    void theFileIsOwnerOnlyAfterEveryChange() throws Exception {
        Path file = dir.resolve("users");
        UserFile users = new UserFile(file);
        users.add("alice", PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        users.create("bob", PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        users.remove("bob");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .containsExactlyInAnyOrder("users", "users.lock");
        }
    }

    @Test
    void aFileWithALineItCannotReadIsNeverRewritten() throws Exception {
        Path file = dir.resolve("users");
        UserFile users = new UserFile(file);
        users.add("alice", PASSWORD);
        Files.writeString(file, "half a line without its hash\n", java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(file);
        String why = file + ", line 3, is not a user:hash line";
        assertThatThrownBy(() -> users.add("bob", PASSWORD)).isInstanceOf(IOException.class).hasMessageStartingWith(why);
        assertThatThrownBy(() -> users.remove("alice")).hasMessageStartingWith(why);
        assertThatThrownBy(users::list).hasMessageStartingWith(why).hasMessageContaining("Fix: correct or delete");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(users.verify("alice", PASSWORD)).as("logins still work").isTrue();
    }

    @Test
    void theRulesComeBeforeAnyChange() {
        UserFile users = new UserFile(dir.resolve("users"));
        assertThatThrownBy(() -> users.add("alice", new char[0])).hasMessage(
                "The password is empty. Fix: Enter a password of at least 8 characters.");
        assertThatThrownBy(() -> users.add("alice", "short".toCharArray())).hasMessage(
                "The password is too short (5 characters). Fix: Use at least 8 characters.");
        assertThatThrownBy(() -> users.add("al ice", PASSWORD)).hasMessage(
                "User name 'al ice' is not valid. Fix: Use 1-64 letters, digits, '.', '_' or '-'.");
        assertThat(dir.resolve("users")).doesNotExist();
    }

    @Test
    void passwordsTypedTwiceMustAgree() {
        assertThat(UserRules.newPasswordProblems(PASSWORD, "correct horse".toCharArray())).isEmpty();
        assertThat(UserRules.newPasswordProblems(PASSWORD, "correct hors".toCharArray())).singleElement()
                .satisfies(f -> {
                    assertThat(f.field()).isEqualTo(UserRules.CONFIRMATION);
                    assertThat(f.messageAndFix()).isEqualTo("The two passwords differ. Fix: Type the same password twice.");
                });
        assertThat(UserRules.newPasswordProblems(new char[0], "x".toCharArray())).extracting(f -> f.field())
                .containsExactly(UserRules.PASSWORD, UserRules.CONFIRMATION);
    }

    /** Writers that each read, change and rewrite the file (threads with their own UserFile) lose nobody. */
    @Test
    void concurrentChangesAreNeverLost() throws Exception {
        Path file = dir.resolve("users");
        int writers = 6;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    UserFile own = new UserFile(file);
                    for (int i = 0; i < each; i++) {
                        own.add("user" + writer + "-" + i, PASSWORD);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new UserFile(file).list()).hasSize(writers * each).containsAll(IntStream.range(0, writers)
                .boxed().flatMap(w -> IntStream.range(0, each).mapToObj(i -> "user" + w + "-" + i)).toList());
    }
}
