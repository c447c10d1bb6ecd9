package com.synconfig.app.cli.cert;

import com.synconfig.app.cli.SynConfigCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** Runs {@code synconfig} in-process (and openssl as a peer) for the CLI tests. */
final class CertCli {

    record Run(int exitCode, String out, String err) {
    }

    private CertCli() {
    }

    static Run run(Path dir, String... args) {
        List<String> resolved = new ArrayList<>();
        for (String a : args) {
            // Relative file names in the tests mean "in the test directory".
            resolved.add(a.startsWith("@") ? dir.resolve(a.substring(1)).toString() : a);
        }
        String[] all = resolved.toArray(String[]::new);
        CommandLine cl = SynConfigCommand.forArguments(all); // as the launcher builds it
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs openssl in {@code dir}; returns exit code and merged output. */
    static Run openssl(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), output, "");
    }
}
