package com.synconfig.server.diag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Enough randomness to seed the crypto library: a strong {@link SecureRandom} answers in time, and
 * {@code SYNSSL_RAND}, when set, names a readable file with enough data (else the original's
 * "Cannot load random state").
 */
public final class RandomnessCheck {

    static final String NAME = "Randomness";
    public static final String SYNSSL_RAND = "SYNSSL_RAND";
    /** The least a random-state file must hold: OpenSSL's RAND_load_file reads 1024 bytes at a time. */
    public static final long MIN_RAND_BYTES = 1024;
    static final String CANNOT_LOAD = "Cannot load random state";
    static final String FIX = "Point the environment variable SYNSSL_RAND (on the client or the server, wherever the"
            + " error happened) at a file that can be used to gather random data, at least " + MIN_RAND_BYTES
            + " bytes, e.g. one written by 'openssl rand -out FILE 4096'.";

    private final Duration timeout;

    public RandomnessCheck(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * @param synsslRand the value of {@code SYNSSL_RAND} in force (the service's environment, else the process's),
     *                   or {@code null}
     */
    public CheckResult run(String synsslRand) {
        if (synsslRand != null) {
            CheckResult file = randFile(synsslRand);
            if (file != null) {
                return file;
            }
        }
        return strongRandom(synsslRand);
    }

    private static CheckResult randFile(String value) {
        Path file = Path.of(value);
        String detail = SYNSSL_RAND + "=" + value;
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return CheckResult.fail(NAME, CANNOT_LOAD + ": " + SYNSSL_RAND + " names " + value
                    + ", which is not a readable file", List.of(detail), FIX);
        }
        try {
            long size = Files.size(file);
            if (size < MIN_RAND_BYTES) {
                return CheckResult.fail(NAME, CANNOT_LOAD + ": " + SYNSSL_RAND + " names " + value + ", which holds "
                        + size + " bytes (at least " + MIN_RAND_BYTES + " needed)", List.of(detail), FIX);
            }
        } catch (IOException e) {
            return CheckResult.fail(NAME, CANNOT_LOAD + ": cannot read " + value + ": " + e.getMessage(),
                    List.of(detail), FIX);
        }
        return null;
    }

    private CheckResult strongRandom(String synsslRand) {
        List<String> details = synsslRand == null ? List.of(SYNSSL_RAND + " not set")
                : List.of(SYNSSL_RAND + "=" + synsslRand + " (readable, enough data)");
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dltest-random");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<String> answer = pool.submit(() -> {
                SecureRandom strong = SecureRandom.getInstanceStrong();
                strong.nextBytes(new byte[32]);
                return strong.getAlgorithm();
            });
            String algorithm = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return CheckResult.pass(NAME, "strong SecureRandom (" + algorithm + ") answers", details);
        } catch (TimeoutException e) {
            return CheckResult.fail(NAME, CANNOT_LOAD + ": the strong SecureRandom gave no data within "
                    + timeout.toSeconds() + " s", details, FIX + " On Linux, an entropy daemon (haveged, rng-tools) helps.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String what = cause instanceof NoSuchAlgorithmException ? "no strong SecureRandom is configured" : cause.toString();
            return CheckResult.fail(NAME, CANNOT_LOAD + ": " + what, details,
                    "Check securerandom.strongAlgorithms in the JDK's java.security. " + FIX);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.fail(NAME, "interrupted while waiting for random data", details, "");
        } finally {
            pool.shutdownNow();
        }
    }
}
