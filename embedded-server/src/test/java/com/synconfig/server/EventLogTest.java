package com.synconfig.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.synconfig.model.service.LogLevel;
import com.synconfig.server.client.RemoteFileClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #12: the server's events are written by the event log's own thread, not by the event loop that emits them. They
 * must still reach rsynd.log whole and in order, all of them by the time a graceful stop returns, and a log that
 * cannot keep up must never hold up an event loop.
 */
class EventLogTest {

    private static final Pattern EVENT = Pattern.compile("^\\S+ \\S+ +\\S+ +([A-Z_]+) (127\\.0\\.0\\.1:\\d+): (.*)$");

    @TempDir
    Path dir;

    @AfterEach
    void uninstall() {
        RollingServerLog.uninstall();
    }

    @Test
    void linesAreWrittenOffTheEventLoopInOrderAndAllOfThemWhenStopReturns() throws Exception {
        Path log = dir.resolve("rsynd.log");
        RollingServerLog.install(log);
        FileServer server = TestServer.start(TestServer.clear(dir));
        Set<String> listenerThreads = ConcurrentHashMap.newKeySet();
        server.events().subscribe(e -> listenerThreads.add(Thread.currentThread().getName()));
        int clients = 40;
        for (int i = 0; i < clients; i++) {
            RemoteFileClient.connect(TestServer.client(server)).close();
        }
        server.stop(); // the log stays installed: stop alone must leave every line in the file

        List<String> lines = Files.readAllLines(log);
        assertThat(lines.get(lines.size() - 1)).endsWith("STOPPED: service TestSrv stopped");
        Map<String, List<String>> byRemote = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = EVENT.matcher(line);
            if (m.matches()) {
                byRemote.computeIfAbsent(m.group(2), r -> new ArrayList<>()).add(m.group(1) + ": " + m.group(3));
            }
        }
        assertThat(byRemote).hasSize(clients);
        for (Map.Entry<String, List<String>> e : byRemote.entrySet()) { // each connection's events in their order
            assertThat(e.getValue()).as(e.getKey()).satisfiesExactly(
                    connected -> assertThat(connected).isEqualTo("CONNECTED: connected"),
                    hello -> assertThat(hello).startsWith("REQUEST: Hello["),
                    bye -> assertThat(bye).startsWith("REQUEST: Bye"),
                    gone -> assertThat(gone).startsWith("DISCONNECTED: disconnected (in "));
        }
        assertThat(listenerThreads).containsExactly("synconfig-event-log");
    }

    @Test
    void whenTheLogCannotKeepUpEmittingNeverWaitsAndTheLossIsCountedInTheLog() throws Exception {
        ServerEvents events = new ServerEvents(LogLevel.BASIC);
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<ServerEvent> seen = new CopyOnWriteArrayList<>();
        events.subscribe(e -> {
            if (e.message().equals("hold")) { // keeps the log's thread busy, as a slow disk would
                writerHeld.countDown();
                awaitQuietly(release);
            }
            seen.add(e);
        });
        int extra = 100;
        try {
            events.emit(ServerEvent.Kind.OPEN, "10.0.0.1:5", "hold");
            assertThat(writerHeld.await(30, TimeUnit.SECONDS)).isTrue();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                for (int i = 0; i < EventLogWriter.CAPACITY + extra; i++) {
                    events.emit(ServerEvent.Kind.OPEN, "10.0.0.1:5", "event " + i);
                }
            });
        } finally {
            release.countDown();
        }
        events.flush(); // room in the queue again
        events.emit(ServerEvent.Kind.OPEN, "10.0.0.1:5", "after");
        events.flush();

        long written = seen.stream().filter(e -> e.message().startsWith("event ")).count();
        ServerEvent report = seen.get(seen.size() - 2);
        assertThat(report.kind()).isEqualTo(ServerEvent.Kind.EVENTS_DROPPED);
        Matcher lost = Pattern.compile("^(\\d+) events were not logged: they came faster than the log could take "
                + "them \\(16384 waiting\\)$").matcher(report.message());
        assertThat(lost.matches()).as(report.message()).isTrue();
        assertThat(Long.parseLong(lost.group(1))).isGreaterThanOrEqualTo(extra)
                .isEqualTo(EventLogWriter.CAPACITY + extra - written);
        assertThat(seen.get(seen.size() - 1).message()).isEqualTo("after");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
