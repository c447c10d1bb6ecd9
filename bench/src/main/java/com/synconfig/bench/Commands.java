package com.synconfig.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs short commands (openssl, java -version...) with a time limit and returns what they print. */
final class Commands {

    /** What a finished command printed (stdout and stderr together) and how long it took. */
    record Result(int exitCode, String output, double seconds) {
    }

    private Commands() {
    }

    static Result run(List<String> command, Path dir, long timeoutSeconds) {
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile())
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p));
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + timeoutSeconds + " s");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(p.exitValue(), new String(out.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8),
                    seconds);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static byte[] readAll(Process p) {
        try {
            return p.getInputStream().readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Output of a command that must succeed. */
    static String output(List<String> command) {
        Result r = run(command, null, 120);
        if (r.exitCode() != 0) {
            throw new IllegalStateException(command + " failed (exit " + r.exitCode() + "): " + r.output());
        }
        return r.output();
    }
}
