package com.synconfig.app.cli;

import com.synconfig.app.cli.base.CliContext;
import com.synconfig.app.cli.base.CommandGroup;
import com.synconfig.app.cli.base.Subcommands;
import com.synconfig.app.cli.base.ContextHolder;
import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Json;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.ServerStartException;
import com.synconfig.server.control.RunningService;
import com.synconfig.server.control.ServiceController;
import com.synconfig.server.control.ServiceControlException;
import com.synconfig.server.control.ServiceRunner;
import com.synconfig.server.control.ServiceRuntime;
import com.synconfig.server.control.StatusFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synconfig server start|stop|restart|status}: every one goes through the service controller, so the command
 * line, the GUI and systemd see and control the same servers.
 */
@Command(name = "server", description = "Start, stop and inspect the embedded file server.")
@Subcommands({ServerCommand.Start.class, ServerCommand.Stop.class, ServerCommand.Restart.class,
        ServerCommand.Status.class})
public final class ServerCommand extends CommandGroup {

    private static ServiceConfiguration configured(CliContext context) throws IOException {
        return context.store().load().services();
    }

    @Command(name = "start", description = "Start the service's server and wait until it listens: as a systemd unit "
            + "where the installed package runs under systemd, else as a background process; with --foreground in "
            + "this process until SIGTERM or Ctrl-C (then it stops gracefully). Settings come from the configuration "
            + "file; the options below override them for this run.")
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ServiceSelection selection;
        @Option(names = "--foreground", description = "Run in this process until SIGTERM or Ctrl-C.")
        boolean foreground;
        @Mixin
        ServiceSettingsOptions settings;
        @Option(names = "--cert-passphrase-env", paramLabel = "VAR", description = "Environment variable with the key's passphrase.")
        String passphraseEnv;

        @Override
        public Integer call() throws IOException, InterruptedException {
            CliContext context = ContextHolder.of(spec);
            ServiceDefinition def = settings.applyTo(selection.definition().toBuilder()).build();
            if (passphraseEnv != null && System.getenv(passphraseEnv) == null) {
                throw new CliException("environment variable " + passphraseEnv + " is not set");
            }
            List<ServiceDefinition> all = configured(context).with(def).services();
            try {
                if (foreground) {
                    return runHere(context, def, all);
                }
                ServiceRuntime now = context.controller().start(def, all, overrides());
                StatusFile s = now.status().orElseThrow();
                spec.commandLine().getOut().println("Service " + def.name() + " started (pid " + s.pid() + ", port "
                        + s.port() + ", " + now.manager() + "); log: " + context.layouts().of(def).logFile());
                return ExitCodes.OK;
            } catch (ServiceControlException | ServerStartException e) {
                throw new CliException(e.getMessage(), e.getMessage().contains("already running")
                        ? ExitCodes.FINDINGS : ExitCodes.USAGE);
            }
        }

        private int runHere(CliContext context, ServiceDefinition def, List<ServiceDefinition> all)
                throws ServerStartException, InterruptedException {
            ServiceRuntime now = context.controller().status(def);
            if (now.running()) {
                throw new CliException("service " + def.name() + " is already running (pid "
                        + now.status().orElseThrow().pid() + "); stop it first", ExitCodes.FINDINGS);
            }
            char[] passphrase = passphraseEnv == null ? null : System.getenv(passphraseEnv).toCharArray();
            RunningService running = new ServiceRunner(context.validator(), context.layouts()).start(def, all, passphrase);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.stop();
                stopped.countDown();
            }, "synconfig-server-stop"));
            var status = running.server().status();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Service " + def.name() + " running on port " + status.port() + " ("
                    + (def.encrypt() ? "TLS on " + status.tlsEngine() + ", " + status.protocols() : "clear")
                    + "), data root " + running.layout().dataRoot() + "; stop with SIGTERM or Ctrl-C");
            out.flush();
            stopped.await();
            return ExitCodes.OK;
        }

        /** This run's settings options, as typed, for the process that will serve (not the service selection). */
        private List<String> overrides() {
            List<String> args = spec.commandLine().getParseResult().originalArgs();
            int start = args.indexOf("start");
            List<String> out = new ArrayList<>();
            for (int i = start + 1; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--service") || a.equals("--config")) {
                    i++;
                } else if (!a.startsWith("--service=") && !a.startsWith("--config=") && !a.equals("--foreground")) {
                    out.add(a);
                }
            }
            return out;
        }
    }

    @Command(name = "stop", description = "Stop the service's server gracefully (open files are closed and committed).")
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ServiceSelection selection;

        @Override
        public Integer call() throws IOException {
            ServiceDefinition def = selection.definition();
            ServiceController controller = ContextHolder.of(spec).controller();
            if (!controller.status(def).running()) {
                spec.commandLine().getOut().println("Service " + def.name() + " is not running");
                return ExitCodes.OK;
            }
            try {
                controller.stop(def);
            } catch (ServiceControlException e) {
                throw new CliException(e.getMessage());
            }
            spec.commandLine().getOut().println("Service " + def.name() + " stopped");
            return ExitCodes.OK;
        }
    }

    @Command(name = "restart", description = "Stop the service's server (when it runs) and start it again as saved; "
            + "every client is disconnected.")
    static final class Restart implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ServiceSelection selection;

        @Override
        public Integer call() throws IOException {
            CliContext context = ContextHolder.of(spec);
            ServiceDefinition def = selection.definition();
            try {
                ServiceRuntime now = context.controller().restart(def, configured(context).with(def).services());
                spec.commandLine().getOut().println("Service " + def.name() + " restarted (pid "
                        + now.status().orElseThrow().pid() + ", port " + now.status().orElseThrow().port() + ")");
                return ExitCodes.OK;
            } catch (ServiceControlException e) {
                throw new CliException(e.getMessage());
            }
        }
    }

    @Command(name = "status", description = "Show whether the service's server runs, under which service manager, "
            + "its port, TLS engine, protocols, uptime, connections and health. Exit code 3 when it is not running.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ServiceSelection selection;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            ServiceRuntime now = ContextHolder.of(spec).controller().status(selection.definition());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service", now.service());
            m.put("state", now.state().name());
            m.put("manager", now.manager());
            if (!now.problem().isEmpty()) {
                m.put("problem", now.problem());
            }
            now.status().ifPresent(f -> {
                m.putAll(f.toMap());
                m.put("uptimeSeconds", Duration.between(f.startedAt(), Instant.now()).toSeconds());
            });
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(m));
            } else {
                m.remove("connections");
                m.forEach((k, v) -> out.println(k + ": " + v));
                now.status().ifPresent(f -> {
                    out.println("connections: " + f.connections().size() + " (as of " + f.updatedAt() + ")");
                    f.connections().forEach(c -> out.println("  " + c.remote() + " user=" + c.user()
                            + (c.protocol().isEmpty() ? " clear" : " " + c.protocol() + " " + c.cipher())
                            + " files=" + c.openFiles() + " in=" + c.bytesIn() + " out=" + c.bytesOut()));
                });
            }
            return now.running() ? ExitCodes.OK : ExitCodes.NOT_RUNNING;
        }
    }
}
