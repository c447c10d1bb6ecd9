package com.synconfig.model.config;

import com.synconfig.model.check.Finding;
import com.synconfig.model.files.AtomicFiles;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Import and export of service definitions through a portable file in the configuration file's own format,
 * so an export can be read, edited and imported on another machine.
 */
public final class ServiceTransfer {

    private static final List<String> EXPORT_HEADER = List.of(
            "SynConfig service export: import it with 'synconfig service import FILE'.",
            "Same format as the configuration file (docs/configuration.md).");

    private ServiceTransfer() {
    }

    /**
     * The export text for the named services, or for all of them when {@code names} is empty.
     *
     * @throws IllegalArgumentException naming a service that does not exist
     */
    public static String export(ServiceConfiguration config, List<String> names) {
        List<ServiceDefinition> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(config.find(name).orElseThrow(() -> unknown(config, name)));
        }
        return ConfigFileFormat.newFile(names.isEmpty() ? config : new ServiceConfiguration(chosen), EXPORT_HEADER);
    }

    /**
     * Writes the export of the named services (all when {@code names} is empty) to {@code file}, whole or not at
     * all; an existing file keeps its permissions (an export holds the services' environment values).
     */
    public static void exportTo(Path file, ServiceConfiguration config, List<String> names) throws IOException {
        AtomicFiles.write(file, export(config, names).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an export file; a broken file is reported with its line like the configuration file itself. */
    public static ServiceConfiguration read(Path file) throws IOException {
        return ConfigFileFormat.read(file).services();
    }

    /**
     * The outcome of merging imported services.
     *
     * @param merged   the configuration after the import (unchanged when there are findings of error severity)
     * @param added    names of services that are new
     * @param replaced names of services that replaced existing ones
     * @param findings per imported service name: a refused duplicate is an error finding
     */
    public record ImportResult(ServiceConfiguration merged, List<String> added, List<String> replaced,
                               Map<String, List<Finding>> findings) {
        public ImportResult {
            added = List.copyOf(added);
            replaced = List.copyOf(replaced);
            findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
        }

        public boolean refused() {
            return findings.values().stream().anyMatch(Finding::anyError);
        }
    }

    /** Adds the imported services; one that already exists is refused unless {@code replace} is set. */
    public static ImportResult merge(ServiceConfiguration current, ServiceConfiguration imported, boolean replace) {
        ServiceConfiguration merged = current;
        List<String> added = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (ServiceDefinition s : imported.services()) {
            boolean exists = current.find(s.name()).isPresent();
            if (exists && !replace) {
                findings.put(s.name(), List.of(Finding.error("name", "Service " + s.name() + " already exists; it was not imported.",
                        "Import with --replace to overwrite it, or remove it first.")));
                continue;
            }
            (exists ? replaced : added).add(s.name());
            merged = merged.with(s);
        }
        return new ImportResult(findings.isEmpty() ? merged : current, added, replaced, findings);
    }

    static IllegalArgumentException unknown(ServiceConfiguration config, String name) {
        return new IllegalArgumentException("There is no service named " + name + ". Services: "
                + (config.names().isEmpty() ? "(none)" : String.join(", ", config.names())) + ".");
    }
}
