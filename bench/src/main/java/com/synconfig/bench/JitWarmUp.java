package com.synconfig.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * Unmeasured rounds of work against a server, repeated until its JIT compilers are nearly idle (a long-running JVM
 * server pays its warm-up once; a compiler thread's CPU would otherwise count as the server's in the first
 * measurements) or the time is up. A program compiled ahead of time gets one round (a limit of 0).
 *
 * @param seconds  how long the warm-up took
 * @param jitShare the JIT compilers' share of the server's CPU in the last round
 */
record JitWarmUp(double seconds, double jitShare) {

    /** A server is warm when its JIT compilers used less than this share of its CPU in a round. */
    static final double WARM_JIT_SHARE = 0.05;

    /** One round of the work the measurements will do. */
    @FunctionalInterface
    interface Round {
        void run() throws Exception;
    }

    static JitWarmUp run(ChildProcess server, double limitSeconds, Round round) throws Exception {
        long start = System.nanoTime();
        double jitShare;
        do {
            double cpu0 = server.cpuSeconds();
            Map<String, Long> jit0 = server.compilerThreadNanos();
            round.run();
            double cpu = server.cpuSeconds() - cpu0;
            jitShare = cpu <= 0 ? 0 : secondsSince(jit0, server.compilerThreadNanos()) / cpu;
        } while (jitShare >= WARM_JIT_SHARE && (System.nanoTime() - start) / 1e9 < limitSeconds);
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

    /** For the JSON results: {@code seconds} and {@code jitShareAtEnd}. */
    void putInto(ObjectNode o) {
        o.put("seconds", seconds).put("jitShareAtEnd", jitShare);
    }

    /** For a report: "12 s (JIT 3% at the end)". */
    String text() {
        return String.format(Locale.ROOT, "%.0f s (JIT %.0f%% at the end)", seconds, 100 * jitShare);
    }
}
