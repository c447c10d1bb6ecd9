package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CliContext;
import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import java.io.IOException;
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

    /**
     * The service as the configuration file defines it (on first start the file is written with its defaults, the
     * one service SynSrv). A name the file lacks is an error naming the services there: a typo must not start, stop
     * or give users to a service nobody configured.
     */
    ServiceDefinition definition() throws IOException {
        return CliCommand.existing(context().store().load(), service);
    }
}
