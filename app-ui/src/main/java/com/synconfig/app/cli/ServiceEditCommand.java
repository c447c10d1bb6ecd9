package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.check.Finding;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.rsynd.RsyndCommandLine;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code service add} and {@code service set}: apply the options, validate the result among all services,
 * and write it only when no finding is an error; then print the resulting {@code rsynd} command line.
 */
abstract class ServiceEditCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The service's name, e.g. SynSrv.")
    String name;

    @Mixin
    ServiceSettingsOptions settings;

    /** The service as it is before the options apply. */
    abstract ServiceDefinition.Builder start(ConfigSnapshot snap);

    @Override
    public Integer call() throws IOException {
        ConfigSnapshot snap = load();
        ServiceDefinition changed = settings.applyTo(start(snap)).build();
        ServiceConfiguration all = snap.services().with(changed);
        changed = all.find(changed.name()).orElseThrow();
        List<Finding> findings = context().validator().validate(changed, all.services());
        boolean refused = Finding.anyError(findings);
        String commandLine = null;
        List<String> notes = new ArrayList<>();
        if (!refused) {
            commandLine = RsyndCommandLine.render(changed, changed.platform());
            context().store().save(snap, all);
            notes.addAll(context().controller().applyStartModes(snap.services().services(), List.of(changed)));
            ServiceDefinition before = snap.services().find(changed.name()).orElse(null);
            if (!changed.equals(before) && context().controller().status(changed).running()) {
                notes.add("Service " + changed.name() + " is running with its previous settings: restart it to apply "
                        + "them ('synconfig server restart --service " + changed.name() + "'; clients are disconnected).");
            }
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("saved", !refused);
            result.put("file", context().location().file().toString());
            result.put("service", ServiceReport.json(changed));
            result.put("findings", ServiceReport.jsonFindings(findings));
            result.put("rsynd", commandLine);
            result.put("notes", notes);
            printJson(result);
        } else {
            ServiceReport.printFindings(out(), changed.name(), findings);
            if (refused) {
                out().println("Nothing was saved: fix the error(s) above and run the command again.");
            } else {
                out().println("Saved service " + changed.name() + " in " + context().location().file() + ".");
                out().println(commandLine);
                notes.forEach(out()::println);
            }
        }
        return refused ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
