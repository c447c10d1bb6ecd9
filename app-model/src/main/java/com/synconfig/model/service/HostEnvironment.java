package com.synconfig.model.service;

import java.util.Map;

/**
 * The machine this program runs on, as far as validation cares: its platform (only then can files named
 * by a service be checked) and its environment (where {@code DBLDIR} comes from when the service sets none).
 *
 * @param platform  the platform of this machine
 * @param variables this process's environment variables
 */
public record HostEnvironment(Platform platform, Map<String, String> variables) {

    public HostEnvironment {
        java.util.Objects.requireNonNull(platform, "platform");
        variables = Map.copyOf(variables);
    }

    /** The running machine and this process's environment. */
    public static HostEnvironment current() {
        return new HostEnvironment(Platform.current(), System.getenv());
    }

    /** Whether files named by a configuration for {@code target} can be checked here. */
    public boolean canCheckFilesOf(Platform target) {
        return platform == target;
    }
}
