package com.synconfig.server;

import java.time.Duration;
import java.util.List;

/**
 * A snapshot of a server: state, bound port, TLS engine ({@code none} in clear) and the protocols it accepts,
 * uptime and connections.
 */
public record ServerStatus(String service, ServerState state, int port, boolean encrypted, String tlsEngine,
                           List<String> protocols, Duration uptime, List<ConnectionInfo> connections) {
    public ServerStatus {
        protocols = List.copyOf(protocols);
        connections = List.copyOf(connections);
    }
}
