package com.synconfig.server.diag;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.RandomSourceRule;
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
 * Enough randomness to seed the crypto library: {@code SYNSSL_RAND}, when set, passes the one rule for it
 * ({@link RandomSourceRule}: else the original's "Cannot load random state"), and a strong {@link SecureRandom}
 * answers in time.
 */
public final class RandomnessCheck {

    static final String NAME = "Randomness";
    public static final String SYNSSL_RAND = RandomSourceRule.VARIABLE;

    private final Duration timeout;

    public RandomnessCheck(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * @param synsslRand the value of {@code SYNSSL_RAND} in force (the service's environment, else the process's),
     *                   or {@code null}
     */
    public CheckResult run(String synsslRand) {
        List<Finding> findings = RandomSourceRule.check(synsslRand);
        if (!findings.isEmpty()) {
            Finding f = findings.get(0);
            return CheckResult.fail(NAME, f.message(), List.of(SYNSSL_RAND + "=" + synsslRand), f.fix());
        }
        return strongRandom(synsslRand);
    }

    private CheckResult strongRandom(String synsslRand) {
        List<String> details = synsslRand == null || synsslRand.isEmpty() ? List.of(SYNSSL_RAND + " not set")
                : List.of(SYNSSL_RAND + "=" + synsslRand + " (usable)");
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
            return CheckResult.fail(NAME, RandomSourceRule.CANNOT_LOAD + ": the strong SecureRandom gave no data within "
                    + timeout.toSeconds() + " s", details, RandomSourceRule.FIX + " On Linux, an entropy daemon (haveged, rng-tools) helps.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String what = cause instanceof NoSuchAlgorithmException ? "no strong SecureRandom is configured" : cause.toString();
            return CheckResult.fail(NAME, RandomSourceRule.CANNOT_LOAD + ": " + what, details,
                    "Check securerandom.strongAlgorithms in the JDK's java.security. " + RandomSourceRule.FIX);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.fail(NAME, "interrupted while waiting for random data", details, "");
        } finally {
            pool.shutdownNow();
        }
    }
}
