package com.synconfig.server;

import com.synconfig.model.service.LogLevel;
import com.synconfig.server.wire.ClientText;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes server events to the log ({@code com.synconfig.server.rsynd}) and to listeners, filtered by the service's
 * logging level: basic (always) covers life cycle, connections, logins, opens, TLS failures, refusals and protocol
 * errors; {@code errors} adds every error answer; {@code requests} adds every request. Each event is one line of
 * bounded length, and the kinds a client can cause at will are rate-limited per host.
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
        // one event, one line: whatever client text a message holds cannot forge another line or grow without end
        String line = ClientText.bounded(ClientText.escape(String.valueOf(message)), MAX_MESSAGE);
        ServerEvent e = new ServerEvent(now, kind, remote, line + note);
        switch (kind) {
            case TLS_FAILED, REFUSED, PROTOCOL_ERROR, LOGIN_FAILED -> LOG.warn("{}", e);
            case INTERNAL_ERROR -> LOG.error("{}", e);
            default -> LOG.info("{}", e);
        }
        for (ServerEventListener l : listeners) {
            try {
                l.onEvent(e);
            } catch (RuntimeException ex) {
                LOG.warn("event listener {} failed: {}", l, ex.toString());
            }
        }
    }
}
