package com.synconfig.app.cli.tls;

import com.synconfig.model.service.CertificateCheck;
import com.synconfig.server.diag.DiagnosticEnvironment;
import com.synconfig.server.diag.Dltest;
import com.synconfig.server.diag.DltestReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code synconfig dltest}: will the crypto libraries load, and is there enough randomness? Exit 0 / 1 / 2. */
@Command(name = "dltest", mixinStandardHelpOptions = true,
        description = {"Check the crypto libraries and TLS engines on this machine and the randomness they need.",
                "Exit code: 0 all checks pass, 1 warnings, 2 failures."})
public final class DltestCommand implements Callable<Integer> {

    /** How long the strong SecureRandom may take before it counts as "Cannot load random state". */
    private static final Duration RANDOM_TIMEOUT = Duration.ofSeconds(20);

    @Option(names = "--json", description = "Print JSON: every check with status, summary, details and fix.")
    boolean json;

    @Option(names = "--details", description = "Show each check's supporting facts (search path, candidates, ...).")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DltestReport report = new Dltest(DiagnosticEnvironment.current(), CertificateCheck.NONE, RANDOM_TIMEOUT)
                .run(List.of());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("summary", report.summary());
            root.put("exitCode", report.exitCode());
            root.put("checks", report.results());
            out.println(Json.write(root));
        } else {
            out.print(report.render(details));
        }
        out.flush();
        return report.exitCode();
    }
}
