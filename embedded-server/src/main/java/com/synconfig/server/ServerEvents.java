package com.synconfig.server;

import com.synconfig.model.service.LogLevel;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes server events to the log ({@code com.synconfig.server.rsynd}) and to listeners, filtered by the service's
 * logging level: basic (always) covers life cycle, connections, logins, opens, TLS failures, refusals and protocol
 * errors; {@code errors} adds every error answer; {@code requests} adds every request.
 */
public final class ServerEvents {

    /** The logger the server log file is attached to. */
    public static final String LOGGER_NAME = "com.synconfig.server.rsynd";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final LogLevel level;
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

    public void emit(ServerEvent.Kind kind, String remote, String message) {
        if (!level.includes(levelOf(kind))) {
            return;
        }
        ServerEvent e = new ServerEvent(Instant.now(), kind, remote, message);
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
