package com.synconfig.model.service;

import java.util.Locale;

/**
 * How much the server logs. Basic logging (start, stop, connections, failures) is always on;
 * each further level adds detail to the one before it.
 */
public enum LogLevel {
    BASIC, ERRORS, REQUESTS, DATA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(LogLevel other) {
        return ordinal() >= other.ordinal();
    }

    public static LogLevel fromId(String id) {
        for (LogLevel l : values()) {
            if (l.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown log level '" + id + "': use basic, errors, requests or data.");
    }
}
