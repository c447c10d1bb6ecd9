package com.synconfig.server.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** How a service manager backend runs its tool ({@code systemctl}, {@code launchctl}); tests record instead. */
@FunctionalInterface
interface ManagerCommands {

    long TIMEOUT_SECONDS = 90;

    /** What a command said: its exit code and its output (stdout and stderr). */
    record Result(int exit, String output) {
    }

    Result run(String... command) throws ServiceControlException;

    /** Runs {@code command} as a process, stdin closed, for at most {@value #TIMEOUT_SECONDS} s. */
    static Result process(String... command) throws ServiceControlException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ServiceControlException(String.join(" ", command) + " did not finish within "
                        + TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new ServiceControlException("cannot run " + command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceControlException(command[0] + " was interrupted");
        }
    }

    /** Runs {@code command} and fails with its output unless it exits 0. */
    default Result require(String... command) throws ServiceControlException {
        Result r = run(command);
        if (r.exit() != 0) {
            throw new ServiceControlException(String.join(" ", command) + " failed (exit " + r.exit() + "): "
                    + r.output().strip());
        }
        return r;
    }
}
