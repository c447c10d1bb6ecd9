package com.synconfig.app.cli;

import java.io.File;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the shell completion script (bash and zsh) and one man page per command (AsciiDoc) from the whole command
 * tree; the build runs it before the tests (app-ui/pom.xml) and {@link GeneratedCommandDocsTest} checks the result.
 * Picocli's own mains would inspect the root class alone, whose subcommands are not in its {@code @Command}.
 * Usage: {@code CommandLineDocs COMPLETION_SCRIPT MAN_PAGE_DIRECTORY}
 */
public final class CommandLineDocs {

    private CommandLineDocs() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine whole = SynConfigCommand.newCommandLine();
        AutoComplete.bash("synconfig", new File(args[0]), null, whole);
        int exit = ManPageGenerator.generateManPage(new File(args[1]), null, new boolean[0], false,
                whole.getCommandSpec());
        if (exit != 0) {
            throw new IllegalStateException("the man pages were not written: exit code " + exit);
        }
    }
}
