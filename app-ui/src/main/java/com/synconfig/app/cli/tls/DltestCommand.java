package com.synconfig.app.cli.tls;

import com.synconfig.app.cli.base.Json;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.server.diag.DiagnosticEnvironment;
import com.synconfig.server.diag.Dltest;
import com.synconfig.server.diag.DltestReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code synconfig dltest}: will the crypto libraries load, is there enough randomness, and is each encrypted
 * service ready (certificate, port, data root)? Exit 0 all pass, 1 warnings, 2 failures.
 */
@Command(name = "dltest", mixinStandardHelpOptions = true,
        description = {"Check the crypto libraries, TLS engines and randomness on this machine, and each service.",
                "Each encrypted service (all configured ones, or --service NAME) gets its certificate, port and data"
                        + " root checked, and every service its own SYNSSL_RAND.",
                "Exit code: 0 all checks pass, 1 warnings, 2 failures."})
public final class DltestCommand implements Callable<Integer> {

    /** How long the strong SecureRandom may take before it counts as "Cannot load random state". */
    private static final Duration RANDOM_TIMEOUT = Duration.ofSeconds(20);

    @Option(names = "--service", paramLabel = "NAME", description = "Check only this configured service.")
    String serviceName;

    @Option(names = "--json", description = "Print JSON: every check with status, summary, details and fix.")
    boolean json;

    @Option(names = "--details", description = "Show each check's supporting facts (search path, candidates, ...).")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ServiceDefinition> services;
        try {
            services = serviceName == null ? new ConfiguredServices(spec).all() : List.of(new ConfiguredServices(spec).named(serviceName));
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        DltestReport report = new Dltest(DiagnosticEnvironment.current(), new PemCertificateCheck(),
                RANDOM_TIMEOUT).run(services);
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
