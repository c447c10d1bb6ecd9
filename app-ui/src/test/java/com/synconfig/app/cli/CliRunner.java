package com.synconfig.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process against one configuration file and captures what it prints. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private final Path config;

    CliRunner(Path config) {
        this.config = config;
    }

    /** Runs {@code synconfig --config <file> args...}. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString()));
        all.addAll(List.of(args));
        return runExactly(all.toArray(String[]::new));
    }

    /** Runs {@code synconfig args...} without adding {@code --config}. */
    static Result runExactly(String... args) {
        CommandLine cl = SynConfigCommand.forArguments(args); // as the launcher builds it
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
