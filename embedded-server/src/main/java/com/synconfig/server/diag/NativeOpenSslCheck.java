package com.synconfig.server.diag;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The original's {@code dltest}: can the OpenSSL shared libraries that Synergy clients and servers use be loaded
 * here? Searches like the system loader (the search variable, then the system directories), tries each candidate
 * (3.x before 1.1) through JNA, and reports which file loaded, its {@code OpenSSL_version} and whether it can do
 * TLS 1.3; for a file that does not load, the loader's exact error.
 */
public final class NativeOpenSslCheck {

    static final String NAME = "Native OpenSSL";
    private static final long TLS13_MIN_VERSION = 0x10101000L;

    /** One candidate's outcome: the file found (or none), the version it reported, or the loader's error. */
    record Attempt(String candidate, Path file, String version, long versionNumber, String error) {
        boolean loaded() {
            return file != null && error == null;
        }

        String line() {
            if (file == null) {
                return candidate + ": not found";
            }
            return loaded() ? candidate + ": loaded from " + file + " (" + version + ")"
                    : candidate + ": " + file + " does not load: " + error;
        }
    }

    private final DiagnosticEnvironment env;

    public NativeOpenSslCheck(DiagnosticEnvironment env) {
        this.env = env;
    }

    public CheckResult run() {
        List<Path> searchPath = env.librarySearchPath();
        List<Attempt> attempts = env.os().candidates().stream().map(c -> attempt(c, searchPath)).toList();
        List<String> details = new ArrayList<>();
        details.add("search path (" + env.os().searchVariable() + ", then system directories): "
                + searchPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        attempts.forEach(a -> details.add(a.line()));

        Optional<Attempt> broken = attempts.stream().filter(a -> a.file() != null && !a.loaded()).findFirst();
        if (broken.isPresent()) {
            Attempt b = broken.get();
            return CheckResult.fail(NAME, b.candidate() + " at " + b.file() + " does not load: " + firstLine(b.error()),
                    details, "Replace " + b.file() + " with an OpenSSL library built for this machine ("
                            + System.getProperty("os.arch") + "), or take " + b.file().getParent() + " out of "
                            + env.os().searchVariable() + " before the service starts.");
        }
        Optional<Attempt> ssl = attempts.stream().filter(Attempt::loaded).findFirst();
        if (ssl.isEmpty()) {
            return CheckResult.warn(NAME, "no OpenSSL shared library found", details,
                    "Install OpenSSL 3 (Debian/Ubuntu: apt install libssl3) or add the directory holding "
                            + env.os().candidates().get(0) + " to " + env.os().searchVariable()
                            + " before the service starts. The embedded server does not need it (it uses BoringSSL"
                            + " or the JDK); Synergy clients and rsynd on this machine do.");
        }
        Attempt a = ssl.get();
        boolean tls13 = a.versionNumber() >= TLS13_MIN_VERSION;
        String summary = a.candidate() + " loads from " + a.file() + ": " + a.version()
                + (tls13 ? ", TLS 1.3 capable" : ", too old for TLS 1.3");
        return tls13 ? CheckResult.pass(NAME, summary, details)
                : CheckResult.warn(NAME, summary, details, "Install OpenSSL 1.1.1 or newer (3.x preferred).");
    }

    private static Attempt attempt(String candidate, List<Path> searchPath) {
        Optional<Path> file = searchPath.stream().map(d -> d.resolve(candidate)).filter(Files::isRegularFile).findFirst();
        if (file.isEmpty()) {
            return new Attempt(candidate, null, null, 0, null);
        }
        try {
            NativeLibrary lib = NativeLibrary.getInstance(file.get().toAbsolutePath().toString());
            String version = call(lib, "OpenSSL_version", "SSLeay_version");
            long number = ((Number) function(lib, "OpenSSL_version_num", "SSLeay").invoke(Long.class, new Object[0]))
                    .longValue();
            return new Attempt(candidate, file.get(), version, number, null);
        } catch (UnsatisfiedLinkError e) {
            return new Attempt(candidate, file.get(), null, 0, loaderError(e.getMessage()));
        }
    }

    private static String call(NativeLibrary lib, String name, String fallback) {
        return function(lib, name, fallback).invokeString(new Object[] {0}, false);
    }

    /** {@code name} (OpenSSL 1.1 and later) or {@code fallback} (its 1.0.x name). */
    private static Function function(NativeLibrary lib, String name, String fallback) {
        try {
            return lib.getFunction(name);
        } catch (UnsatisfiedLinkError e) {
            return lib.getFunction(fallback);
        }
    }

    /**
     * The system loader's own words from JNA's message, which wraps them ("Unable to load library 'X':") and adds
     * its classpath search ("Native library ... not found in resource path ...").
     */
    private static String loaderError(String jnaMessage) {
        List<String> lines = jnaMessage.lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("Unable to load library") && !l.startsWith("Native library ("))
                .distinct().toList();
        return lines.isEmpty() ? jnaMessage : String.join("; ", lines);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
