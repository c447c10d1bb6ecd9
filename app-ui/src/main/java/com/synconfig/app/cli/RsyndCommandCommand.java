package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.rsynd.RsyndCommandLine;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rsynd-command", description = {"Print the rsynd command line equivalent to a service.",
        "UNIX and Windows get dash options, OpenVMS qualifiers."})
final class RsyndCommandCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", defaultValue = ServiceDefinition.DEFAULT_NAME,
            description = "The service (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--platform", paramLabel = "P", converter = SettingConverters.PlatformConverter.class,
            description = "windows, unix or openvms (default: the service's platform).")
    Platform platform;

    @Override
    public Integer call() throws java.io.IOException {
        ServiceDefinition s = existing(load(), name);
        Platform target = platform == null ? s.platform() : platform;
        String line = RsyndCommandLine.render(s, target);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service", s.name());
            m.put("platform", target.id());
            m.put("commandLine", line);
            printJson(m);
        } else {
            out().println(line);
        }
        return ExitCodes.OK;
    }
}
