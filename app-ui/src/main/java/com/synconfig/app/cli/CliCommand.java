package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CliContext;
import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.app.cli.base.Json;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.service.ServiceDefinition;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the context from the root command, its output streams, and {@code --json}. */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON for scripts instead of text.")
    boolean json;

    CliContext context() {
        return ContextHolder.of(spec);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    void printJson(Object value) {
        out().println(Json.write(value));
    }

    /** The configuration, written with the defaults on first start. */
    ConfigSnapshot load() throws java.io.IOException {
        return context().store().load();
    }

    /** The named service (ignoring case), or exit 2 naming the services there are. */
    static ServiceDefinition existing(ConfigSnapshot snap, String name) {
        return snap.services().find(name).orElseThrow(() -> new CliException("there is no service named " + name
                + ". Services: " + (snap.services().names().isEmpty() ? "(none)"
                : String.join(", ", snap.services().names())) + ". Fix: check the name with 'synconfig service list'."));
    }
}
