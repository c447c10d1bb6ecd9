package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The build (app-ui/pom.xml, phase process-classes) generates the shell completion script and a man page per
 * command (AsciiDoc; troff in the installers build) from the command line's own model; the package installs them.
 * Every command must be in them.
 */
class GeneratedCommandDocsTest {

    private static final Path TARGET = Path.of("target");

    private static List<String> commandPaths() {
        List<String> paths = new ArrayList<>();
        collect(SynConfigCommand.newCommandLine(), "synconfig", paths);
        return paths;
    }

    private static void collect(CommandLine cl, String path, List<String> paths) {
        paths.add(path);
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                collect(sub, path + " " + name, paths);
            }
        });
    }

    @Test
    void theCompletionScriptCompletesEveryCommand() throws Exception {
        Path script = TARGET.resolve("synconfig_completion");
        assertThat(script).as("built by 'mvn process-classes'").isRegularFile();
        String text = Files.readString(script);
        assertThat(text).contains("complete -F _complete_synconfig", "synconfig");
        for (String path : commandPaths()) {
            assertThat(text).as("completion of %s", path).contains("_picocli_" + path.replace(' ', '_').replace("-", ""));
        }
    }

    /** The pages' source; the installers build turns them into troff (target/man1) for the package. */
    @Test
    void everyCommandHasAManPage() throws Exception {
        List<String> paths = commandPaths();
        assertThat(paths).hasSizeGreaterThan(30);
        for (String path : paths) {
            String name = path.replace(' ', '-');
            Path page = TARGET.resolve("man").resolve(name + ".adoc");
            assertThat(page).as("man page of %s", path).isRegularFile();
            assertThat(Files.readString(page)).as("man page of %s", path).contains("= " + name + "(1)")
                    .contains(path);
        }
    }
}
