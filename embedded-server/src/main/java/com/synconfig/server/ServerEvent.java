package com.synconfig.server;

import java.time.Instant;

/** Something the server did or saw, as the log and the UI's event stream show it. */
public record ServerEvent(Instant time, Kind kind, String remote, String message) {

    public enum Kind {
        STARTED, STOPPED, CONNECTED, DISCONNECTED, LOGIN, LOGIN_FAILED, TLS_FAILED, REFUSED, PROTOCOL_ERROR,
        OPEN, ERROR, REQUEST, DATA
    }

    @Override
    public String toString() {
        return kind + (remote == null ? "" : " " + remote) + ": " + message;
    }
}
