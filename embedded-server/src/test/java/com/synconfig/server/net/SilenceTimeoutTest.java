package com.synconfig.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.LogLevel;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.ServerEvents;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The silence rule on a clock the test moves: a connection that neither sends nor takes anything for the limit is
 * closed, and says so; one that only takes answers (a client reading a long select's stream, sending nothing)
 * or only sends requests stays.
 */
class SilenceTimeoutTest {

    private static final int LIMIT = 300;
    private final List<ServerEvent> events = new CopyOnWriteArrayList<>();

    private EmbeddedChannel connection() {
        ServerEvents log = new ServerEvents(LogLevel.BASIC);
        log.subscribe(events::add);
        return new EmbeddedChannel(new SilenceTimeout(log, "10.0.0.9:4711", LIMIT));
    }

    @Test
    void aConnectionSilentForTheLimitIsClosed() {
        EmbeddedChannel c = connection();
        pass(c, LIMIT - 1);
        assertThat(c.isOpen()).isTrue();
        pass(c, 2);
        assertThat(c.isOpen()).isFalse();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ServerEvent.Kind.DISCONNECTED);
            assertThat(e.remote()).isEqualTo("10.0.0.9:4711");
            assertThat(e.message()).isEqualTo("silent for 300 s (no request sent, no answer taken); closing the connection");
        });
    }

    @Test
    void aClientTakingAStreamWithoutSendingStays() {
        EmbeddedChannel c = connection();
        for (int s = 0; s < 4 * LIMIT; s += 60) { // a frame a minute, taken by the client as it comes
            assertThat(c.isOpen()).as("open after %d s of a stream", s).isTrue();
            c.writeAndFlush(Unpooled.wrappedBuffer(new byte[100]));
            ((ByteBuf) c.readOutbound()).release();
            pass(c, 60);
        }
        assertThat(c.isOpen()).isTrue();
        pass(c, LIMIT + 1); // the stream ended and nothing follows
        assertThat(c.isOpen()).isFalse();
    }

    @Test
    void aClientSendingRequestsStays() {
        EmbeddedChannel c = connection();
        for (int s = 0; s < 4 * LIMIT; s += 60) {
            c.writeInbound(Unpooled.wrappedBuffer(new byte[10]));
            ((ByteBuf) c.readInbound()).release();
            pass(c, 60);
        }
        assertThat(c.isOpen()).isTrue();
    }

    private static void pass(EmbeddedChannel c, int seconds) {
        c.advanceTimeBy(seconds, TimeUnit.SECONDS);
        c.runScheduledPendingTasks();
    }
}
