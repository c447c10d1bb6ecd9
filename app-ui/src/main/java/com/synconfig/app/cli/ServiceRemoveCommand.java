package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.control.ServiceControlException;
import com.synconfig.server.control.ServiceRuntime;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = {"Remove a service (its section, with the comment right above it).",
        "A running service is stopped first (and no longer started at boot); with clients connected that needs --force."})
final class ServiceRemoveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The service to remove.")
    String name;

    @Option(names = "--force", description = "Stop and remove the service even while clients are connected.")
    boolean force;

    @Override
    public Integer call() throws java.io.IOException {
        ConfigSnapshot snap = load();
        ServiceDefinition s = existing(snap, name);
        ServiceRuntime now = context().controller().status(s);
        List<String> clients = now.status().map(f -> f.connections().stream().map(c -> c.remote()).toList())
                .orElse(List.of());
        if (!clients.isEmpty() && !force) {
            throw new CliException("service " + s.name() + " is running with " + clients.size() + " connected client(s) ("
                    + String.join(", ", clients) + "); removing it stops it and disconnects them. Fix: add --force, or "
                    + "stop it first with 'synconfig server stop --service " + s.name() + "'.", ExitCodes.FINDINGS);
        }
        try {
            context().controller().retire(s);
        } catch (ServiceControlException e) {
            throw new CliException("service " + s.name() + " was not removed: " + e.getMessage());
        }
        context().store().save(snap, snap.services().without(s.name()));
        if (json) {
            printJson(Map.of("removed", s.name(), "file", context().location().file().toString(),
                    "stopped", now.running()));
        } else {
            if (now.running()) {
                out().println("Stopped service " + s.name() + " (" + now.manager() + ").");
            }
            out().println("Removed service " + s.name() + " from " + context().location().file() + ".");
        }
        return ExitCodes.OK;
    }
}
