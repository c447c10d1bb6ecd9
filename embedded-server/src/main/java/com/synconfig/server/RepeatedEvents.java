package com.synconfig.server;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps one host's flood of like events (failed logins, refusals, protocol and TLS errors) from flooding the log:
 * per kind and host, the first {@value #PER_WINDOW} events of a minute are shown, the rest only counted, and the
 * next event shown after that minute says how many were left out.
 */
final class RepeatedEvents {

    static final int PER_WINDOW = 20;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Most (kind, host) counters remembered; the least recently used one is forgotten first. */
    private static final int MAX_TRACKED = 10_000;

    /** What to do with one event: show it or not, and what to add to its message. */
    record Verdict(boolean show, String note) {
    }

    private static final Verdict SHOW = new Verdict(true, "");
    private static final Verdict COUNT_ONLY = new Verdict(false, "");

    private static final class Counter {
        Instant windowStart;
        int seen;

        Counter(Instant start) {
            windowStart = start;
        }
    }

    private final Map<String, Counter> counters = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    synchronized Verdict admit(ServerEvent.Kind kind, String host, Instant now) {
        Counter c = counters.computeIfAbsent(kind + " " + host, k -> new Counter(now));
        String note = "";
        if (!now.isBefore(c.windowStart.plus(WINDOW))) {
            if (c.seen > PER_WINDOW) {
                note = " (" + (c.seen - PER_WINDOW) + " more like it from " + host + " were not logged since "
                        + c.windowStart + ")";
            }
            c.windowStart = now;
            c.seen = 0;
        }
        c.seen++;
        if (c.seen == PER_WINDOW) {
            note += " (more like it from " + host + " in the next " + WINDOW.toSeconds()
                    + " s are counted, not logged)";
        } else if (c.seen > PER_WINDOW) {
            return COUNT_ONLY;
        }
        return note.isEmpty() ? SHOW : new Verdict(true, note);
    }
}
