package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Turns a path from a service's configuration into a file on this machine, when that is possible. */
final class LocalFiles {

    private LocalFiles() {
    }

    /**
     * The path on this machine, or empty (with an INFO finding in {@code out}) when the configuration is for
     * another platform or the path is not one this machine can name.
     */
    static Optional<Path> local(ServiceDefinition service, HostEnvironment host, String field, String what,
                                String path, List<Finding> out) {
        if (!host.canCheckFilesOf(service.platform())) {
            out.add(Finding.info(field, what + " '" + path + "' was not checked: this configuration is for "
                            + service.platform().displayName() + " and this machine runs " + host.platform().displayName() + ".",
                    "Check it on the " + service.platform().displayName() + " machine."));
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(path));
        } catch (InvalidPathException e) {
            out.add(Finding.error(field, what + " '" + path + "' is not a valid path: " + e.getReason() + ".",
                    "Correct the path."));
            return Optional.empty();
        }
    }

    /** Whether this process can actually read the file (opening it proves more than permission bits). */
    static boolean readable(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            in.read();
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
