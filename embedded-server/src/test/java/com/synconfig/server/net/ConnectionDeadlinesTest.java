package com.synconfig.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.LogLevel;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerEvents;
import com.synconfig.server.TestServer;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deadlines on a clock the test moves: a connection that carries nothing either way for the idle limit is closed,
 * and says so; one that only takes output (a client reading a long select's stream, sending nothing) or only sends
 * requests stays; a TLS handshake has its own, shorter deadline. (The login deadline runs on a real server in
 * {@code ServerLimitsTest}.)
 */
class ConnectionDeadlinesTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final String REMOTE = "10.0.0.9:4711";

    @TempDir
    Path dir;
    private final List<ServerEvent> events = new CopyOnWriteArrayList<>();
    private ServerEvents log;
    private ServerContext context;
    private ConnectionDeadlines deadlines;

    @BeforeEach
    void context() {
        log = new ServerEvents(LogLevel.BASIC);
        log.subscribe(events::add);
        context = new ServerContext(TestServer.clear(dir), null, null, null, log, null, null);
        deadlines = new ConnectionDeadlines(context);
    }

    /** A connection past HELLO, as the server holds it. */
    private Session connection(EmbeddedChannel channel) {
        Session s = new Session(REMOTE, "10.0.0.9");
        s.helloDone = true;
        s.user = "";
        context.sessions.put(channel, s);
        return s;
    }

    private List<ServerEvent> logged() {
        log.flush();
        return events;
    }

    @Test
    void aConnectionThatCarriesNothingForTheIdleLimitIsClosedAndSaysSo() {
        EmbeddedChannel channel = new EmbeddedChannel();
        Session s = connection(channel);
        deadlines.look(s.acceptedNanos + (ConnectionDeadlines.IDLE_SECONDS - 1) * SECOND);
        assertThat(channel.isOpen()).isTrue();
        deadlines.look(s.acceptedNanos + (ConnectionDeadlines.IDLE_SECONDS + 1) * SECOND);
        assertThat(channel.isOpen()).isFalse();
        assertThat(logged()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ServerEvent.Kind.DISCONNECTED);
            assertThat(e.remote()).isEqualTo(REMOTE);
            assertThat(e.message()).isEqualTo("nothing sent or taken for 300 s; connection closed");
        });
    }

    @Test
    void aClientTakingAStreamWithoutSendingStaysUntilTheStreamStops() {
        EmbeddedChannel channel = new EmbeddedChannel();
        Session s = connection(channel);
        long now = s.acceptedNanos;
        for (int minute = 0; minute < 20; minute++) { // a frame a minute, taken by the client as it comes
            s.bytesOut.addAndGet(100);
            now += 60 * SECOND;
            deadlines.look(now);
            assertThat(channel.isOpen()).as("open after %d minutes of a stream", minute + 1).isTrue();
        }
        deadlines.look(now + (ConnectionDeadlines.IDLE_SECONDS + 1) * SECOND); // the stream ended, nothing follows
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aClientSendingRequestsWithoutTakingAnswersStays() {
        EmbeddedChannel channel = new EmbeddedChannel();
        Session s = connection(channel);
        long now = s.acceptedNanos;
        for (int minute = 0; minute < 20; minute++) {
            s.bytesIn.addAndGet(10);
            now += 60 * SECOND;
            deadlines.look(now);
        }
        assertThat(channel.isOpen()).isTrue();
        assertThat(logged()).isEmpty();
    }

    @Test
    void aTlsHandshakeNotFinishedInTimeIsClosed() {
        EmbeddedChannel channel = new EmbeddedChannel();
        Session s = connection(channel);
        s.handshaking = true;
        s.bytesIn.addAndGet(500); // a handshake crawling along is no excuse
        deadlines.look(s.acceptedNanos + (ConnectionDeadlines.HANDSHAKE_SECONDS - 1) * SECOND);
        assertThat(channel.isOpen()).isTrue();
        s.bytesOut.addAndGet(500);
        deadlines.look(s.acceptedNanos + (ConnectionDeadlines.HANDSHAKE_SECONDS + 1) * SECOND);
        assertThat(channel.isOpen()).isFalse();
        assertThat(logged()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ServerEvent.Kind.TLS_FAILED);
            assertThat(e.message()).isEqualTo("TLS handshake not finished within 10 s; connection closed");
        });
    }
}
