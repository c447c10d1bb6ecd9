package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every error says "See 'synconfig ... --help'", so {@code --help} must work on every command. */
class HelpEverywhereTest {

    @Test
    void everyCommandPrintsItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(SynConfigCommand.newCommandLine(), new ArrayList<>(), paths);
        assertThat(paths).as("commands found").hasSizeGreaterThan(20);

        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter();
            String[] all = args.toArray(String[]::new);
            CommandLine cl = SynConfigCommand.forArguments(all); // as the launcher builds it
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            int code = cl.execute(all);
            assertThat(code).as("exit code of synconfig %s", String.join(" ", args)).isZero();
            assertThat(out.toString()).as("help of synconfig %s", String.join(" ", path))
                    .startsWith("Usage: synconfig" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
        }
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, paths);
            }
        });
    }

    @Test
    void helpTakesACommandPathOfAnyDepth() {
        for (List<String> path : commandPaths()) {
            List<String> args = new ArrayList<>(List.of("help"));
            args.addAll(path);
            Cli help = Cli.run(args.toArray(String[]::new));
            assertThat(help.exit()).as("exit code of synconfig %s%n%s", String.join(" ", args), help.err()).isZero();
            assertThat(help.out()).as("synconfig %s", String.join(" ", args))
                    .startsWith("Usage: synconfig" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
        }
        Cli unknown = Cli.run("help", "service", "lst");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("'synconfig service' has no command 'lst'", "list");
    }

    /** A parent lists each subcommand with its first description line: every line must be a whole sentence. */
    @Test
    void commandDescriptionsAreWholeSentences() {
        List<String> cut = new ArrayList<>();
        for (List<String> path : commandPaths()) {
            CommandLine cl = SynConfigCommand.newCommandLine();
            for (String name : path) {
                cl = cl.getSubcommands().get(name);
            }
            String[] lines = cl.getCommandSpec().usageMessage().description();
            if (lines.length == 0) {
                cut.add("synconfig " + String.join(" ", path) + ": no description");
            }
            for (String line : lines) {
                String text = line.replace("%n", "").trim();
                if (!text.isEmpty() && !text.matches("(?s).*[.!?]\\)?$")) {
                    cut.add("synconfig " + String.join(" ", path) + ": '" + text + "'");
                }
            }
        }
        assertThat(cut).as("descriptions cut mid-sentence").isEmpty();
    }

    static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        collect(SynConfigCommand.newCommandLine(), new ArrayList<>(), paths);
        return paths;
    }
}
