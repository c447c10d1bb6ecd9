package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CommandGroup;
import com.synconfig.app.cli.base.Subcommands;
import picocli.CommandLine.Command;

/** {@code synconfig service ...}: the services in the configuration file. */
@Command(name = "service", description = "List, show, add, change, remove, export and import services (also from an rsynd command line).")
@Subcommands({ServiceListCommand.class, ServiceShowCommand.class, ServiceAddCommand.class, ServiceSetCommand.class,
        ServiceRemoveCommand.class, ServiceExportCommand.class, ServiceImportCommand.class,
        ServiceImportRsyndCommand.class})
final class ServiceCommand extends CommandGroup {
}
