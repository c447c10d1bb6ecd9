package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.service.ServiceFindings;
import com.synconfig.model.service.ValidationReport;
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
        names.forEach(n -> existing(snap, n));
        ValidationReport all = ValidationReport.of(context().validator(), snap.services().services());
        ValidationReport report = names.isEmpty() ? all : all.only(names);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            report.services().forEach(r -> m.put(r.service().name(), ServiceReport.jsonFindings(r.findings())));
            printJson(Map.of("ok", !report.hasErrors(), "services", m));
        } else {
            for (ServiceFindings r : report.services()) {
                if (r.findings().isEmpty()) {
                    out().println(r.service().name() + ": OK");
                }
                ServiceReport.printFindings(out(), r.service().name(), r.findings());
            }
            out().println(report.summary());
        }
        return report.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
