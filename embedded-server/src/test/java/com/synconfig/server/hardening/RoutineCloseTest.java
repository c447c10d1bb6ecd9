package com.synconfig.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.synconfig.model.service.Scl;
import com.synconfig.server.Eventually;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerEvents;
import com.synconfig.server.ServerLimits;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.TestServer;
import com.synconfig.server.client.RemoteFileClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * #12: the closes that happen all the time (a client that hangs up right after the handshake, as {@code openssl
 * s_time} does, a reset before, during or after the handshake, an HTTP request to the port, in clear or over TLS, a
 * client that never says HELLO) cost the server no exception with a stack trace (the JDK's NIO built one for every
 * reset; JFR sees every exception the server's threads create) and log no stack trace at the levels the product
 * logs (warnings and the server's events).
 */
class RoutineCloseTest {

    /**
     * What the server's threads may build with a stack trace while connections come and go, for reasons of their
     * own: Netty's leak detector keeps the allocation site of one buffer in 128 (sampling, by design), and the JVM
     * links a method handle the first time a path runs.
     */
    private static final Set<String> NOT_A_CLOSE = Set.of("io.netty.util.ResourceLeakDetector$TraceRecord",
            "java.lang.NoSuchMethodError");
    private static final int ROUNDS = 3;
    private static final byte[] HTTP_GET =
            "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    FileServer server;
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @AfterEach
    void stop() {
        root.detachAppender(logged);
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest(name = "tls={0}")
    @ValueSource(booleans = {true, false})
    void routineClosesCreateNoStackTraceAndLogNone(boolean tls) throws Exception {
        ServerSettings s = tls ? TestServer.encrypted(dir, TestServer.selfSignedTls(dir), Scl.LEVEL_3)
                : TestServer.clear(dir);
        server = TestServer.start(s.withLimits(ServerLimits.DEFAULTS.withLoginDeadline(Duration.ofSeconds(2))));
        RemoteFileClient.connect(TestServer.client(server).encrypt(tls)).close(); // classes loaded, caches warm

        logged.start();
        root.addAppender(logged);
        List<RecordedEvent> thrown;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JavaExceptionThrow");
            recording.start();
            for (int i = 0; i < ROUNDS; i++) {
                routineCloses(tls);
            }
            Eventually.holds(() -> server.status().connections().isEmpty());
            server.events().flush();
            recording.stop();
            Path file = dir.resolve("exceptions.jfr");
            recording.dump(file);
            thrown = RecordingFile.readAllEvents(file);
        }

        List<String> withStackTraces = new ArrayList<>();
        for (RecordedEvent e : thrown) {
            String thread = e.getThread() == null ? "" : e.getThread().getJavaName();
            String type = e.getClass("thrownClass").getName();
            if (isServerThread(thread) && fillsInStackTrace(type) && !NOT_A_CLOSE.contains(type)) {
                withStackTraces.add(type + ": " + e.getString("message") + " on " + thread);
            }
        }
        assertThat(withStackTraces).as("exceptions with a stack trace built by the server's threads").isEmpty();
        assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
                        || e.getLoggerName().equals(ServerEvents.LOGGER_NAME))
                .isNotEmpty() // the refusals are logged, as one line each
                .allSatisfy(e -> {
                    assertThat(e.getThrowableProxy()).as(e.getFormattedMessage()).isNull();
                    assertThat(e.getLoggerName()).as(e.getFormattedMessage()).isEqualTo(ServerEvents.LOGGER_NAME);
                });
        // the server closed each connection when its client went, not later at the login deadline (only the silent
        // one waits for it): a client's hang-up is not left half open
        assertThat(logged.list).filteredOn(e -> e.getFormattedMessage().contains("no HELLO within")).hasSize(ROUNDS);
    }

    private void routineCloses(boolean tls) throws Exception {
        int port = server.port();
        if (tls) {
            try (Socket plain = new Socket("127.0.0.1", port)) { // s_time -new: handshake, hang up, no close_notify
                RawConnection.overTls(plain, port);
            }
            try (Socket plain = new Socket("127.0.0.1", port)) { // the same with a reset
                RawConnection.overTls(plain, port);
                plain.setSoLinger(true, 0);
            }
            try (RawConnection c = RawConnection.tls(port)) { // an HTTPS request
                c.socket.getOutputStream().write(HTTP_GET);
                c.socket.getOutputStream().flush();
                drain(c.socket.getInputStream());
            }
        } else {
            try (RawConnection c = new RawConnection(port).hello()) { // HELLO, then a reset instead of BYE
                c.socket.setSoLinger(true, 0);
            }
        }
        try (Socket s = new Socket("127.0.0.1", port)) { // a reset in the middle of a TLS record
            s.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01});
            s.getOutputStream().flush();
            s.setSoLinger(true, 0);
        }
        try (Socket s = new Socket("127.0.0.1", port)) { // an HTTP request, in clear
            s.getOutputStream().write(HTTP_GET);
            s.getOutputStream().flush();
            drain(s.getInputStream());
        }
        try (Socket s = new Socket("127.0.0.1", port)) { // connected, then gone without a word
            s.setSoLinger(true, 0);
        }
        try (Socket s = new Socket("127.0.0.1", port)) { // silent until the login deadline closes it
            drain(s.getInputStream());
        }
    }

    private static void drain(InputStream in) {
        try {
            in.readAllBytes();
        } catch (IOException closed) {
            // a reset ends it too
        }
    }

    private static boolean isServerThread(String name) {
        return name.startsWith("multiThreadIoEventLoopGroup") || name.startsWith("defaultEventExecutorGroup")
                || name.startsWith("synconfig-");
    }

    /** Whether an exception of this class records its stack when made (stackless ones override the method). */
    private static boolean fillsInStackTrace(String className) {
        try {
            return Class.forName(className).getMethod("fillInStackTrace").getDeclaringClass() == Throwable.class;
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
