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

/**
 * The save path of the commands that write one service ({@code service add}, {@code service set},
 * {@code service import-rsynd}): validate it among all services, write it only when no finding is an error, apply
 * its start mode, and print the findings and the resulting {@code rsynd} command line.
 */
abstract class ServiceSavingCommand extends CliCommand {

    /**
     * @param changed the service to write; {@code null} when {@code earlier} holds an error that left no service
     * @param name    its name, for the messages
     * @param earlier findings made before validation (e.g. about a pasted command line), reported first
     */
    int checkAndSave(ConfigSnapshot snap, ServiceDefinition changed, String name, List<Finding> earlier)
            throws IOException {
        List<Finding> findings = new ArrayList<>(earlier);
        ServiceConfiguration all = changed == null ? null : snap.services().with(changed);
        if (all != null) {
            changed = all.find(changed.name()).orElseThrow();
            findings.addAll(context().validator().validate(changed, all.services()));
        }
        boolean refused = all == null || Finding.anyError(findings);
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
            result.put("service", changed == null ? null : ServiceReport.json(changed));
            result.put("findings", ServiceReport.jsonFindings(findings));
            result.put("rsynd", commandLine);
            result.put("notes", notes);
            printJson(result);
        } else {
            ServiceReport.printFindings(out(), name, findings);
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
