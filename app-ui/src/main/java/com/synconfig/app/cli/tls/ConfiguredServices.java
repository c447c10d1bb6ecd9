package com.synconfig.app.cli.tls;

import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The configured services the TLS commands read (never write): from the file the root's inherited
 * {@code --config} option and its fall-backs name.
 */
final class ConfiguredServices {

    private final CommandSpec command;

    /** @param command any command of the running command line (its root holds the configuration location) */
    ConfiguredServices(CommandSpec command) {
        this.command = command;
    }

    private ConfigLocation location() {
        return ContextHolder.of(command).location();
    }

    /** Every configured service; empty when there is no configuration file yet. */
    List<ServiceDefinition> all() throws IOException {
        ConfigLocation where = location();
        if (!Files.exists(where.file())) {
            return List.of();
        }
        return new ConfigStore(where.file()).load().services().services();
    }

    /** The service called {@code name}; an {@link IllegalArgumentException} naming the file and the services there. */
    ServiceDefinition named(String name) throws IOException {
        ConfigLocation where = location();
        if (!Files.exists(where.file())) {
            throw new IllegalArgumentException("No configuration file at " + where.describe()
                    + ", so there is no service '" + name + "': give --config FILE, or --scl N instead of --service.");
        }
        ServiceConfiguration services = new ConfigStore(where.file()).load().services();
        return services.find(name).orElseThrow(() -> new IllegalArgumentException("No service '" + name + "' in "
                + where.describe() + "; configured: " + String.join(", ", services.names()) + "."));
    }
}
