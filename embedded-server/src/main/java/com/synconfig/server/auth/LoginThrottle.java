package com.synconfig.server.auth;

import com.synconfig.server.ServerLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rate limit for bad logins, counted per (host, user), per user and per host within a sliding window. An attempt
 * is reserved before its password is checked and counts as a failure from that moment, so parallel LOGINs cannot
 * get more checks than the limit allows; a success takes back only its own reservation and clears only the
 * failures of its own (host, user), never another user's.
 */
public final class LoginThrottle {

    /** Most counters remembered; beyond it the least recently used one is forgotten, so memory stays bounded. */
    static final int MAX_TRACKED = 10_000;
    /** A user name longer than any valid one is counted by its first characters, so a key stays small. */
    private static final int MAX_KEY_USER = 65;

    private final int perUserHost;
    private final int perUser;
    private final int perHost;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    public LoginThrottle(int perUserHost, int perUser, int perHost, Duration window, Clock clock) {
        this.perUserHost = perUserHost;
        this.perUser = perUser;
        this.perHost = perHost;
        this.window = window;
        this.clock = clock;
    }

    public static LoginThrottle of(ServerLimits limits) {
        return new LoginThrottle(limits.loginFailuresPerUserHost(), limits.loginFailuresPerUser(),
                limits.loginFailuresPerHost(), limits.loginWindow(), Clock.systemUTC());
    }

    /** A reserved login attempt; it stays counted as a failure unless {@link #succeeded()} is called. */
    public final class Attempt {
        private final List<String> keys;
        private final Instant at;

        private Attempt(List<String> keys, Instant at) {
            this.keys = keys;
            this.at = at;
        }

        /** The password was right: this (host, user) starts afresh; other users' failures stay. */
        public void succeeded() {
            synchronized (LoginThrottle.this) {
                failures.remove(keys.get(0));
                for (String k : keys.subList(1, keys.size())) {
                    Deque<Instant> f = failures.get(k);
                    if (f != null) {
                        f.removeLastOccurrence(at);
                    }
                }
            }
        }
    }

    /**
     * Reserves an attempt to log in as {@code user} from {@code host}, or refuses it (returns {@code null}) when a
     * limit is reached, which the caller answers without checking the password.
     */
    public synchronized Attempt reserve(String host, String user) {
        String u = user.length() > MAX_KEY_USER ? user.substring(0, MAX_KEY_USER) : user;
        List<String> keys = List.of("hu\0" + host + "\0" + u, "u\0" + u, "h\0" + host);
        int[] limits = {perUserHost, perUser, perHost};
        for (int i = 0; i < keys.size(); i++) {
            if (recent(keys.get(i)) >= limits[i]) {
                return null;
            }
        }
        Instant now = clock.instant();
        keys.forEach(k -> failures.computeIfAbsent(k, x -> new ArrayDeque<>()).addLast(now));
        return new Attempt(keys, now);
    }

    /** How many counters are remembered (for the memory bound's test). */
    synchronized int tracked() {
        return failures.size();
    }

    /** How many failures {@code key} has within the window, forgetting older ones. */
    private int recent(String key) {
        Deque<Instant> f = failures.get(key);
        if (f == null) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(window);
        while (!f.isEmpty() && f.peekFirst().isBefore(cutoff)) {
            f.removeFirst();
        }
        if (f.isEmpty()) {
            failures.remove(key);
        }
        return f.size();
    }
}
