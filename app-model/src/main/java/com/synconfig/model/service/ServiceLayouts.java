package com.synconfig.model.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the files of every service of one configuration live (docs/configuration.md, "Where each file is"). Each
 * service's runtime files are in {@code services/NAME/} below the state directory, which is
 * {@value #STATE_DIR_VARIABLE} when set, else the configuration file's directory; default logs go to
 * {@code NAME/} below {@value #LOG_DIR_VARIABLE} when set, else to the service directory. The installed Linux package
 * sets both (/var/lib/synconfig, /var/log/synconfig) for the admin's command line and the systemd unit alike.
 */
public final class ServiceLayouts {

    public static final String STATE_DIR_VARIABLE = "SYNCONFIG_STATE_DIR";
    public static final String LOG_DIR_VARIABLE = "SYNCONFIG_LOG_DIR";

    private final Path configFile;
    private final HostEnvironment host;
    private final Path stateRoot;
    private final Path logRoot;

    /**
     * @param configFile the configuration file (absolute)
     * @param host       this machine: its platform and the environment the services are started from
     */
    public ServiceLayouts(Path configFile, HostEnvironment host) {
        this.configFile = configFile;
        this.host = host;
        this.stateRoot = directory(host.variables(), STATE_DIR_VARIABLE).orElse(configFile.getParent());
        this.logRoot = directory(host.variables(), LOG_DIR_VARIABLE).orElse(null);
    }

    /** For this machine and this process's environment. */
    public static ServiceLayouts current(Path configFile) {
        return new ServiceLayouts(configFile, HostEnvironment.current());
    }

    public Path configFile() {
        return configFile;
    }

    public HostEnvironment host() {
        return host;
    }

    /** The files of {@code service}; throws {@link IllegalArgumentException} for a name no service may have. */
    public ServiceLayout of(ServiceDefinition service) {
        Path dir = serviceDirectory(service.name());
        Path logDir = logRoot == null ? dir : logRoot.resolve(service.name());
        return new ServiceLayout(service, dir, logDir, configFile, host);
    }

    /**
     * The service's certificate file as a path on this machine, where the server finds it; empty without one, or
     * when it cannot be named here (a service name still being typed, a path in another platform's spelling).
     */
    public Optional<Path> certificateFile(ServiceDefinition service) {
        try {
            return of(service).certificate().map(location -> Path.of(location.path()));
        } catch (IllegalArgumentException e) { // an InvalidPathException too
            return Optional.empty();
        }
    }

    /** {@code services/NAME/} below the state directory; a name that could leave it ({@code ..}, '/') is refused. */
    public Path serviceDirectory(String name) {
        NameRule.wellFormed(name).ifPresent(f -> {
            throw new IllegalArgumentException(f.messageAndFix());
        });
        return stateRoot.resolve("services").resolve(name);
    }

    /** Where the state and log directories come from, for {@code config-path} and the docs. */
    public String describe() {
        return "service files in " + stateRoot.resolve("services") + (logRoot == null ? "" : ", logs in " + logRoot);
    }

    private static Optional<Path> directory(Map<String, String> env, String variable) {
        String v = env.get(variable);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v).toAbsolutePath());
    }
}
