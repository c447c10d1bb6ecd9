package com.synconfig.app.cli.cert;

import com.synconfig.app.cli.base.CommandGroup;
import com.synconfig.app.cli.base.Subcommands;
import picocli.CommandLine.Command;

/** {@code synconfig cert ...}: the certificate toolkit on the command line. */
@Command(name = "cert",
        description = "Create, request, import, convert and check the service's certificates.")
@Subcommands({CreateCaCommand.class, IssueCommand.class, SelfSignedCommand.class, RequestCommand.class,
        ImportReplyCommand.class, ConvertCommand.class, InspectCommand.class, CheckCommand.class})
public final class CertCommand extends CommandGroup {
}
