package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The launcher builds only the branch of the command tree that a run's arguments name
 * ({@link SynConfigCommand#forArguments}); it must parse, help and fail exactly as the whole tree does.
 */
class CommandTreeTest {

    @TempDir
    Path dir;

    @Test
    void aRunBuildsOnlyTheCommandsItsArgumentsName() {
        CommandLine whole = SynConfigCommand.newCommandLine();
        assertThat(whole.getSubcommands()).hasSizeGreaterThan(10);

        for (String[] args : List.of(new String[] {"service", "list"},
                new String[] {"--config", "x.ini", "service", "list", "--json"},
                new String[] {"--config=x.ini", "--headless", "service", "list"})) {
            CommandLine branch = SynConfigCommand.forArguments(args);
            assertThat(branch.getSubcommands()).as(String.join(" ", args)).containsOnlyKeys("service");
            assertThat(branch.getSubcommands().get("service").getSubcommands()).containsOnlyKeys("list");
        }
        assertThat(SynConfigCommand.forArguments(new String[] {"cert", "inspect", "a.pem"}).getSubcommands()
                .get("cert").getSubcommands()).containsOnlyKeys("inspect");
    }

    /** Where the arguments do not name one subcommand for certain, the level gets all of them. */
    @Test
    void whereInDoubtALevelGetsAllItsSubcommands() {
        int all = SynConfigCommand.newCommandLine().getSubcommands().size();
        int services = SynConfigCommand.newCommandLine().getSubcommands().get("service").getSubcommands().size();
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"servce", "list"},
                new String[] {"--bogus", "service", "list"}, new String[] {"--", "service"},
                new String[] {"@args.txt"}, new String[] {"--config"}, new String[] {"help", "service", "list"})) {
            assertThat(SynConfigCommand.forArguments(args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
        }
        for (String[] args : List.of(new String[] {"service"}, new String[] {"service", "lst"},
                new String[] {"service", "--help", "list"})) {
            assertThat(SynConfigCommand.forArguments(args).getSubcommands().get("service").getSubcommands())
                    .as(String.join(" ", args)).hasSize(services);
        }
    }

    @Test
    void theBranchAnswersAsTheWholeTreeDoes() throws IOException {
        String config = dir.resolve("synconfig.ini").toString();
        List<List<String>> runs = new ArrayList<>(List.of(
                List.of("service", "list"), List.of("service", "list", "--json"), List.of("service", "show", "SynSrv"),
                List.of("service", "show", "Nope"), List.of("service", "lst"), List.of("servce", "list"),
                List.of("service"), List.of(), List.of("--version"), List.of("help", "service", "list"),
                List.of("help", "service", "lst"), List.of("service", "list", "--bogus"), List.of("--bogus", "service"),
                List.of("service", "import-rsynd", "-p", "2331", "-encrypt", "--name", "Imported"),
                List.of("rsynd-command", "SynSrv"), List.of("validate"), List.of("config-path"),
                List.of("cert"), List.of("user", "list"), List.of("--config")));
        for (List<String> path : HelpEverywhereTest.commandPaths()) {
            List<String> help = new ArrayList<>(path);
            help.add("--help");
            runs.add(help);
        }
        for (List<String> run : runs) {
            List<String> args = new ArrayList<>(List.of("--config", config));
            args.addAll(run);
            String[] all = args.toArray(String[]::new);
            String wholeAnswer = answer(SynConfigCommand.newCommandLine(), all);
            String branchAnswer = answer(SynConfigCommand.forArguments(all), all);
            assertThat(branchAnswer).as("synconfig %s", String.join(" ", run)).isEqualTo(wholeAnswer);
        }
    }

    /** Exit code and output of one run, from a fresh configuration (a run may write it). */
    private String answer(CommandLine line, String[] args) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
