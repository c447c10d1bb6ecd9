package com.synconfig.app.cli;

import com.synconfig.model.check.Finding;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.rsynd.RsyndImport;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-rsynd", description = {
        "Create or update a service from an rsynd command line, in dash form (rsynd -p 2330 -encrypt ...) or"
                + " OpenVMS form (RSYND /PORT=2330 /ENCRYPT ...); give the line as one argument, in quotes.",
        "An existing service is updated only with --force: it keeps its start mode, data root and environment, and"
                + " every setting the line leaves out takes rsynd's default.",
        "Checks the service first: with findings of error severity nothing is written (exit 1)."})
final class ServiceImportRsyndCommand extends ServiceSavingCommand {

    @Parameters(index = "0", paramLabel = "LINE", description = "The rsynd command line, e.g. \"rsynd -p 2331 -encrypt\".")
    String line;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = ServiceDefinition.DEFAULT_NAME,
            description = "The service to create or update (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--force", description = "Replace the settings of an existing service with the line.")
    boolean force;

    @Option(names = "--platform", paramLabel = "P", converter = SettingConverters.PlatformConverter.class,
            description = "The platform the line is written for: windows, unix or openvms (default: the form of its"
                    + " first option decides; qualifiers mean openvms).")
    Platform platform;

    @Override
    public Integer call() throws IOException {
        ConfigSnapshot snap = load();
        Optional<ServiceDefinition> existing = snap.services().find(name);
        RsyndImport.Result result = RsyndImport.read(line, name, existing, Optional.ofNullable(platform));
        List<Finding> findings = new ArrayList<>(result.findings());
        if (existing.isPresent() && !force) {
            findings.add(0, Finding.error("name", "Service " + existing.get().name() + " already exists.",
                    "Add --force to replace its settings with the line, or give --name to create another service."));
        }
        return checkAndSave(snap, Finding.anyError(findings) ? null : result.service(),
                existing.map(ServiceDefinition::name).orElse(name), findings);
    }
}
