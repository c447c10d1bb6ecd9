package com.synconfig.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code synconfig service ...}: the services in the configuration file. */
@Command(name = "service", description = "List, show, add, change, remove, export and import services.",
        subcommands = {ServiceListCommand.class, ServiceShowCommand.class, ServiceAddCommand.class,
                ServiceSetCommand.class, ServiceRemoveCommand.class, ServiceExportCommand.class,
                ServiceImportCommand.class})
final class ServiceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
