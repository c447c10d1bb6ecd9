package com.synconfig.app.cli;

import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.service.ServiceDefinition;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Remove a service (its section, with the comment right above it).")
final class ServiceRemoveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The service to remove.")
    String name;

    @Override
    public Integer call() throws java.io.IOException {
        ConfigSnapshot snap = load();
        ServiceDefinition s = existing(snap, name);
        context().store().save(snap, snap.services().without(s.name()));
        if (json) {
            printJson(Map.of("removed", s.name(), "file", context().location().file().toString()));
        } else {
            out().println("Removed service " + s.name() + " from " + context().location().file() + ".");
        }
        return SynConfigCommand.EXIT_OK;
    }
}
