package com.synconfig.server.net;

import com.synconfig.server.ConnectionInfo;
import com.synconfig.server.store.RecordChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** One client connection's state: who, how it is protected, and its open channels. */
final class Session {

    static final int MAX_CHANNELS = 1024;

    final String remote;
    final String host;
    final Instant since = Instant.now();
    /** When the connection was accepted, on {@link System#nanoTime()}'s clock (for {@link ConnectionDeadlines}). */
    final long acceptedNanos = System.nanoTime();
    final AtomicLong bytesIn = new AtomicLong();
    final AtomicLong bytesOut = new AtomicLong();
    /** Bytes carried when {@link ConnectionDeadlines} last looked, and since when no more moved (its own). */
    long bytesSeen;
    long quietSinceNanos = acceptedNanos;
    /** Closed by {@link ConnectionDeadlines} (its own). */
    boolean overstayed;
    /** A TLS handshake has begun and not ended yet. */
    volatile boolean handshaking;
    volatile boolean helloDone;
    volatile String user;
    volatile String protocol = "";
    volatile String cipher = "";
    private final Map<Integer, Open> channels = new LinkedHashMap<>();
    private int nextChannel = 1;

    record Open(String path, RecordChannel channel) {
    }

    Session(String remote, String host) {
        this.remote = remote;
        this.host = host;
    }

    boolean encrypted() {
        return !protocol.isEmpty();
    }

    synchronized int add(String path, RecordChannel channel) {
        while (channels.containsKey(nextChannel)) {
            nextChannel = nextChannel % MAX_CHANNELS + 1;
        }
        int n = nextChannel;
        channels.put(n, new Open(path, channel));
        nextChannel = nextChannel % MAX_CHANNELS + 1;
        return n;
    }

    synchronized boolean hasChannels() {
        return !channels.isEmpty();
    }

    synchronized boolean full() {
        return channels.size() >= MAX_CHANNELS;
    }

    synchronized Open get(int channel) {
        return channels.get(channel);
    }

    synchronized Open remove(int channel) {
        return channels.remove(channel);
    }

    /** Closes every channel (their locks go with them). */
    synchronized void closeAll() {
        channels.values().forEach(o -> o.channel().close());
        channels.clear();
    }

    synchronized ConnectionInfo info() {
        List<String> files = new ArrayList<>();
        channels.values().forEach(o -> files.add(o.path()));
        return new ConnectionInfo(remote, user == null ? "" : user, protocol, cipher, files, bytesIn.get(),
                bytesOut.get(), since);
    }
}
