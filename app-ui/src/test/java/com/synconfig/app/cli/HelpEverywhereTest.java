package com.synconfig.app.cli;

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
            CommandLine cl = SynConfigCommand.newCommandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            int code = cl.execute(args.toArray(String[]::new));
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
}
