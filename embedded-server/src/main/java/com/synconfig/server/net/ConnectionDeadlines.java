package com.synconfig.server.net;

import com.synconfig.server.ServerEvent;
import io.netty.channel.Channel;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Closes the connections that overstay: a TLS handshake not finished within {@value #HANDSHAKE_SECONDS} s, no
 * HELLO (and LOGIN in secure mode) within the login deadline, nothing received or sent for
 * {@value #IDLE_SECONDS} s. One look at every connection each {@value #PERIOD_MILLIS} ms, instead of timers that
 * every connection would start and cancel (Netty's handshake timeout, a read timeout, the login deadline).
 */
public final class ConnectionDeadlines implements Runnable {

    /** A TLS handshake must be done within this time. */
    static final int HANDSHAKE_SECONDS = 10;
    /** A connection that carries nothing either way for this long is closed. */
    static final int IDLE_SECONDS = 300;
    /** How often the connections are looked at: a deadline is kept to within this much. */
    static final long PERIOD_MILLIS = 250;

    private final ServerContext context;

    ConnectionDeadlines(ServerContext context) {
        this.context = context;
    }

    /** Starts looking at {@code context}'s connections on {@code executor} until the returned future is cancelled. */
    public static ScheduledFuture<?> start(ServerContext context, EventExecutor executor) {
        return executor.scheduleWithFixedDelay(new ConnectionDeadlines(context), PERIOD_MILLIS, PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
        look(System.nanoTime());
    }

    /** Closes the connections past a deadline at {@code now} (on {@link System#nanoTime()}'s clock). */
    void look(long now) {
        long loginNanos = context.settings.limits().loginDeadline().toNanos();
        for (Map.Entry<Channel, Session> e : context.sessions.entrySet()) {
            Channel ch = e.getKey();
            Session s = e.getValue();
            if (s.overstayed || !ch.isActive()) {
                continue; // closing already
            }
            long age = now - s.acceptedNanos;
            if (s.handshaking && age > TimeUnit.SECONDS.toNanos(HANDSHAKE_SECONDS)) {
                context.events.emit(ServerEvent.Kind.TLS_FAILED, s.remote, "TLS handshake not finished within "
                        + HANDSHAKE_SECONDS + " s; connection closed");
                close(s, ch);
            } else if (s.user == null && age > loginNanos) {
                context.events.emit(ServerEvent.Kind.REFUSED, s.remote, "no HELLO"
                        + (context.settings.secure() ? " and LOGIN" : "") + " within "
                        + context.settings.limits().loginDeadline().toSeconds() + " s; connection closed");
                close(s, ch);
            } else if (quietFor(s, now) > TimeUnit.SECONDS.toNanos(IDLE_SECONDS)) {
                context.events.emit(ServerEvent.Kind.DISCONNECTED, s.remote, "nothing sent or taken for "
                        + IDLE_SECONDS + " s; connection closed");
                close(s, ch);
            }
        }
    }

    private static void close(Session s, Channel ch) {
        s.overstayed = true;
        ch.close();
    }

    private static long quietFor(Session s, long now) {
        long moved = s.bytesIn.get() + s.bytesOut.get();
        if (moved != s.bytesSeen) {
            s.bytesSeen = moved;
            s.quietSinceNanos = now;
        }
        return now - s.quietSinceNanos;
    }
}
