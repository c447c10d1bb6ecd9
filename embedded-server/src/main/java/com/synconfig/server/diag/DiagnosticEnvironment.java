package com.synconfig.server.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the checks see of the machine: environment variables and the OS's own library directories.
 * Injectable so tests can point the library search at a directory of their own.
 *
 * @param variables          environment variables ({@code LD_LIBRARY_PATH}, {@code SYNSSL_RAND}, ...)
 * @param os                 which library naming and search variable apply
 * @param systemLibraryDirs  directories searched after the environment's, like the system loader does
 */
public record DiagnosticEnvironment(Map<String, String> variables, Os os, List<Path> systemLibraryDirs) {

    /** Operating system families, by how they name and find shared libraries. */
    public enum Os {
        LINUX("LD_LIBRARY_PATH", List.of("libssl.so.3", "libcrypto.so.3", "libssl.so.1.1", "libcrypto.so.1.1")),
        MACOS("DYLD_LIBRARY_PATH",
                List.of("libssl.3.dylib", "libcrypto.3.dylib", "libssl.1.1.dylib", "libcrypto.1.1.dylib")),
        WINDOWS("PATH", List.of("libssl-3-x64.dll", "libcrypto-3-x64.dll", "libssl-1_1-x64.dll",
                "libcrypto-1_1-x64.dll"));

        private final String searchVariable;
        private final List<String> candidates;

        Os(String searchVariable, List<String> candidates) {
            this.searchVariable = searchVariable;
            this.candidates = candidates;
        }

        /** The environment variable the loader searches first. */
        public String searchVariable() {
            return searchVariable;
        }

        /** The OpenSSL library files tried, in order: 3.x first, then 1.1. */
        public List<String> candidates() {
            return candidates;
        }

        public static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }
    }

    public DiagnosticEnvironment {
        variables = Map.copyOf(variables);
        systemLibraryDirs = List.copyOf(systemLibraryDirs);
    }

    /** This process's environment and the usual library directories of this OS. */
    public static DiagnosticEnvironment current() {
        Os os = Os.current();
        return new DiagnosticEnvironment(System.getenv(), os, systemDirs(os));
    }

    /** The directories searched for OpenSSL, in order: the search variable's entries, then the system's. */
    public List<Path> librarySearchPath() {
        List<Path> out = new ArrayList<>();
        String value = variables.get(os.searchVariable());
        if (value != null) {
            for (String entry : value.split(os == Os.WINDOWS ? ";" : ":")) {
                if (!entry.isBlank()) {
                    out.add(Path.of(entry.trim()));
                }
            }
        }
        out.addAll(systemLibraryDirs);
        return out;
    }

    public String variable(String name) {
        return variables.get(name);
    }

    private static List<Path> systemDirs(Os os) {
        return switch (os) {
            case LINUX -> {
                String arch = System.getProperty("os.arch", "").equals("aarch64") ? "aarch64" : "x86_64";
                yield List.of(Path.of("/lib/" + arch + "-linux-gnu"), Path.of("/usr/lib/" + arch + "-linux-gnu"),
                        Path.of("/lib64"), Path.of("/usr/lib64"), Path.of("/lib"), Path.of("/usr/lib"),
                        Path.of("/usr/local/lib"));
            }
            case MACOS -> List.of(Path.of("/opt/homebrew/opt/openssl@3/lib"), Path.of("/usr/local/opt/openssl@3/lib"),
                    Path.of("/opt/homebrew/lib"), Path.of("/usr/local/lib"), Path.of("/usr/lib"));
            case WINDOWS -> List.of(Path.of(System.getenv().getOrDefault("SystemRoot", "C:\\Windows"), "System32"));
        };
    }
}
