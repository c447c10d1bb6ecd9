package com.synconfig.app.cli;

import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.service.PortRule;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.server.FileServer;
import com.synconfig.server.RollingServerLog;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.ServerStartException;
import com.synconfig.server.tls.ServiceTlsSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code synconfig server start|stop|status}: run the embedded file server for a service. */
@Command(name = "server", description = "Start, stop and inspect the embedded file server.",
        subcommands = {ServerCommand.Start.class, ServerCommand.Stop.class, ServerCommand.Status.class})
public final class ServerCommand extends CommandGroup {

    @Command(name = "start", description = "Start the service's server: in the background, or with --foreground "
            + "until SIGTERM/Ctrl-C (then it stops gracefully). Settings come from the configuration file; the "
            + "options below override them for this run.")
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
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                Path dir = selection.serviceDir();
                ServiceDefinition def = definition();
                Optional<PidFile> running = PidFile.readLive(dir);
                if (running.isPresent()) {
                    err.println("synconfig server: service " + def.name() + " is already running (pid "
                            + running.get().pid() + ", port " + running.get().port() + "); stop it first");
                    return SynConfigCommand.EXIT_FINDINGS;
                }
                return foreground ? runHere(def, dir) : runInBackground(def, dir);
            } catch (IllegalArgumentException | ServerStartException | IOException e) {
                err.println("synconfig server: " + e.getMessage());
                return SynConfigCommand.EXIT_USAGE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SynConfigCommand.EXIT_USAGE;
            }
        }

        /** The configured service with this run's overrides (the same options {@code service set} takes). */
        ServiceDefinition definition() throws IOException {
            ServiceDefinition def = settings.applyTo(selection.definition().toBuilder()).build();
            PortRule.range(def.port()).ifPresent(f -> {
                throw new IllegalArgumentException(f.message() + " " + f.fix());
            });
            if (passphraseEnv != null && System.getenv(passphraseEnv) == null) {
                throw new IllegalArgumentException("environment variable " + passphraseEnv + " is not set");
            }
            return def;
        }

        private Path logPath(ServiceDefinition def, Path dir) {
            return def.logFile() == null ? dir.resolve(RollingServerLog.DEFAULT_NAME) : Path.of(def.logFile());
        }

        private int runHere(ServiceDefinition def, Path dir) throws ServerStartException, IOException, InterruptedException {
            char[] passphrase = passphraseEnv == null ? null : System.getenv(passphraseEnv).toCharArray();
            ServerSettings serverSettings = ServerSettings.from(def, dir,
                    def.encrypt() ? ServiceTlsSource.of(def, dir, passphrase) : null);
            RollingServerLog.install(logPath(def, dir));
            FileServer server = new FileServer(serverSettings);
            server.start();
            Instant startedAt = Instant.now();
            PidFile.of(server.status(), startedAt).write(dir);
            ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "synconfig-status-file");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(() -> {
                try {
                    PidFile.of(server.status(), startedAt).write(dir);
                } catch (IOException e) {
                    LoggerFactory.getLogger(ServerCommand.class).warn("cannot refresh {}: {}", PidFile.NAME, e.toString());
                }
            }, PidFile.REFRESH_SECONDS, PidFile.REFRESH_SECONDS, TimeUnit.SECONDS);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                refresher.shutdownNow();
                server.stop();
                PidFile.remove(dir);
                RollingServerLog.uninstall();
                stopped.countDown();
            }, "synconfig-server-stop"));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Service " + def.name() + " running on port " + server.port() + " ("
                    + (def.encrypt() ? "TLS on " + server.status().tlsEngine() + ", " + server.status().protocols() : "clear")
                    + "), data root " + serverSettings.dataRoot() + "; stop with SIGTERM or Ctrl-C");
            out.flush();
            stopped.await();
            return SynConfigCommand.EXIT_OK;
        }

        private int runInBackground(ServiceDefinition def, Path dir) throws IOException, InterruptedException {
            Files.createDirectories(dir);
            List<String> cmd = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                    "-D" + ConfigLocation.SYSTEM_PROPERTY + "=" + selection.location().file(),
                    "-cp", System.getProperty("java.class.path"), "com.synconfig.app.Launcher"));
            // The same command line again, in the foreground, on the same configuration file (the property is the
            // fall-back when the line has no --config): the child inherits the working directory, so relative
            // paths mean what they meant here.
            cmd.addAll(spec.commandLine().getParseResult().originalArgs());
            cmd.add("--foreground");
            Path out = dir.resolve("rsynd.out");
            Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice()))).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                Optional<PidFile> p = PidFile.readLive(dir);
                if (p.isPresent() && p.get().pid() == child.pid()) {
                    spec.commandLine().getOut().println("Service " + def.name() + " started (pid " + child.pid()
                            + ", port " + p.get().port() + "); log: " + logPath(def, dir));
                    return SynConfigCommand.EXIT_OK;
                }
                if (child.waitFor(100, TimeUnit.MILLISECONDS)) {
                    spec.commandLine().getErr().print(Files.readString(out));
                    return SynConfigCommand.EXIT_USAGE;
                }
            }
            child.destroy();
            spec.commandLine().getErr().println("synconfig server: the server did not report ready within 60 s; see " + out);
            return SynConfigCommand.EXIT_USAGE;
        }

        private static String nullDevice() {
            return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
        }
    }

    @Command(name = "stop", description = "Stop the service's server gracefully (SIGTERM; open files are closed and committed).")
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ServiceSelection selection;

        @Override
        public Integer call() throws Exception {
            String service = selection.service;
            Path dir = selection.serviceDir();
            Optional<PidFile> p = PidFile.readLive(dir);
            if (p.isEmpty()) {
                spec.commandLine().getOut().println("Service " + service + " is not running");
                return SynConfigCommand.EXIT_OK;
            }
            ProcessHandle h = ProcessHandle.of(p.get().pid()).orElseThrow();
            h.destroy();
            try {
                h.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                spec.commandLine().getErr().println("synconfig server: service " + service + " (pid " + h.pid()
                        + ") did not stop within 60 s");
                return SynConfigCommand.EXIT_USAGE;
            }
            PidFile.remove(dir);
            spec.commandLine().getOut().println("Service " + service + " stopped");
            return SynConfigCommand.EXIT_OK;
        }
    }

    @Command(name = "status", description = "Show whether the service's server runs, its port, TLS engine, protocols and uptime.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ServiceSelection selection;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            String service = selection.service;
            Optional<PidFile> p = PidFile.readLive(selection.serviceDir());
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("service", service);
            m.put("state", p.isPresent() ? "RUNNING" : "STOPPED");
            p.ifPresent(f -> {
                m.putAll(f.toMap());
                m.put("uptimeSeconds", Duration.between(f.startedAt(), Instant.now()).toSeconds());
            });
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(m));
            } else {
                m.remove("connections");
                m.forEach((k, v) -> out.println(k + ": " + v));
                p.ifPresent(f -> {
                    out.println("connections: " + f.connections().size() + " (as of " + f.updatedAt() + ")");
                    f.connections().forEach(c -> out.println("  " + c.remote() + " user=" + c.user()
                            + (c.protocol().isEmpty() ? " clear" : " " + c.protocol() + " " + c.cipher())
                            + " files=" + c.openFiles() + " in=" + c.bytesIn() + " out=" + c.bytesOut()));
                });
            }
            return SynConfigCommand.EXIT_OK;
        }
    }
}
