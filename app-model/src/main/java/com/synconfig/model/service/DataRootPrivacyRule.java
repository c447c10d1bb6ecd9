package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Clients can reach every file below the data root, so it must not hold the service's own files: its private key
 * (the certificate file), users file, configuration, logs or status file. A data root set to the service's own
 * directory would hand all of them to any client.
 */
final class DataRootPrivacyRule implements ServiceRule {

    private final ServiceLayouts layouts;

    DataRootPrivacyRule(ServiceLayouts layouts) {
        this.layouts = layouts;
    }

    @Override
    public void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out) {
        if (!layouts.host().canCheckFilesOf(service.platform()) || NameRule.wellFormed(service.name()).isPresent()) {
            return;
        }
        try {
            ServiceLayout layout = layouts.of(service);
            Path root = canonical(layout.dataRoot());
            for (Path file : layout.privateFiles()) {
                if (canonical(file).startsWith(root)) {
                    out.add(Finding.error("dataRoot", "Data root '" + layout.dataRoot() + "' holds '" + file
                                    + "', which clients must never reach (" + what(layout, file) + ").",
                            "Choose a data root that holds only the files clients may use, e.g. "
                                    + layout.directory().resolve("data") + "."));
                    return;
                }
            }
        } catch (InvalidPathException e) {
            // the path itself is reported by the rule that owns it
        }
    }

    private static String what(ServiceLayout layout, Path file) {
        if (file.equals(layout.usersFile())) {
            return "the users and their password hashes";
        }
        if (file.equals(layout.configFile())) {
            return "the configuration";
        }
        if (file.equals(layout.logFile()) || file.equals(layout.consoleFile())) {
            return "the server log";
        }
        if (file.equals(layout.statusFile())) {
            return "the server's status file";
        }
        return "the certificate and its private key";
    }

    /** The real path where it exists (links followed), else the real path of its nearest existing ancestor. */
    private static Path canonical(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
