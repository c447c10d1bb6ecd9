package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.service.ServiceDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show every setting of a service and its rsynd command line.")
final class ServiceShowCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "NAME", defaultValue = ServiceDefinition.DEFAULT_NAME,
            description = "The service (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws java.io.IOException {
        ServiceDefinition s = existing(load(), name);
        if (json) {
            printJson(ServiceReport.jsonWithCommandLine(s));
        } else {
            ServiceReport.printDetails(out(), context().layouts().of(s));
        }
        return ExitCodes.OK;
    }
}
