package com.synconfig.server.net;

import com.synconfig.server.ServerLimits;
import java.util.HashMap;
import java.util.Map;

/** Open connections, in all and per remote host, admitted against {@link ServerLimits}' caps. */
final class ConnectionCount {

    private final int maxTotal;
    private final int maxPerHost;
    private final Map<String, Integer> perHost = new HashMap<>();
    private int total;

    ConnectionCount(ServerLimits limits) {
        this.maxTotal = limits.maxConnections();
        this.maxPerHost = limits.maxConnectionsPerHost();
    }

    /** Counts a new connection from {@code host}, or says why it is refused (then nothing is counted). */
    synchronized String admit(String host) {
        if (total >= maxTotal) {
            return "the server has " + total + " connections open, its limit; try again later, or ask the "
                    + "server's administrator to raise the limit (the service setting max-connections)";
        }
        int fromHost = perHost.getOrDefault(host, 0);
        if (fromHost >= maxPerHost) {
            return "this host has " + fromHost + " connections open, the limit for one host; close some, or ask the "
                    + "server's administrator to raise the limit (the service setting max-connections-per-host)";
        }
        total++;
        perHost.put(host, fromHost + 1);
        return null;
    }

    /** Forgets a connection {@link #admit} counted. */
    synchronized void closed(String host) {
        total--;
        perHost.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
    }
}
