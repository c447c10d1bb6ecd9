package com.synconfig.model.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one service's files are; every face (validation, dltest, the server, the GUI, the command line) asks here.
 * Made by {@link ServiceLayouts#of}.
 *
 * @param directory  {@code services/NAME/}: users, the default data root, the status file, the console file
 * @param logDirectory where the default log file goes
 * @param configFile the configuration file that defines the service
 */
public record ServiceLayout(ServiceDefinition service, Path directory, Path logDirectory, Path configFile,
                            HostEnvironment host) {

    /** The default log file's name ({@code -logfile} overrides it). */
    public static final String LOG_NAME = "rsynd.log";
    public static final String USERS_NAME = "users";
    public static final String STATUS_NAME = "rsynd.pid";
    public static final String CONSOLE_NAME = "rsynd.out";

    /**
     * The certificate as rsynd finds it: {@code -cert=file}, else {@code rsynd.pem} in the {@code DBLDIR} the service
     * runs with (its own environment's, else the environment it is started from); empty when neither names one.
     * The starting environment counts only for a service configured for this machine's platform.
     */
    public Optional<CertificateLocation> certificate() {
        Map<String, String> processEnv = host.canCheckFilesOf(service.platform()) ? host.variables() : Map.of();
        return CertificateLocation.resolve(service, processEnv);
    }

    /** The tree clients can reach: the data root set for the service, else {@code data/} in its directory. */
    public Path dataRoot() {
        return service.dataRoot() == null ? directory.resolve("data") : Path.of(service.dataRoot());
    }

    /** Secure mode's user file. */
    public Path usersFile() {
        return directory.resolve(USERS_NAME);
    }

    /** The server log: {@code -logfile} when set, else {@value #LOG_NAME} in the log directory. */
    public Path logFile() {
        return service.logFile() == null ? logDirectory.resolve(LOG_NAME) : Path.of(service.logFile());
    }

    /** Which process runs the service, how it started, its connections and health. */
    public Path statusFile() {
        return directory.resolve(STATUS_NAME);
    }

    /** A server started in the background writes its console here. */
    public Path consoleFile() {
        return logDirectory.resolve(CONSOLE_NAME);
    }

    /**
     * The files a client must never reach through the data root: the private key (the certificate file), the users
     * file, the configuration, the logs and the status file.
     */
    public List<Path> privateFiles() {
        List<Path> files = new java.util.ArrayList<>(List.of(usersFile(), configFile, logFile(), statusFile(),
                consoleFile()));
        certificate().ifPresent(c -> files.add(0, Path.of(c.path())));
        return List.copyOf(files);
    }
}
