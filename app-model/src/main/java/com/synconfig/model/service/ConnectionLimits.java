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

    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(1000, 64, 30);
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
     * The finding for a count that is not a whole number.
     *
     * @param field   the finding's field id ({@link #MAX_CONNECTIONS}, ...)
     * @param what    the setting as a person reads it, e.g. {@code Maximum connections}
     * @param example the setting's default
     */
    public static Finding notANumber(String field, String what, String text, int example) {
        return Finding.error(field, what + " '" + (text == null ? "" : text.trim()) + "' is not a whole number.",
                "Enter a number, e.g. " + example + " (the default).");
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    /** Findings for values outside their ranges (field ids as the dialog and the configuration file name them). */
    public void check(List<Finding> out) {
        if (maxConnections < 1 || maxConnections > MOST_CONNECTIONS) {
            out.add(Finding.error(MAX_CONNECTIONS, "Maximum connections " + maxConnections + " is outside 1-"
                    + MOST_CONNECTIONS + ".", "Choose 1 to " + MOST_CONNECTIONS + "; " + DEFAULTS.maxConnections
                    + " is the default."));
        }
        if (maxConnectionsPerHost < 1 || maxConnectionsPerHost > Math.max(1, maxConnections)) {
            out.add(Finding.error(MAX_CONNECTIONS_PER_HOST, "Maximum connections per host " + maxConnectionsPerHost
                    + " is outside 1-" + Math.max(1, maxConnections) + " (the maximum connections).",
                    "Choose 1 to the maximum connections; " + DEFAULTS.maxConnectionsPerHost + " is the default."));
        }
        if (loginTimeoutSeconds < 1 || loginTimeoutSeconds > LONGEST_LOGIN_SECONDS) {
            out.add(Finding.error(LOGIN_TIMEOUT, "Login timeout " + loginTimeoutSeconds + " s is outside 1-"
                    + LONGEST_LOGIN_SECONDS + " s.", "Choose 1 to " + LONGEST_LOGIN_SECONDS + " seconds; "
                    + DEFAULTS.loginTimeoutSeconds + " is the default."));
        }
    }
}
