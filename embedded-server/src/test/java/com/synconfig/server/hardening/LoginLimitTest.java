package com.synconfig.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.FileServer;
import com.synconfig.server.ServerLimits;
import com.synconfig.server.TestServer;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.wire.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15 item 3: one host's failures used to be cleared by anyone's good login (4 guesses for bob + 1 good login as
 * alice, repeated: every guess checked), and parallel LOGINs raced past the limit (40 at once: 19-20 checked).
 */
class LoginLimitTest {

    private static final int LIMIT = ServerLimits.DEFAULTS.loginFailuresPerUserHost();

    @TempDir
    Path dir;
    FileServer server;

    @BeforeEach
    void start() throws Exception {
        UserFile users = new UserFile(dir.resolve("users"));
        users.add("alice", "alice's password".toCharArray());
        users.add("bob", "bob's password".toCharArray());
        users.add("carol", "carol's password".toCharArray());
        server = TestServer.start(TestServer.secure(dir));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anotherUsersGoodLoginDoesNotResetTheCount() throws Exception {
        int bobChecked = 0;
        for (int round = 0; round < 10; round++) {
            for (int guess = 0; guess < 4; guess++) {
                bobChecked += login("bob", "guess " + round + "/" + guess) == ErrorCode.LOGIN ? 1 : 0;
            }
            assertThat(login("alice", "alice's password")).as("alice's own login, round %d", round).isNull();
        }
        assertThat(bobChecked).isEqualTo(LIMIT);
        assertThat(login("bob", "bob's password")).isEqualTo(ErrorCode.LOGINLIM);
    }

    @Test
    void parallelLoginsGetNoMoreChecksThanTheLimit() throws Exception {
        int parallel = 40;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ErrorCode>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String guess = "guess " + i;
                Callable<ErrorCode> attempt = () -> {
                    go.await();
                    return login("carol", guess);
                };
                answers.add(pool.submit(attempt));
            }
            go.countDown();
            int checked = 0;
            int refused = 0;
            for (Future<ErrorCode> a : answers) {
                ErrorCode code = a.get();
                checked += code == ErrorCode.LOGIN ? 1 : 0;
                refused += code == ErrorCode.LOGINLIM ? 1 : 0;
            }
            assertThat(checked).isLessThanOrEqualTo(LIMIT);
            assertThat(checked + refused).isEqualTo(parallel);
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the error a login got, {@code null} when it succeeded */
    private ErrorCode login(String user, String password) {
        try {
            RemoteFileClient.connect(TestServer.client(server).login(user, password)).close();
            return null;
        } catch (RemoteFileException e) {
            return e.code();
        }
    }
}
