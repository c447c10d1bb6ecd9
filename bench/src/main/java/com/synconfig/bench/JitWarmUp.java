package com.synconfig.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * Unmeasured rounds of work against a server, repeated until its JIT compilers are nearly idle (a long-running JVM
 * server pays its warm-up once; a compiler thread's CPU would otherwise count as the server's in the first
 * measurements) or the time is up. Nearly idle means in several rounds in a row: one quiet round can fall between
 * two waves of compilation (C1, then C2 for the same hot code). A program compiled ahead of time gets one round
 * (a limit of 0).
 *
 * @param seconds  how long the warm-up took
 * @param jitShare the JIT compilers' share of the server's CPU in the last round
 */
record JitWarmUp(double seconds, double jitShare) {

    /** A server is warm when its JIT compilers used less than this share of its CPU in each of the last rounds. */
    static final double WARM_JIT_SHARE = 0.05;
    static final int QUIET_ROUNDS = 3;

    /** One round of the work the measurements will do. */
    @FunctionalInterface
    interface Round {
        void run() throws Exception;
    }

    static JitWarmUp run(ChildProcess server, double limitSeconds, Round round) throws Exception {
        long start = System.nanoTime();
        double jitShare;
        int quiet = 0;
        do {
            double cpu0 = server.cpuSeconds();
            Map<String, Long> jit0 = server.compilerThreadNanos();
            round.run();
            double cpu = server.cpuSeconds() - cpu0;
            jitShare = cpu <= 0 ? 0 : secondsSince(jit0, server.compilerThreadNanos()) / cpu;
            quiet = jitShare < WARM_JIT_SHARE ? quiet + 1 : 0;
        } while (quiet < QUIET_ROUNDS && (System.nanoTime() - start) / 1e9 < limitSeconds);
        return new JitWarmUp((System.nanoTime() - start) / 1e9, jitShare);
    }

    /** CPU seconds the threads of {@code now} ran since {@code before} (a thread not there before: all its time). */
    private static double secondsSince(Map<String, Long> before, Map<String, Long> now) {
        long ns = 0;
        for (var t : now.entrySet()) {
            ns += t.getValue() - before.getOrDefault(t.getKey(), 0L);
        }
        return ns / 1e9;
    }

    /** For a report: when a warm-up ends, after "until". */
    static String condition(String server) {
        return server + "'s JIT compilers used less than " + Math.round(100 * WARM_JIT_SHARE) + "% of its CPU in "
                + QUIET_ROUNDS + " rounds in a row";
    }

    /** For the JSON results: {@code seconds} and {@code jitShareAtEnd}. */
    void putInto(ObjectNode o) {
        o.put("seconds", seconds).put("jitShareAtEnd", jitShare);
    }

    /** For a report: "12 s (JIT 3% at the end)". */
    String text() {
        return String.format(Locale.ROOT, "%.0f s (JIT %.0f%% at the end)", seconds, 100 * jitShare);
    }
}
