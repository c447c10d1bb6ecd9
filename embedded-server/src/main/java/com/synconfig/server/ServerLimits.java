package com.synconfig.server;

import com.synconfig.model.service.ConnectionLimits;
import java.time.Duration;

/**
 * The bounds that keep one server healthy whatever its clients send (docs/security.md lists each with its
 * default). The connection limits and the login deadline are service settings ({@link ConnectionLimits}); the
 * others are fixed at {@link #DEFAULTS}.
 *
 * @param maxConnections           connections open at once; the next one is refused with {@code $ERR_CONNLIM}
 * @param maxConnectionsPerHost    connections open at once from one remote address
 * @param loginDeadline            time a connection has to finish HELLO (and LOGIN in secure mode)
 * @param maxPreLoginFrame         largest frame accepted before HELLO (and LOGIN in secure mode) is done
 * @param maxBatchBytes            most record bytes in one BATCH frame of a select (a larger lone record still goes)
 * @param loginFailuresPerUserHost failed logins for one user from one host within {@code loginWindow}
 * @param loginFailuresPerUser     failed logins for one user from all hosts within {@code loginWindow}
 * @param loginFailuresPerHost     failed logins from one host for all users within {@code loginWindow}
 */
public record ServerLimits(int maxConnections, int maxConnectionsPerHost, Duration loginDeadline,
                           int maxPreLoginFrame, int maxBatchBytes, int loginFailuresPerUserHost,
                           int loginFailuresPerUser, int loginFailuresPerHost, Duration loginWindow) {

    public static final ServerLimits DEFAULTS = new ServerLimits(ConnectionLimits.DEFAULTS.maxConnections(),
            ConnectionLimits.DEFAULTS.maxConnectionsPerHost(),
            Duration.ofSeconds(ConnectionLimits.DEFAULTS.loginTimeoutSeconds()), 4096, 512 * 1024, 5, 20, 30,
            Duration.ofMinutes(1));

    public ServerLimits {
        positive(maxConnections, "maxConnections");
        positive(maxConnectionsPerHost, "maxConnectionsPerHost");
        positive(maxPreLoginFrame, "maxPreLoginFrame");
        positive(maxBatchBytes, "maxBatchBytes");
        positive(loginFailuresPerUserHost, "loginFailuresPerUserHost");
        positive(loginFailuresPerUser, "loginFailuresPerUser");
        positive(loginFailuresPerHost, "loginFailuresPerHost");
        if (loginDeadline.isNegative() || loginDeadline.isZero() || loginWindow.isNegative() || loginWindow.isZero()) {
            throw new IllegalArgumentException("loginDeadline and loginWindow must be positive");
        }
    }

    public ServerLimits withConnections(int total, int perHost) {
        return new ServerLimits(total, perHost, loginDeadline, maxPreLoginFrame, maxBatchBytes,
                loginFailuresPerUserHost, loginFailuresPerUser, loginFailuresPerHost, loginWindow);
    }

    /** These limits with a service's connection limits and login deadline. */
    public ServerLimits with(ConnectionLimits service) {
        return withConnections(service.maxConnections(), service.maxConnectionsPerHost())
                .withLoginDeadline(Duration.ofSeconds(service.loginTimeoutSeconds()));
    }

    public ServerLimits withLoginDeadline(Duration d) {
        return new ServerLimits(maxConnections, maxConnectionsPerHost, d, maxPreLoginFrame, maxBatchBytes,
                loginFailuresPerUserHost, loginFailuresPerUser, loginFailuresPerHost, loginWindow);
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
