package com.synconfig.app.cli.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How {@link CommandTree} finds the subcommand a level's arguments name: past that level's options and their values. */
class CommandTreeArgumentsTest {

    @Command(name = "root", mixinStandardHelpOptions = true)
    static final class Root {
        @Option(names = "--config")
        String config;
        @Option(names = "--quiet")
        boolean quiet;
        @Option(names = "--pair", arity = "2")
        String[] pair;
        @Option(names = "--maybe", arity = "0..1")
        String maybe;
    }

    private final CommandSpec spec = new CommandLine(new Root()).getCommandSpec();

    private int first(String... args) {
        return CommandTree.firstPositional(spec, args, 0);
    }

    @Test
    void optionsAndTheirValuesAreSkipped() {
        assertThat(first("service", "list")).isZero();
        assertThat(first("--config", "service", "list")).isEqualTo(2);
        assertThat(first("--config=a.ini", "--quiet", "service")).isEqualTo(2);
        assertThat(first("--pair", "a", "b", "service")).isEqualTo(3);
        assertThat(CommandTree.firstPositional(spec, new String[] {"x", "--quiet", "y"}, 1)).isEqualTo(2);
    }

    @Test
    void whatOnlyParsingCanTellIsLeftToTheWholeLevel() {
        assertThat(first()).isEqualTo(-1);
        assertThat(first("--quiet")).isEqualTo(-1);
        assertThat(first("--maybe", "service")).as("variable arity").isEqualTo(-1);
        assertThat(first("--unknown", "service")).isEqualTo(-1);
        assertThat(first("-hV", "service")).as("clustered short options").isEqualTo(-1);
        assertThat(first("--", "service")).isEqualTo(-1);
        assertThat(first("@args.txt")).isEqualTo(-1);
        assertThat(first("--config")).as("an option without its value").isEqualTo(-1);
    }
}
