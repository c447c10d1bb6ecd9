package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.check.Finding;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.config.ServiceTransfer;
import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Import the services of an exported file.",
        "A service that already exists is refused (exit 1) unless --replace is given.",
        "Imported services are checked like 'service add', and nothing is written when any check fails."})
final class ServiceImportCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A file written by 'synconfig service export'.")
    Path file;

    @Option(names = "--replace", description = "Replace services that already exist.")
    boolean replace;

    @Override
    public Integer call() throws java.io.IOException {
        ServiceConfiguration imported = ServiceTransfer.read(file);
        ConfigSnapshot snap = load();
        ServiceTransfer.ImportResult result = ServiceTransfer.merge(snap.services(), imported, replace);
        Map<String, List<Finding>> findings = new LinkedHashMap<>(result.findings());
        if (!result.refused()) {
            for (ServiceDefinition s : imported.services()) {
                List<Finding> own = context().validator().validate(s, result.merged().services());
                if (!own.isEmpty()) {
                    findings.computeIfAbsent(s.name(), k -> new ArrayList<>()).addAll(own);
                }
            }
        }
        boolean refused = findings.values().stream().anyMatch(Finding::anyError);
        if (!refused) {
            context().store().save(snap, result.merged());
        }
        report(result, findings, refused);
        return refused ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void report(ServiceTransfer.ImportResult result, Map<String, List<Finding>> findings, boolean refused) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("saved", !refused);
            m.put("added", refused ? List.of() : result.added());
            m.put("replaced", refused ? List.of() : result.replaced());
            Map<String, Object> f = new LinkedHashMap<>();
            findings.forEach((k, v) -> f.put(k, ServiceReport.jsonFindings(v)));
            m.put("findings", f);
            printJson(m);
            return;
        }
        findings.forEach((name, list) -> ServiceReport.printFindings(out(), name, list));
        if (refused) {
            out().println("Nothing was imported: fix the error(s) above and run the command again.");
        } else {
            out().println("Imported from " + file.toAbsolutePath() + ": added "
                    + (result.added().isEmpty() ? "none" : String.join(", ", result.added())) + "; replaced "
                    + (result.replaced().isEmpty() ? "none" : String.join(", ", result.replaced())) + ".");
        }
    }
}
