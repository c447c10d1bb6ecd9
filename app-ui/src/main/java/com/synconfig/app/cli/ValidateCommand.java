package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = {"Check services (all when no NAME is given) against every rule.",
        "Exit code 1 when a finding is an error."})
final class ValidateCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Services to check (default: all).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws java.io.IOException {
        ConfigSnapshot snap = load();
        List<ServiceDefinition> chosen = names.isEmpty() ? snap.services().services()
                : names.stream().map(n -> existing(snap, n)).toList();
        Map<String, List<Finding>> results = new LinkedHashMap<>();
        for (ServiceDefinition s : chosen) {
            results.put(s.name(), context().validator().validate(s, snap.services().services()));
        }
        boolean errors = results.values().stream().anyMatch(Finding::anyError);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            results.forEach((k, v) -> m.put(k, ServiceReport.jsonFindings(v)));
            printJson(Map.of("ok", !errors, "services", m));
        } else {
            results.forEach((name, findings) -> {
                if (findings.isEmpty()) {
                    out().println(name + ": OK");
                }
                ServiceReport.printFindings(out(), name, findings);
            });
            out().printf("%d service(s) checked: %d error(s), %d warning(s).%n", results.size(),
                    count(results, Severity.ERROR), count(results, Severity.WARNING));
        }
        return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static long count(Map<String, List<Finding>> results, Severity severity) {
        return results.values().stream().flatMap(List::stream).filter(f -> f.severity() == severity).count();
    }
}
