package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.config.ConfigSnapshot;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List the services: name, port, encryption, SCL, mode, platform.")
final class ServiceListCommand extends CliCommand {

    @Override
    public Integer call() throws java.io.IOException {
        ConfigSnapshot snap = load();
        if (json) {
            printJson(snap.services().services().stream().map(ServiceReport::json).toList());
        } else {
            ServiceReport.printTable(out(), snap.services().services());
        }
        return ExitCodes.OK;
    }
}
