package com.synconfig.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code synconfig help [COMMAND...]}: the usage help of a command at any depth ({@code help service list});
 * picocli's own help command looks one level down only.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the usage help of a command, e.g. 'synconfig help service list', or of synconfig itself.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, with its subcommands, e.g. service list.")
    List<String> path = new ArrayList<>();

    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        self = helpCommandLine;
        colors = colorScheme;
        out = outWriter;
    }

    @Override
    public void run() {
        CommandLine command = self.getParent();
        for (String name : path) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                throw new ParameterException(command, "'" + command.getCommandSpec().qualifiedName() + "' has no command '"
                        + name + "'. Commands: " + String.join(", ", command.getSubcommands().keySet()) + ".");
            }
            command = sub;
        }
        command.usage(out, colors);
    }
}
