package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.config.ServiceTransfer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = {"Export services (all when no NAME is given) in the configuration file's format.",
        "Without --file the export goes to standard output (with --json: the services as JSON)."})
final class ServiceExportCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Services to export (default: all).")
    List<String> names = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Write the export to FILE.")
    Path file;

    @Override
    public Integer call() throws java.io.IOException {
        ConfigSnapshot snap = load();
        names.forEach(n -> existing(snap, n));
        String text = ServiceTransfer.export(snap.services(), names);
        List<String> exported = names.isEmpty() ? snap.services().names()
                : names.stream().map(n -> existing(snap, n).name()).toList();
        if (file == null && json) {
            printJson(exported.stream().map(n -> ServiceReport.json(existing(snap, n))).toList());
            return ExitCodes.OK;
        }
        if (file == null) {
            out().print(text);
            return ExitCodes.OK;
        }
        ServiceTransfer.exportTo(file, snap.services(), names);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toAbsolutePath().toString());
            result.put("services", exported);
            printJson(result);
        } else {
            out().println("Exported " + exported.size() + " service(s) (" + String.join(", ", exported) + ") to "
                    + file.toAbsolutePath() + ".");
        }
        return ExitCodes.OK;
    }
}
