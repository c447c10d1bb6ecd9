package com.synconfig.server;

import java.time.Duration;
import java.util.List;

/**
 * A snapshot of a server: state, bound port, TLS engine ({@code none} in clear) and the protocols it accepts,
 * uptime and connections, and its health: requests it failed to answer through no fault of the client's, and
 * request workers that no longer run (0 in a healthy server; any other number means clients go unanswered).
 */
public record ServerStatus(String service, ServerState state, int port, boolean encrypted, String tlsEngine,
                           List<String> protocols, Duration uptime, List<ConnectionInfo> connections,
                           long internalErrors, int deadWorkers) {
    public ServerStatus {
        protocols = List.copyOf(protocols);
        connections = List.copyOf(connections);
    }
}
