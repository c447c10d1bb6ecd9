package com.synconfig.server;

import java.time.Instant;

/**
 * Something the server did or saw, as the log and the UI's event stream show it. {@code INTERNAL_ERROR} is a
 * request the server failed to answer through no fault of the client's (a bug, or memory running out);
 * {@code EVENTS_DROPPED} says how many events were lost because they came faster than the log could take them.
 */
public record ServerEvent(Instant time, Kind kind, String remote, String message) {

    public enum Kind {
        STARTED, STOPPED, CONNECTED, DISCONNECTED, LOGIN, LOGIN_FAILED, TLS_FAILED, REFUSED, PROTOCOL_ERROR,
        OPEN, ERROR, INTERNAL_ERROR, REQUEST, DATA, EVENTS_DROPPED
    }

    @Override
    public String toString() {
        return kind + (remote == null ? "" : " " + remote) + ": " + message;
    }
}
