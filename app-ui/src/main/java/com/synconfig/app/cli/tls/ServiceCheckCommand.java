package com.synconfig.app.cli.tls;

import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Json;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.servicecheck.ServiceCheckReport;
import com.synconfig.model.servicecheck.ServiceCheckText;
import com.synconfig.model.servicecheck.Verdict;
import com.synconfig.server.check.NoAnswerException;
import com.synconfig.server.check.ServiceCheck;
import com.synconfig.server.tls.TlsEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code synconfig check SERVICE}: proves the running service against the preview, like a TLS scanner, and says
 * per row and overall whether each prediction holds.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Connect to the running service like a TLS scanner and compare, row by row, what the preview"
                + " predicts for its saved settings with what the service actually negotiates: each protocol (TLS 1.0-1.3)"
                + " accepted or refused, each suite it offers, every suite it does not, secure and client-initiated"
                + " renegotiation, and the certificate it serves (fingerprint, subject, SANs, expiry) against the"
                + " configured one.",
                "Exit code: 0 every tested prediction holds, 1 one differs (or nothing could be tested), 2 usage"
                        + " error, 3 nothing answers at the service's port."})
public final class ServiceCheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SERVICE", description = "A configured service.")
    String serviceName;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Where the service runs (default: " + ServiceCheck.DEFAULT_HOST + ").")
    String host;

    @Option(names = "--port", paramLabel = "N", description = "The port to probe (default: the service's port).")
    Integer port;

    @Option(names = "--engine", paramLabel = "boringssl|jdk", converter = TlsServiceOptions.EngineConverter.class,
            description = "The server engine to predict for (default: the one the running server reports).")
    TlsEngine engine;

    @Option(names = "--all", description = "Also list the suites not offered that no client here can try.")
    boolean all;

    @Option(names = "--json", description = "Print JSON: every row with its prediction, result, verdict and evidence.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServiceDefinition service = service();
        if (port != null && (port < 1 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port: use 1-65535.");
        }
        ServiceCheck check = ServiceCheck.of(ContextHolder.of(spec).controller(), service, host, port, engine);
        PrintWriter err = spec.commandLine().getErr();
        ServiceCheckReport report;
        try {
            report = check.run(ServiceCheck.Progress.NONE);
        } catch (NoAnswerException e) {
            err.println("synconfig: " + e.getMessage() + ". Is " + service.name() + " running? Start it with"
                    + " 'synconfig server start --service " + service.name() + "', or give --host/--port where it runs.");
            err.flush();
            return ExitCodes.NOT_RUNNING;
        } catch (IOException e) {
            err.println("synconfig: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        print(report);
        return report.overall() == Verdict.HOLDS ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private ServiceDefinition service() {
        try {
            return new ConfiguredServices(spec).named(serviceName);
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void print(ServiceCheckReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service", report.service());
            m.put("endpoint", report.endpoint());
            m.put("engine", report.engine());
            m.put("verdict", report.overall().name());
            m.put("summary", report.summary());
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) {
                counts.put(v.name(), report.count(v));
            }
            m.put("counts", counts);
            m.put("items", report.items());
            m.put("notes", report.notes());
            out.println(Json.write(m));
        } else {
            out.print(ServiceCheckText.of(report, all));
            if (!all && report.items().stream().anyMatch(ServiceCheckText::hiddenByDefault)) {
                out.println("Note: --all lists every row, --json prints them all with their evidence.");
            }
        }
        out.flush();
    }
}
