package com.synconfig.app.cli.tls;

import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the configuration the TLS commands read services from (never written by them). */
public final class ConfiguredServices {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: -Dsynconfig.config, then $SYNCONFIG_HOME, then the OS default).")
    String config;

    /** Every configured service; empty when there is no configuration file yet. */
    List<ServiceDefinition> all() throws IOException {
        ConfigLocation where = ConfigLocation.resolve(config);
        if (!Files.exists(where.file())) {
            return List.of();
        }
        return new ConfigStore(where.file()).load().services().services();
    }

    /** The service called {@code name}; an {@link IllegalArgumentException} naming the file and the services there. */
    ServiceDefinition named(String name) throws IOException {
        ConfigLocation where = ConfigLocation.resolve(config);
        if (!Files.exists(where.file())) {
            throw new IllegalArgumentException("No configuration file at " + where.describe()
                    + ", so there is no service '" + name + "': give --config FILE, or --scl N instead of --service.");
        }
        ServiceConfiguration services = new ConfigStore(where.file()).load().services();
        return services.find(name).orElseThrow(() -> new IllegalArgumentException("No service '" + name + "' in "
                + where.describe() + "; configured: " + String.join(", ", services.names()) + "."));
    }
}
