package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.config.ConfigLocation;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "config-path", description = {"Print the configuration file's path and which source chose it.",
        "The sources, first found wins: --config, the system property synconfig.config, SYNCONFIG_HOME, the OS default."})
final class ConfigPathCommand extends CliCommand {

    @Override
    public Integer call() {
        ConfigLocation location = context().location();
        boolean exists = Files.exists(location.file());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", location.file().toString());
            m.put("source", location.source().name());
            m.put("chosenBy", location.source().description());
            m.put("exists", exists);
            m.put("serviceFiles", context().layouts().describe());
            printJson(m);
        } else {
            out().println(location.file());
            out().println("chosen by " + location.source().description()
                    + (exists ? "" : "; the file does not exist yet (the first command that reads it writes the defaults)"));
            out().println(context().layouts().describe());
        }
        return ExitCodes.OK;
    }
}
