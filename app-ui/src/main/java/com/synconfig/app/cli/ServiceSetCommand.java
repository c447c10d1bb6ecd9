package com.synconfig.app.cli;

import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.service.ServiceDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "set", description = {"Change settings of an existing service; settings not given stay as they are.",
        "Checks the service first: with findings of error severity nothing is written (exit 1).",
        "A service cannot be renamed: remove it and add it under the new name."})
final class ServiceSetCommand extends ServiceEditCommand {

    @Option(names = "--rename", paramLabel = "NEW", description = "Not possible: explains how to rename.")
    String rename;

    @Override
    ServiceDefinition.Builder start(ConfigSnapshot snap) {
        ServiceDefinition existing = existing(snap, name);
        if (rename != null) {
            throw new CliException("a service cannot be renamed (the Synergy Configuration Program does not allow it"
                    + " either). Fix: 'synconfig service export " + existing.name() + " --file FILE', edit the name in"
                    + " FILE, 'synconfig service remove " + existing.name() + "', then 'synconfig service import FILE';"
                    + " or remove it and add " + rename + " with its settings.");
        }
        return existing.toBuilder();
    }
}
