package com.synconfig.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.synconfig.model.service.LogLevel;
import com.synconfig.server.wire.ClientText;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes server events to the log ({@code com.synconfig.server.rsynd}) and to listeners, filtered by the service's
 * logging level: basic (always) covers life cycle, connections, logins, opens, TLS failures, refusals and protocol
 * errors; {@code errors} adds every error answer; {@code requests} adds every request. Each event is one line of
 * bounded length, and the kinds a client can cause at will are rate-limited per host. Listeners are called on the
 * event log's thread, in the order the events were emitted.
 */
public final class ServerEvents {

    /** The logger the server log file is attached to. */
    public static final String LOGGER_NAME = "com.synconfig.server.rsynd";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    /** Longest message logged, in characters (client text in it is quoted shorter still). */
    static final int MAX_MESSAGE = 2_000;
    /** Kinds a hostile client can cause at will: logged at a bounded rate per host ({@link RepeatedEvents}). */
    private static final Set<ServerEvent.Kind> FLOODABLE = EnumSet.of(ServerEvent.Kind.LOGIN_FAILED,
            ServerEvent.Kind.REFUSED, ServerEvent.Kind.PROTOCOL_ERROR, ServerEvent.Kind.TLS_FAILED);

    private final LogLevel level;
    private final RepeatedEvents repeated = new RepeatedEvents();
    private final CopyOnWriteArrayList<ServerEventListener> listeners = new CopyOnWriteArrayList<>();
    private final EventLogWriter writer = EventLogWriter.instance();
    /** Events not logged because the log's queue was full, not yet reported. */
    private final AtomicLong dropped = new AtomicLong();

    public ServerEvents(LogLevel level) {
        this.level = level;
    }

    public void subscribe(ServerEventListener l) {
        listeners.add(l);
    }

    public void unsubscribe(ServerEventListener l) {
        listeners.remove(l);
    }

    /** The lowest logging level at which events of {@code kind} are logged (the UI's log filter uses it too). */
    public static LogLevel levelOf(ServerEvent.Kind kind) {
        return switch (kind) {
            case ERROR -> LogLevel.ERRORS;
            case REQUEST -> LogLevel.REQUESTS;
            case DATA -> LogLevel.DATA;
            default -> LogLevel.BASIC;
        };
    }

    /** The host part of a {@code host:port} remote address (IPv6 addresses hold colons too). */
    private static String host(String remote) {
        int colon = remote.lastIndexOf(':');
        return colon < 0 ? remote : remote.substring(0, colon);
    }

    /**
     * Logs an event (if the level records it) and tells the listeners, later and on the event log's own thread
     * ({@link EventLogWriter}): the caller, often an event loop, neither formats nor writes anything and never
     * waits. Events are written in the order they were emitted. When the log cannot keep up and its queue is full,
     * the event is counted instead, and the next event that gets through is preceded by an
     * {@link ServerEvent.Kind#EVENTS_DROPPED} event saying how many were lost.
     */
    public void emit(ServerEvent.Kind kind, String remote, String message) {
        if (!level.includes(levelOf(kind))) {
            return;
        }
        Instant now = Instant.now();
        String note = "";
        if (FLOODABLE.contains(kind) && remote != null) {
            RepeatedEvents.Verdict v = repeated.admit(kind, host(remote), now);
            if (!v.show()) {
                return;
            }
            note = v.note();
        }
        if (dropped.get() != 0) {
            reportDropped(now);
        }
        if (!writer.offer(new Pending(now, kind, remote, message, note))) {
            dropped.incrementAndGet();
        }
    }

    private void reportDropped(Instant now) {
        long lost = dropped.getAndSet(0);
        if (lost > 0 && !writer.offer(new Pending(now, ServerEvent.Kind.EVENTS_DROPPED, null, lost
                + " events were not logged: they came faster than the log could take them (" + EventLogWriter.CAPACITY
                + " waiting)", ""))) {
            dropped.addAndGet(lost);
        }
    }

    /** Waits until every event emitted so far is in the log and with the listeners. */
    public void flush() {
        writer.flush();
    }

    /** An event as emitted, made into a log line on the writer's thread. */
    private final class Pending implements EventLogWriter.Entry {
        private final Instant time;
        private final ServerEvent.Kind kind;
        private final String remote;
        private final String message;
        private final String note;

        Pending(Instant time, ServerEvent.Kind kind, String remote, String message, String note) {
            this.time = time;
            this.kind = kind;
            this.remote = remote;
            this.message = message;
            this.note = note;
        }

        @Override
        public void write() {
            // one event, one line: whatever client text a message holds cannot forge another line or grow without end
            String line = ClientText.bounded(ClientText.escape(String.valueOf(message)), MAX_MESSAGE);
            ServerEvent e = new ServerEvent(time, kind, remote, line + note);
            log(e);
            for (ServerEventListener l : listeners) {
                try {
                    l.onEvent(e);
                } catch (RuntimeException ex) {
                    LOG.warn("event listener {} failed: {}", l, ex.toString());
                }
            }
        }
    }

    /** Writes the event's line stamped with the time it happened, not the time the writer got to it. */
    private static void log(ServerEvent e) {
        Level level = switch (e.kind()) {
            case TLS_FAILED, REFUSED, PROTOCOL_ERROR, LOGIN_FAILED, EVENTS_DROPPED -> Level.WARN;
            case INTERNAL_ERROR -> Level.ERROR;
            default -> Level.INFO;
        };
        if (LOG instanceof ch.qos.logback.classic.Logger logger) {
            if (logger.isEnabledFor(level)) {
                LoggingEvent le = new LoggingEvent(ServerEvents.class.getName(), logger, level, e.toString(), null,
                        null);
                le.setInstant(e.time());
                logger.callAppenders(le);
            }
        } else {
            LOG.atLevel(org.slf4j.event.Level.valueOf(level.toString())).log(e.toString());
        }
    }
}
