package com.synconfig.app.cli;

import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
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
        @Option(names = "--port", description = "TCP port.")
        Integer port;
        @Option(names = "--encrypt", negatable = true, description = "Encrypt every connection (TLS), or not.")
        Boolean encrypt;
        @Option(names = "--cert", paramLabel = "FILE", description = "Certificate file (default: rsynd.pem in DBLDIR or the service directory).")
        String cert;
        @Option(names = "--cert-passphrase-env", paramLabel = "VAR", description = "Environment variable with the key's passphrase.")
        String passphraseEnv;
        @Option(names = "--scl", description = "Security compliance level: 0, 2 or 3.")
        Integer scl;
        @Option(names = "--non-secure", negatable = true, description = "Clients run as the default user instead of logging in.")
        Boolean nonSecure;
        @Option(names = "--default-user", description = "The account non-secure clients run as.")
        String defaultUser;
        @Option(names = "--log-level", description = "basic, errors, requests or data.")
        String logLevel;
        @Option(names = "--log-file", description = "Server log (default: rsynd.log in the service directory).")
        Path logFile;
        @Option(names = "--data-root", description = "Directory clients can reach (default: data/ in the service directory).")
        Path dataRoot;

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

        /** The configured service with this run's overrides. */
        ServiceDefinition definition() throws IOException {
            ServiceDefinition.Builder b = selection.definition().toBuilder();
            if (port != null) {
                b.port(port);
            }
            if (encrypt != null) {
                b.encrypt(encrypt);
            }
            if (cert != null) {
                b.certificateFile(cert);
            }
            if (scl != null) {
                b.scl(Scl.of(scl));
            }
            if (nonSecure != null) {
                b.nonSecure(nonSecure);
            }
            if (defaultUser != null) {
                b.defaultUser(defaultUser);
            }
            if (logLevel != null) {
                b.logLevel(LogLevel.fromId(logLevel));
            }
            if (logFile != null) {
                b.logFile(logFile.toAbsolutePath().toString());
            }
            if (dataRoot != null) {
                b.dataRoot(dataRoot.toAbsolutePath().toString());
            }
            ServiceDefinition def = b.build();
            if (def.port() < 1024 || def.port() > 65535) {
                throw new IllegalArgumentException("port " + def.port() + " is not valid: use 1024-65535");
            }
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
            ServerSettings settings = ServerSettings.from(def, dir,
                    def.encrypt() ? ServiceTlsSource.of(def, dir, passphrase) : null);
            RollingServerLog.install(logPath(def, dir));
            FileServer server = new FileServer(settings);
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
                    + "), data root " + settings.dataRoot() + "; stop with SIGTERM or Ctrl-C");
            out.flush();
            stopped.await();
            return SynConfigCommand.EXIT_OK;
        }

        private int runInBackground(ServiceDefinition def, Path dir) throws IOException, InterruptedException {
            Files.createDirectories(dir);
            List<String> cmd = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                    "-cp", System.getProperty("java.class.path"), "com.synconfig.app.Launcher",
                    "server", "start", "--foreground", "--service", def.name(),
                    "--config", selection.location().file().toString()));
            cmd.addAll(overrides());
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

        /** This run's overrides, for the background process (it reads the same configuration file). */
        private List<String> overrides() {
            List<String> o = new ArrayList<>();
            addIf(o, "--port", port);
            addIf(o, "--scl", scl);
            addIf(o, "--log-level", logLevel);
            if (encrypt != null) {
                o.add(encrypt ? "--encrypt" : "--no-encrypt");
            }
            if (nonSecure != null) {
                o.add(nonSecure ? "--non-secure" : "--no-non-secure");
            }
            addIf(o, "--cert", cert);
            addIf(o, "--cert-passphrase-env", passphraseEnv);
            addIf(o, "--default-user", defaultUser);
            addIf(o, "--log-file", logFile == null ? null : logFile.toAbsolutePath());
            addIf(o, "--data-root", dataRoot == null ? null : dataRoot.toAbsolutePath());
            return o;
        }

        private static void addIf(List<String> o, String name, Object value) {
            if (value != null) {
                o.add(name);
                o.add(value.toString());
            }
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
