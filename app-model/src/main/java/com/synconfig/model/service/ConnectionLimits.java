package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.List;
import java.util.OptionalInt;

/**
 * How many clients a service lets in, and how long a new connection may take to log in: the bounds an admin tunes
 * (our settings; rsynd has no options for them). Values are kept as entered; {@link #check} reports bad ones.
 *
 * @param maxConnections        connections open at once; the next one is refused
 * @param maxConnectionsPerHost connections open at once from one remote address
 * @param loginTimeoutSeconds   time a new connection has to finish HELLO (and LOGIN in secure mode)
 */
public record ConnectionLimits(int maxConnections, int maxConnectionsPerHost, int loginTimeoutSeconds) {

    public static final int DEFAULT_MAX_CONNECTIONS = 1000;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = 64;
    public static final int DEFAULT_LOGIN_TIMEOUT_SECONDS = 30;
    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(DEFAULT_MAX_CONNECTIONS,
            DEFAULT_MAX_CONNECTIONS_PER_HOST, DEFAULT_LOGIN_TIMEOUT_SECONDS);
    public static final int MOST_CONNECTIONS = 100_000;
    public static final int LONGEST_LOGIN_SECONDS = 3600;
    /** The field ids findings about the limits use. */
    public static final String MAX_CONNECTIONS = "maxConnections";
    public static final String MAX_CONNECTIONS_PER_HOST = "maxConnectionsPerHost";
    public static final String LOGIN_TIMEOUT = "loginTimeout";

    /** A count as typed (dialog, configuration file); empty when it is not a whole number. */
    public static OptionalInt parseCount(String text) {
        String t = text == null ? "" : text.trim();
        return t.matches("[0-9]{1,9}") ? OptionalInt.of(Integer.parseInt(t)) : OptionalInt.empty();
    }

    /**
     * One limit as a person reads it and its default: the words the dialog's findings, the command line's option
     * errors and {@link #check} share.
     */
    public enum Limit {
        MAX_CONNECTIONS(ConnectionLimits.MAX_CONNECTIONS, "Maximum connections", DEFAULT_MAX_CONNECTIONS),
        MAX_CONNECTIONS_PER_HOST(ConnectionLimits.MAX_CONNECTIONS_PER_HOST, "Maximum connections per host",
                DEFAULT_MAX_CONNECTIONS_PER_HOST),
        LOGIN_TIMEOUT(ConnectionLimits.LOGIN_TIMEOUT, "Login timeout", DEFAULT_LOGIN_TIMEOUT_SECONDS);

        private final String field;
        private final String label;
        private final int defaultValue;

        Limit(String field, String label, int defaultValue) {
            this.field = field;
            this.label = label;
            this.defaultValue = defaultValue;
        }

        /** The field id findings about this limit use ({@link ConnectionLimits#MAX_CONNECTIONS}, ...). */
        public String field() {
            return field;
        }

        /** The setting as a person reads it, e.g. {@code Maximum connections}. */
        public String label() {
            return label;
        }

        public int defaultValue() {
            return defaultValue;
        }

        /** The finding for a count typed as something other than a whole number. */
        public Finding notANumber(String text) {
            return Finding.error(field, label + " '" + (text == null ? "" : text.trim()) + "' is not a whole number.",
                    "Enter a number, e.g. " + defaultValue + " (the default).");
        }

        /** The count typed, or {@link IllegalArgumentException} with {@link #notANumber}'s words. */
        public int parse(String text) {
            return parseCount(text).orElseThrow(() -> new IllegalArgumentException(notANumber(text).messageAndFix()));
        }

        /** The count typed, else the default (while {@link #notANumber} reports it). */
        public int parseOrDefault(String text) {
            return parseCount(text).orElse(defaultValue);
        }
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    /** Findings for values outside their ranges (field ids as the dialog and the configuration file name them). */
    public void check(List<Finding> out) {
        if (maxConnections < 1 || maxConnections > MOST_CONNECTIONS) {
            out.add(Finding.error(MAX_CONNECTIONS, Limit.MAX_CONNECTIONS.label() + " " + maxConnections
                    + " is outside 1-" + MOST_CONNECTIONS + ".", "Choose 1 to " + MOST_CONNECTIONS + "; "
                    + DEFAULT_MAX_CONNECTIONS + " is the default."));
        }
        if (maxConnectionsPerHost < 1 || maxConnectionsPerHost > Math.max(1, maxConnections)) {
            out.add(Finding.error(MAX_CONNECTIONS_PER_HOST, Limit.MAX_CONNECTIONS_PER_HOST.label() + " "
                    + maxConnectionsPerHost + " is outside 1-" + Math.max(1, maxConnections)
                    + " (the maximum connections).", "Choose 1 to the maximum connections; "
                    + DEFAULT_MAX_CONNECTIONS_PER_HOST + " is the default."));
        }
        if (loginTimeoutSeconds < 1 || loginTimeoutSeconds > LONGEST_LOGIN_SECONDS) {
            out.add(Finding.error(LOGIN_TIMEOUT, Limit.LOGIN_TIMEOUT.label() + " " + loginTimeoutSeconds
                    + " s is outside 1-" + LONGEST_LOGIN_SECONDS + " s.", "Choose 1 to " + LONGEST_LOGIN_SECONDS
                    + " seconds; " + DEFAULT_LOGIN_TIMEOUT_SECONDS + " is the default."));
        }
    }
}
