package com.synconfig.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A process the harness started (a server under test): its CPU time and resident memory read from
 * {@code /proc/PID}, so our server and {@code openssl s_server} are measured the same way.
 */
final class ChildProcess implements AutoCloseable {

    private static final long CLOCK_TICKS = Long.parseLong(Commands.output(List.of("getconf", "CLK_TCK")).trim());

    private final String name;
    private final Process process;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /** Starts {@code command} in {@code dir}; stderr goes to {@code errLog}, stdout stays readable. */
    static ChildProcess start(String name, List<String> command, Path dir, Path errLog) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(errLog.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        return new ChildProcess(name, p);
    }

    String name() {
        return name;
    }

    Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    /**
     * CPU seconds the process has used so far, all threads. Two kernel counts, the larger wins: utime + stime
     * from {@code stat} includes threads that have ended but only counts whole clock ticks (10 ms), too coarse
     * for s_server moving 10 MB; the per-thread {@code schedstat} run times are nanosecond-exact but forget ended
     * threads (a JVM's compiler threads come and go).
     */
    double cpuSeconds() {
        String stat = read("stat");
        // Fields after the command name (which may hold spaces) start at field 3: utime is 14, stime 15.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        double ticks = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLOCK_TICKS;
        return Math.max(ticks, threadRunSeconds());
    }

    private double threadRunSeconds() {
        return threadRunNanos(name -> true).values().stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    /**
     * CPU nanoseconds of each of a JVM's JIT compiler threads so far, by thread id (none for another program): how
     * far its warm-up is. By thread, so that a difference of two readings forgets only the part of the interval a
     * thread that ended in it ran, not all its earlier time (the JVM adds and removes compiler threads as it likes).
     */
    Map<String, Long> compilerThreadNanos() {
        return threadRunNanos(name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre"));
    }

    private Map<String, Long> threadRunNanos(Predicate<String> threadName) {
        Map<String, Long> nanos = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid()), "task"))) {
            for (Path task : tasks) {
                try {
                    if (threadName.test(Files.readString(task.resolve("comm")).strip())) {
                        nanos.put(task.getFileName().toString(),
                                Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]));
                    }
                } catch (IOException | NumberFormatException ended) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(name + " (pid " + pid() + ") is gone: " + e.getMessage(), e);
        }
        return nanos;
    }

    /** Resident set size in MiB. */
    double rssMiB() {
        for (String line : read("status").split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + name);
    }

    private String read(String file) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid()), file));
        } catch (IOException e) {
            throw new IllegalStateException(name + " (pid " + pid() + ") is gone: " + e.getMessage(), e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
