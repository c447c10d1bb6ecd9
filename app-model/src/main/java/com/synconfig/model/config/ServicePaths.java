package com.synconfig.model.config;

import java.nio.file.Path;

/**
 * Where a service's runtime files live: next to the configuration file ({@link ConfigLocation}: {@code --config},
 * {@code -Dsynconfig.config}, {@code SYNCONFIG_HOME}, the OS default), in {@code services/NAME/}: {@code users}
 * (secure mode's user file), {@code data/} (the default data root), {@code rsynd.log}, {@code rsynd.pid} and
 * {@code rsynd.pem} (the default certificate).
 */
public final class ServicePaths {

    private ServicePaths() {
    }

    public static Path serviceDir(ConfigLocation config, String service) {
        if (service == null || !service.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("service name '" + service
                    + "' is not valid: use 1-64 letters, digits, '.', '_' or '-'");
        }
        return config.file().getParent().resolve("services").resolve(service);
    }
}
