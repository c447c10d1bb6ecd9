package com.synconfig.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code synconfig}: the headless command line. Each subcommand lives in its own class and is
 * registered in {@link #newCommandLine()}.
 * Exit codes: 0 ok, 1 findings of error severity, 2 usage or I/O error.
 */
@Command(name = "synconfig",
        mixinStandardHelpOptions = true,
        versionProvider = SynConfigCommand.Version.class,
        description = "Configure and run an encrypted xfServer service.",
        subcommands = {CommandLine.HelpCommand.class,
                com.synconfig.app.cli.tls.CiphersCommand.class,
                com.synconfig.app.cli.tls.PreviewCommand.class,
                com.synconfig.app.cli.tls.DltestCommand.class,
                ServerCommand.class,
                UserCommand.class,
                IsamCommand.class,
                ClientCommand.class})
public final class SynConfigCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_USAGE = 2;

    @Option(names = "--headless", description = "Never open a window (the default whenever a subcommand is given).")
    boolean headless;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; output goes to stdout/stderr. */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new SynConfigCommand());
        cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cl.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(EXIT_USAGE);
        return cl;
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SynConfigCommand.class.getPackage().getImplementationVersion();
            return new String[] {"synconfig " + (v == null ? "development" : v)};
        }
    }
}
