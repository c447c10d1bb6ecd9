package com.synconfig.app.cli;

import java.nio.file.Path;

/**
 * Where a service's runtime files live: {@code HOME/services/NAME/} holds {@code users} (secure mode's user file),
 * {@code data/} (the default data root), {@code rsynd.log}, {@code rsynd.pid} and {@code rsynd.pem} (the default
 * certificate). HOME is the system property {@code synconfig.home}, else the environment variable
 * {@code SYNCONFIG_HOME}, else {@code ~/.synconfig}.
 */
public final class ServicePaths {

    static final String HOME_PROPERTY = "synconfig.home";
    static final String HOME_ENV = "SYNCONFIG_HOME";

    private ServicePaths() {
    }

    public static Path home() {
        String p = System.getProperty(HOME_PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv(HOME_ENV);
        }
        return p == null || p.isBlank() ? Path.of(System.getProperty("user.home"), ".synconfig") : Path.of(p);
    }

    public static Path serviceDir(String service) {
        return serviceDir(home(), service);
    }

    /** The runtime directory of {@code service} under an explicit HOME (the GUI's tests use a temporary one). */
    public static Path serviceDir(Path home, String service) {
        if (service == null || !service.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("service name '" + service
                    + "' is not valid: use 1-64 letters, digits, '.', '_' or '-'");
        }
        return home.resolve("services").resolve(service);
    }
}
