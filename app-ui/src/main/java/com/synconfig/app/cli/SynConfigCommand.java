package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CliContext;
import com.synconfig.app.cli.base.CommandGroup;
import com.synconfig.app.cli.base.CommandTree;
import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Subcommands;
import com.synconfig.app.cli.cert.CertCommand;
import com.synconfig.app.cli.tls.CiphersCommand;
import com.synconfig.app.cli.tls.DltestCommand;
import com.synconfig.app.cli.tls.PreviewCommand;
import com.synconfig.app.cli.tls.ServiceCheckCommand;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code synconfig}: the headless command line. Each subcommand lives in its own class and is
 * registered in the {@link Subcommands} list below (its groups' in theirs).
 * Exit codes: 0 ok, 1 findings of error severity, 2 usage or I/O error.
 */
@Command(name = "synconfig",
        mixinStandardHelpOptions = true,
        versionProvider = SynConfigCommand.Version.class,
        description = "Configure and run an encrypted xfServer service.")
@Subcommands({HelpCommand.class, ServiceCommand.class, ValidateCommand.class, RsyndCommandCommand.class,
        ConfigPathCommand.class, CiphersCommand.class, PreviewCommand.class, ServiceCheckCommand.class,
        DltestCommand.class, ServerCommand.class, UserCommand.class, IsamCommand.class, ClientCommand.class,
        CertCommand.class})
public final class SynConfigCommand extends CommandGroup implements ContextHolder {

    @Option(names = "--headless", description = "Never open a window (the default whenever a subcommand is given).")
    boolean headless;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The configuration file (overrides the system property synconfig.config,"
                    + " SYNCONFIG_HOME and the OS default; see 'synconfig config-path').")
    String configFile;

    private final Function<String, CliContext> contextFactory;
    private CliContext context;

    public SynConfigCommand() {
        this(CliContext::forConfigFlag);
    }

    /** @param contextFactory builds the composition root from the {@code --config} value ({@code null} when absent) */
    public SynConfigCommand(Function<String, CliContext> contextFactory) {
        this.contextFactory = contextFactory;
    }

    /** The composition root, built on first use from the {@code --config} option. */
    public CliContext context() {
        if (context == null) {
            context = contextFactory.apply(configFile);
        }
        return context;
    }

    /** Every command: for help over the whole program, the man pages and shell completion. */
    public static CommandLine newCommandLine() {
        return configure(CommandTree.whole(new SynConfigCommand()));
    }

    public static CommandLine newCommandLine(Function<String, CliContext> contextFactory) {
        return configure(CommandTree.whole(new SynConfigCommand(contextFactory)));
    }

    /**
     * The command line to run {@code args} with: the commands those arguments name and no others (see
     * {@link CommandTree}), so that a short command does not pay for building the whole tree.
     */
    public static CommandLine forArguments(String[] args) {
        return configure(CommandTree.forArguments(new SynConfigCommand(), args));
    }

    private static CommandLine configure(CommandLine cl) {
        addHelpOptions(cl);
        CliErrors errors = new CliErrors();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setExitCodeExceptionMapper(new UsageExitCode());
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.USAGE);
        // a pasted rsynd line may start with its first option ("-p 2330 -encrypt"): it is the LINE, not an option
        CommandLine service = cl.getSubcommands().get("service");
        CommandLine importRsynd = service == null ? null : service.getSubcommands().get("import-rsynd");
        if (importRsynd != null) {
            importRsynd.setUnmatchedOptionsArePositionalParams(true);
        }
        return cl;
    }

    /** Every error message says "See 'synconfig ... --help'": make that true at every level. */
    private static void addHelpOptions(CommandLine cl) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        if (!hasUsageHelp(spec)) {
            String[] names = spec.findOption("-h") == null ? new String[] {"-h", "--help"} : new String[] {"--help"};
            spec.addOption(CommandLine.Model.OptionSpec.builder(names).usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        cl.getSubcommands().values().forEach(SynConfigCommand::addHelpOptions);
    }

    // A loop and a class, not lambdas over picocli's types: see StartupTraining.

    private static boolean hasUsageHelp(CommandLine.Model.CommandSpec spec) {
        for (CommandLine.Model.OptionSpec option : spec.options()) {
            if (option.usageHelp()) {
                return true;
            }
        }
        return false;
    }

    /** An exception that escapes a command's own handling is a usage or I/O error. */
    private static final class UsageExitCode implements CommandLine.IExitCodeExceptionMapper {
        @Override
        public int getExitCode(Throwable exception) {
            return ExitCodes.USAGE;
        }
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
