package com.synconfig.bench;

/**
 * One timed run: how much work was done ({@code units}: handshakes, bytes, reads), the wall time, and the CPU
 * time the server process used meanwhile.
 */
record Sample(double units, double wallSeconds, double serverCpuSeconds) {

    /** Work the {@link Work} does while the server's CPU time and the wall clock are read around it. */
    @FunctionalInterface
    interface Work {
        double run() throws Exception;
    }

    static Sample measure(ChildProcess server, Work work) throws Exception {
        double cpu0 = server.cpuSeconds();
        long t0 = System.nanoTime();
        double units = work.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        return new Sample(units, wall, server.cpuSeconds() - cpu0);
    }

    double perSecond() {
        return units / wallSeconds;
    }

    /** Units per server CPU-second (the CPU time is nanosecond-exact, see {@link ChildProcess#cpuSeconds()}). */
    double perCpuSecond() {
        return units / Math.max(serverCpuSeconds, 1e-6);
    }
}
