package com.synconfig.server;

import java.time.Instant;
import java.util.List;

/** One client connection as status shows it; protocol and cipher are empty in clear. */
public record ConnectionInfo(String remote, String user, String protocol, String cipher, List<String> openFiles,
                             long bytesIn, long bytesOut, Instant since) {
    public ConnectionInfo {
        openFiles = List.copyOf(openFiles);
    }
}
