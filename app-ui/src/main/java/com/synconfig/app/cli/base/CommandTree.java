package com.synconfig.app.cli.base;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Range;

/**
 * Builds the command line from the {@link Subcommands} of its groups. Picocli inspects a command class (its options,
 * their types and converters) when the class is added, which for the whole tree costs more than a short command's
 * own work; so a run adds, at each level, only the subcommand its arguments name. Wherever that is not certain (no
 * subcommand named yet, an unknown or variable-arity option before it, {@code --}, an {@code @file}, a misspelt
 * name, the help command that walks the tree), the level gets all its subcommands, exactly as the whole tree has
 * them, so picocli parses, helps and suggests as it would over the whole tree.
 */
public final class CommandTree {

    private CommandTree() {
    }

    /** Every command under {@code root}: for help over the whole program, the man pages and shell completion. */
    public static CommandLine whole(Object root) {
        CommandLine line = new CommandLine(root);
        addAll(line, root.getClass());
        return line;
    }

    /** The commands {@code args} can reach from {@code root}, with all of a level's subcommands where in doubt. */
    public static CommandLine forArguments(Object root, String[] args) {
        CommandLine line = new CommandLine(root);
        addBranch(line, root.getClass(), args, 0);
        return line;
    }

    private static void addAll(CommandLine parent, Class<?> group) {
        for (Class<?> child : subcommandsOf(group)) {
            addAll(add(parent, child), child);
        }
    }

    private static void addBranch(CommandLine parent, Class<?> group, String[] args, int from) {
        int at = firstPositional(parent.getCommandSpec(), args, from);
        Class<?> named = at < 0 ? null : subcommandNamed(group, args[at]);
        if (named == null || annotation(named).helpCommand()) {
            addAll(parent, group);
        } else {
            addBranch(add(parent, named), named, args, at + 1);
        }
    }

    private static CommandLine add(CommandLine parent, Class<?> command) {
        CommandLine child = new CommandLine(command, parent.getFactory());
        parent.addSubcommand(child);
        return child;
    }

    private static List<Class<?>> subcommandsOf(Class<?> group) {
        Subcommands subcommands = group.getAnnotation(Subcommands.class);
        return subcommands == null ? List.of() : List.of(subcommands.value());
    }

    private static Class<?> subcommandNamed(Class<?> group, String name) {
        for (Class<?> child : subcommandsOf(group)) {
            Command command = annotation(child);
            if (command.name().equals(name) || Arrays.asList(command.aliases()).contains(name)) {
                return child;
            }
        }
        return null;
    }

    private static Command annotation(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation == null) {
            throw new IllegalStateException(command.getName() + " is listed as a subcommand but has no @Command");
        }
        return annotation;
    }

    /**
     * The index of the first argument from {@code from} on that is not an option of {@code spec} or an option's
     * value, or -1 when that cannot be told without parsing (then the caller adds every subcommand).
     */
    static int firstPositional(CommandSpec spec, String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--") || arg.startsWith("@")) {
                return -1;
            }
            if (!arg.startsWith("-")) {
                return i;
            }
            int equals = arg.indexOf('=');
            OptionSpec option = spec.findOption(equals < 0 ? arg : arg.substring(0, equals));
            if (option == null) {
                return -1;
            }
            Range arity = option.arity();
            if (equals < 0) {
                if (arity.min() != arity.max()) {
                    return -1;
                }
                i += arity.min();
            }
        }
        return -1;
    }
}
