package com.synconfig.app.cli;

import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --service NAME [--config FILE]}: which service a server or user command acts on. */
final class ServiceSelection {

    @Option(names = "--service", defaultValue = ServiceDefinition.DEFAULT_NAME,
            description = "Service name (default: ${DEFAULT-VALUE}).")
    String service;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: -Dsynconfig.config, SYNCONFIG_HOME, or the OS location).")
    String config;

    ConfigLocation location() {
        return ConfigLocation.resolve(config);
    }

    Path serviceDir() {
        return ServicePaths.serviceDir(location(), service);
    }

    /** The service as the configuration file defines it; its defaults when the file does not exist or lacks it. */
    ServiceDefinition definition() throws IOException {
        Path file = location().file();
        if (!Files.exists(file)) {
            return ServiceDefinition.named(service);
        }
        return new ConfigStore(file).load().services().find(service).orElse(ServiceDefinition.named(service));
    }
}
