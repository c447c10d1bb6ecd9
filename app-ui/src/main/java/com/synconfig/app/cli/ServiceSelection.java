package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CliContext;
import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import java.io.IOException;
import java.nio.file.Files;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --service NAME}: which service a server or user command acts on; the configuration file is the root
 * command's ({@code --config} and its fallbacks, see {@link CliContext}).
 */
final class ServiceSelection {

    @Option(names = "--service", defaultValue = ServiceDefinition.DEFAULT_NAME,
            description = "Service name (default: ${DEFAULT-VALUE}).")
    String service;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private CliContext context() {
        return ContextHolder.of(command);
    }

    ConfigLocation location() {
        return context().location();
    }

    /** Where the selected service's files are. */
    ServiceLayout layout() throws IOException {
        return context().layouts().of(definition());
    }

    /** The service as the configuration file defines it; its defaults when the file does not exist or lacks it. */
    ServiceDefinition definition() throws IOException {
        if (!Files.exists(location().file())) {
            return ServiceDefinition.named(service);
        }
        return context().store().load().services().find(service).orElse(ServiceDefinition.named(service));
    }
}
