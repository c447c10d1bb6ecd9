package com.synconfig.app.cli;

import com.synconfig.app.Launcher;
import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.config.ConfigLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The training run of the class-data archive that makes the command line start fast: the program's short read-only
 * commands, built and run as {@link Launcher} runs them, one after another in this one JVM, against a configuration
 * of their own in DIRECTORY (written with the defaults). Run under {@code -XX:DumpLoadedClassList}, the JVM lists
 * every class they loaded, and {@code -Xshare:dump} archives those (installers/linux/system/startup-archive,
 * ./synconfig). What the commands print is discarded; a command that fails ends the run with exit code 1 and its
 * error.
 * <p>
 * picocli's classes are of Java 5, which an archive holds only if the dump did not link them; it links the classes a
 * lambda of the training run names, so the code these commands run has no lambdas over picocli's types
 * ({@code StartupArchiveTest} fails when a class of the program or of picocli loads from a jar).
 * Usage: {@code StartupTraining DIRECTORY}
 */
public final class StartupTraining {

    /** The commands an administrator or a script runs most, each as typed after {@code synconfig}. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("service", "list"),
            List.of("service", "list", "--json"),
            List.of("service", "show", "SynSrv"),
            List.of("rsynd-command", "SynSrv"),
            List.of("validate"),
            List.of("config-path"),
            List.of("--help"));

    private StartupTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining DIRECTORY (a directory of its own for the configuration)");
            System.exit(ExitCodes.USAGE);
        }
        Path config = Path.of(args[0]).resolve(ConfigLocation.FILE_NAME);
        for (List<String> command : COMMANDS) {
            List<String> words = new ArrayList<>(List.of("--config", config.toString()));
            words.addAll(command);
            StringWriter err = new StringWriter();
            int exit = run(words.toArray(String[]::new), err);
            if (exit != ExitCodes.OK) {
                System.err.println("StartupTraining: 'synconfig " + String.join(" ", words) + "' ended with exit code "
                        + exit + ": " + err.toString().strip());
                System.exit(1);
            }
        }
    }

    private static int run(String[] args, Writer err) {
        CommandLine line = Launcher.headlessCommandLine(args);
        line.setOut(new PrintWriter(Writer.nullWriter()));
        line.setErr(new PrintWriter(err));
        return Launcher.runHeadless(line, args);
    }
}
