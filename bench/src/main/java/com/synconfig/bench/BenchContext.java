package com.synconfig.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What every benchmark needs: the run's size ({@link Mode}), where scratch files go, how to start a JVM like
 * this one, and the certificates.
 *
 * @param serverJvmOptions extra options for the server child JVM (from {@code BENCH_SERVER_JVM_OPTS}, e.g. JFR)
 */
record BenchContext(Mode mode, Path work, String java, String classPath, List<String> serverJvmOptions,
                    Certificates certificates) {

    /** Quick (a few minutes, fewer cells) or full (every cell, bigger files, more repetitions). */
    enum Mode {
        QUICK(3, 1, 15, 100_000, 1, 1_000), FULL(5, 2, 90, 1_000_000, 3, 4_000);

        /** Repetitions of every measurement; the median is reported. */
        final int repetitions;
        /** Seconds per {@code openssl s_time} run. */
        final int handshakeSeconds;
        /** Most seconds of unmeasured work per server and section first (until its JIT compilers are nearly idle). */
        final int warmupSeconds;
        /** Records of the bulk ISAM file (100 bytes each). */
        final int records;
        /** Seconds per keyed-read measurement. */
        final int readSeconds;
        /** Milliseconds of each row of a keyed-read warm-up round. */
        final int warmupMillis;

        Mode(int repetitions, int handshakeSeconds, int warmupSeconds, int records, int readSeconds,
             int warmupMillis) {
            this.repetitions = repetitions;
            this.handshakeSeconds = handshakeSeconds;
            this.warmupSeconds = warmupSeconds;
            this.records = records;
            this.readSeconds = readSeconds;
            this.warmupMillis = warmupMillis;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A context like this JVM: its Java, its class path (absolute, for server children that run in another
     * directory), the server options of {@code BENCH_SERVER_JVM_OPTS}, and new certificates in {@code work}.
     */
    static BenchContext create(Mode mode, Path work) throws IOException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        return new BenchContext(mode, work, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                classPath, jvmOptionsFromEnvironment(), Certificates.create(work));
    }

    /**
     * The server child's class path: this one, after {@code BENCH_SERVER_CLASSES} when set (another build of the
     * server's classes, to measure a change before and after in one run of the harness).
     */
    String serverClassPath() {
        String before = System.getenv().getOrDefault("BENCH_SERVER_CLASSES", "").trim();
        return before.isEmpty() ? classPath : before + File.pathSeparator + classPath;
    }

    static List<String> jvmOptionsFromEnvironment() {
        String opts = System.getenv().getOrDefault("BENCH_SERVER_JVM_OPTS", "").trim();
        return opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
    }
}
