package com.synconfig.app.cli.tls;

import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The configuration the TLS commands read services from (never written by them): the file the root command's
 * inherited {@code --config} option names, else its fallbacks.
 */
@Command // a mixin without options of its own: picocli needs the annotation to accept it
public final class ConfiguredServices {

    /**
     * The root's inherited {@code --config} value as matched on {@code command} or a command above it
     * ({@code null} when not given); a second {@code --config} here would clash with it.
     */
    private static String config(CommandSpec command) {
        for (CommandSpec c = command; c != null; c = c.parent()) { // the inherited option matched at any level
            OptionSpec option = c.findOption("--config");
            if (option != null && option.getValue() != null) {
                return option.getValue();
            }
        }
        return null;
    }

    /** Every configured service; empty when there is no configuration file yet. */
    List<ServiceDefinition> all(CommandSpec command) throws IOException {
        ConfigLocation where = ConfigLocation.resolve(config(command));
        if (!Files.exists(where.file())) {
            return List.of();
        }
        return new ConfigStore(where.file()).load().services().services();
    }

    /** The service called {@code name}; an {@link IllegalArgumentException} naming the file and the services there. */
    ServiceDefinition named(CommandSpec command, String name) throws IOException {
        ConfigLocation where = ConfigLocation.resolve(config(command));
        if (!Files.exists(where.file())) {
            throw new IllegalArgumentException("No configuration file at " + where.describe()
                    + ", so there is no service '" + name + "': give --config FILE, or --scl N instead of --service.");
        }
        ServiceConfiguration services = new ConfigStore(where.file()).load().services();
        return services.find(name).orElseThrow(() -> new IllegalArgumentException("No service '" + name + "' in "
                + where.describe() + "; configured: " + String.join(", ", services.names()) + "."));
    }
}
