package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code SYNSSL_RAND}: the one rule for the variable that names where the crypto library gathers random data
 * (SPEC.md section 4), asked by dltest, the validator, the Environment screen and the client's start.
 * <ul>
 *   <li>unset or empty: fine, the system's own source is used;</li>
 *   <li>a regular file of at least {@link #MIN_BYTES} bytes that this process can read: fine;</li>
 *   <li>a readable character device such as {@code /dev/urandom}: fine. The original asks for "a file that can be
 *       used to gather random data"; OpenSSL's {@code RAND_load_file} reads a bounded amount from a device, and a
 *       random device is the best such file there is;</li>
 *   <li>anything else (missing, a directory, a pipe or socket, a short or unreadable file): the original's
 *       "Cannot load random state", with the fix.</li>
 * </ul>
 * Every service that sets the variable is judged, encrypted or not: a value that cannot work is wrong either way.
 */
public final class RandomSourceRule implements ServiceRule {

    public static final String VARIABLE = "SYNSSL_RAND";
    /** The least a random-state file must hold: OpenSSL's RAND_load_file reads 1024 bytes at a time. */
    public static final long MIN_BYTES = 1024;
    public static final String CANNOT_LOAD = "Cannot load random state";
    public static final String FIX = "Point the environment variable " + VARIABLE + " (on the client or the server,"
            + " wherever the error happened) at a file that can be used to gather random data: a file of at least "
            + MIN_BYTES + " bytes, e.g. one written by 'openssl rand -out FILE 4096', or a random device such as"
            + " /dev/urandom; or unset it.";
    private static final String FIELD = "environment";
    /** The file-type bits of {@code unix:mode} and the value for a character device (stat.h's S_IFMT, S_IFCHR). */
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;

    private final HostEnvironment host;

    RandomSourceRule(HostEnvironment host) {
        this.host = host;
    }

    /** The service's own {@code SYNSSL_RAND}, when its files can be checked on this machine. */
    @Override
    public void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out) {
        String value = service.environment().get(VARIABLE);
        if (value == null || value.isEmpty()) {
            return;
        }
        LocalFiles.local(service, host, FIELD, VARIABLE, value, out).ifPresent(file -> out.addAll(judge(value, file)));
    }

    /**
     * The verdict on a value of {@code SYNSSL_RAND} on this machine: no findings when it is usable or unset,
     * else one error "Cannot load random state: ..." with the fix.
     */
    public static List<Finding> check(String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        try {
            return judge(value, Path.of(value));
        } catch (InvalidPathException e) {
            return cannotLoad(value, "which is not a valid path (" + e.getReason() + ")");
        }
    }

    private static List<Finding> judge(String value, Path file) {
        if (!Files.exists(file)) {
            return cannotLoad(value, "which does not exist");
        }
        if (characterDevice(file)) {
            return LocalFiles.readable(file) ? List.of() : cannotLoad(value, "which is a device this process cannot read");
        }
        if (!Files.isRegularFile(file)) {
            return cannotLoad(value, "which is neither a file nor a character device");
        }
        if (!LocalFiles.readable(file)) {
            return cannotLoad(value, "which this process cannot read");
        }
        try {
            long size = Files.size(file);
            return size >= MIN_BYTES ? List.of()
                    : cannotLoad(value, "which holds " + size + " bytes (at least " + MIN_BYTES + " needed)");
        } catch (IOException e) {
            return cannotLoad(value, "which cannot be read: " + e.getMessage());
        }
    }

    private static boolean characterDevice(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            return mode instanceof Integer m && (m & S_IFMT) == S_IFCHR;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return false; // no POSIX file types here (Windows): no devices either
        }
    }

    private static List<Finding> cannotLoad(String value, String why) {
        return List.of(Finding.error(FIELD, CANNOT_LOAD + ": " + VARIABLE + " names " + value + ", " + why + ".", FIX));
    }
}
