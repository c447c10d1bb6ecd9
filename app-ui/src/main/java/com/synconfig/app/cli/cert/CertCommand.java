package com.synconfig.app.cli.cert;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code synconfig cert ...}: the certificate toolkit on the command line. */
@Command(name = "cert",
        description = "Create, request, import, convert and check the service's certificates.",
        subcommands = {CreateCaCommand.class, IssueCommand.class, SelfSignedCommand.class, RequestCommand.class,
                ImportReplyCommand.class, ConvertCommand.class, InspectCommand.class, CheckCommand.class})
public final class CertCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
