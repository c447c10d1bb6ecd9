package com.synconfig.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Rate limit for bad logins per remote host: after {@code maxFailures} failures within {@code window}, further
 * attempts from that host are refused unchecked until the oldest failure leaves the window.
 */
public final class LoginThrottle {

    /** Above this many remembered hosts, expired entries are purged so memory stays bounded. */
    static final int MAX_TRACKED_HOSTS = 1000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    public static LoginThrottle standard() {
        return new LoginThrottle(5, Duration.ofMinutes(1), Clock.systemUTC());
    }

    public synchronized boolean allowed(String host) {
        Deque<Instant> f = recent(host);
        return f == null || f.size() < maxFailures;
    }

    public synchronized void failed(String host) {
        if (failures.size() > MAX_TRACKED_HOSTS) {
            java.util.List.copyOf(failures.keySet()).forEach(this::recent); // drops hosts whose failures expired
        }
        recent(host);
        failures.computeIfAbsent(host, h -> new ArrayDeque<>()).addLast(clock.instant());
    }

    public synchronized void succeeded(String host) {
        failures.remove(host);
    }

    private Deque<Instant> recent(String host) {
        Deque<Instant> f = failures.get(host);
        if (f != null) {
            Instant cutoff = clock.instant().minus(window);
            while (!f.isEmpty() && f.peekFirst().isBefore(cutoff)) {
                f.removeFirst();
            }
            if (f.isEmpty()) {
                failures.remove(host);
                return null;
            }
        }
        return f;
    }
}
