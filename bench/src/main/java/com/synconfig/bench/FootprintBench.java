package com.synconfig.bench;

import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFileClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Section 6: how long the command line takes to answer {@code service list} as shipped (against {@code java -version},
 * the floor of any Java program), how many classes it loads, whether the GUI's first window can be timed, and the
 * server's resident memory with 1,000 idle TLS connections against its idle size.
 */
final class FootprintBench {

    private static final int IDLE_CONNECTIONS = 1_000;
    private static final Pattern PROGRAM_CLASS_FROM_ARCHIVE =
            Pattern.compile(" (com\\.synconfig|picocli)\\..* source: shared objects file");

    private final BenchContext ctx;
    private final Path repo;
    private final Path appJar;

    FootprintBench(BenchContext ctx, Path repo, Path appJar) {
        this.ctx = ctx;
        this.repo = repo;
        this.appJar = appJar;
    }

    Section run() throws Exception {
        Section s = new Section("footprint", "6. Start-up and footprint");
        cli(s);
        gui(s);
        try {
            idleConnections(s);
        } catch (Exception e) { // the start-up tables above stay in the report
            s.say("Server memory with " + IDLE_CONNECTIONS + " idle TLS connections: not measured: " + e.getMessage());
        }
        return s;
    }

    /** A way to start the command line; the shipped ones must meet the target. */
    private record Launch(String label, List<String> command, boolean shipped) {
    }

    private void cli(Section s) throws Exception {
        if (!Files.isRegularFile(appJar)) {
            s.say("CLI: not measured: " + appJar + " is missing (bench/run.sh builds it).");
            return;
        }
        Path home = Files.createDirectories(ctx.work().resolve("cli-home"));
        List<String> args = List.of("--config", home.resolve("synconfig.ini").toString(), "service", "list");
        List<Launch> launches = launches(s, args);
        for (Launch l : launches) { // the first ./synconfig run makes its class-data archive: not timed
            Commands.Result probe = Commands.run(l.command(), ctx.work(), 300);
            if (probe.exitCode() != 0 || !probe.output().contains("SynSrv")) {
                s.say("CLI `service list`: not measured: " + l.label() + " answers with exit code " + probe.exitCode()
                        + ": `" + probe.output().lines().findFirst().orElse("").trim() + "`.");
                s.data.put("cliServiceList", "unavailable: exit " + probe.exitCode());
                return;
            }
        }
        int reps = startupRepetitions();
        List<Timed> ref = new ArrayList<>();
        Map<Launch, List<Timed>> runs = new LinkedHashMap<>();
        for (int i = 0; i < reps; i++) {
            ref.add(timed(List.of(ctx.java(), "-version")));
            for (Launch l : launches) {
                runs.computeIfAbsent(l, k -> new ArrayList<>()).add(timed(l.command()));
            }
        }
        Section.Table t = s.table("Command line `service list` (" + reps + " runs each, interleaved, median; CPU = "
                + "user + system of the process and its children)", "command", "wall s", "x java -version", "CPU s",
                "x java -version (CPU)");
        t.rows().add(List.of("`java -version`", Stats.fmt(Stats.median(ref, Timed::wall)), "1.00x",
                Stats.fmt(Stats.median(ref, Timed::cpu)), "1.00x"));
        var json = s.data.putArray("cli");
        for (var e : runs.entrySet()) {
            List<Timed> x = e.getValue();
            t.rows().add(List.of(e.getKey().label(), Stats.fmt(Stats.median(x, Timed::wall)),
                    Stats.ratio(Stats.medianRatio(x, ref, Timed::wall)), Stats.fmt(Stats.median(x, Timed::cpu)),
                    Stats.ratio(Stats.medianRatio(x, ref, Timed::cpu))));
            json.addObject().put("launch", e.getKey().label()).put("shipped", e.getKey().shipped())
                    .put("wallSeconds", Stats.median(x, Timed::wall)).put("cpuSeconds", Stats.median(x, Timed::cpu))
                    .put("ratioToJavaVersion", Stats.medianRatio(x, ref, Timed::wall));
            if (e.getKey().shipped()) {
                double wall = Stats.median(x, Timed::wall);
                s.target("CLI `service list` wall time, " + e.getKey().label(), "<= 0.4 s", Stats.fmt(wall) + " s ("
                        + Stats.ratio(Stats.medianRatio(x, ref, Timed::wall)) + " `java -version`)", wall <= 0.4);
            }
        }
        classesLoaded(s, launches);
    }

    /**
     * The launchers as shipped: {@code ./synconfig} (from a checkout, with its class-data archive) and, when
     * installers/build.sh has made the app image, what the Linux package installs as /usr/bin/synconfig (its script,
     * here on the app image) and jpackage's own launcher; then plain {@code java -jar}, with no archive.
     */
    private List<Launch> launches(Section s, List<String> args) throws Exception {
        List<Launch> launches = new ArrayList<>();
        launches.add(new Launch("`./synconfig` (checkout, class-data archive)",
                with(List.of("env", "JAVA=" + ctx.java(), repo.resolve("synconfig").toString()), args), true));
        Path image = repo.resolve("installers/target/synconfig");
        if (Files.isExecutable(image.resolve("bin/synconfig"))) {
            if (Files.getLastModifiedTime(image.resolve("lib/app/synconfig.jar")).compareTo(
                    Files.getLastModifiedTime(appJar)) < 0) {
                s.say("The app image (installers/target/synconfig) is older than " + appJar.getFileName()
                        + ": its rows measure that older build (installers/build.sh --no-rpm makes it again).");
            }
            launches.add(new Launch("installed `/usr/bin/synconfig` (the package's script, on the app image)",
                    with(List.of(installedScript(image).toString()), args), true));
            launches.add(new Launch("app image `bin/synconfig` (jpackage's launcher)",
                    with(List.of(image.resolve("bin/synconfig").toString()), args), false));
        } else {
            s.say("The installed launcher was not measured: there is no app image in installers/target/synconfig "
                    + "(installers/build.sh --no-rpm makes it; bench/run.sh --full runs it first).");
        }
        launches.add(new Launch("`java -jar synconfig.jar` (no archive)",
                with(List.of(ctx.java(), "-jar", appJar.toString()), args), false));
        return launches;
    }

    /** installers/linux/system/synconfig as the package installs it (/usr/bin/synconfig), pointed at the app image. */
    private Path installedScript(Path image) throws Exception {
        Path bin = Files.createDirectories(ctx.work().resolve("installed-bin"));
        Path script = bin.resolve("synconfig");
        Files.writeString(script, Files.readString(repo.resolve("installers/linux/system/synconfig"))
                .replace("@APP_DIR@", image.toString()));
        script.toFile().setExecutable(true);
        return script;
    }

    private static List<String> with(List<String> command, List<String> args) {
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        return all;
    }

    /** Classes each launch loads for {@code service list}, and how many of them it maps from class-data archives. */
    private void classesLoaded(Section s, List<Launch> launches) throws Exception {
        Section.Table t = s.table("Classes loaded by `service list` (-Xlog:class+load)", "command", "classes",
                "from a class-data archive", "of them the program's and picocli's");
        var json = s.data.putArray("classesLoaded");
        for (Launch l : launches) {
            Path log = ctx.work().resolve("classes-" + launches.indexOf(l) + ".log");
            Files.deleteIfExists(log);
            List<String> command = new ArrayList<>(List.of("env", "JAVA_TOOL_OPTIONS=-Xlog:class+load:file=" + log));
            command.addAll(l.command());
            Commands.run(command, ctx.work(), 300);
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            long all = lines.stream().filter(x -> x.contains("[class,load]")).count();
            long mapped = lines.stream().filter(x -> x.contains("source: shared objects file")).count();
            long program = lines.stream().filter(x -> PROGRAM_CLASS_FROM_ARCHIVE.matcher(x).find()).count();
            t.rows().add(List.of(l.label(), Long.toString(all), Long.toString(mapped), Long.toString(program)));
            json.addObject().put("launch", l.label()).put("classes", all).put("fromArchive", mapped)
                    .put("programClassesFromArchive", program);
        }
    }

    private int startupRepetitions() {
        return ctx.mode() == BenchContext.Mode.QUICK ? ctx.mode().repetitions : ctx.mode().repetitions * 2 + 1;
    }

    /** Time from starting {@code java} to the program's first window showing, on a private Xvfb display. */
    private void gui(Section s) throws Exception {
        Path lib = appJar.resolveSibling("lib");
        if (!Files.isDirectory(lib) || !Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            s.say("GUI first window: not measured (needs " + lib + " and /usr/bin/Xvfb).");
            return;
        }
        String display = ":" + (90 + OpenSslServer.freePort() % 400);
        try (ChildProcess xvfb = ChildProcess.start("xvfb", List.of("/usr/bin/Xvfb", display, "-nolisten", "tcp",
                "-screen", "0", "1280x800x24"), ctx.work(), ctx.work().resolve("xvfb.err"))) {
            Thread.sleep(1500); // Xvfb needs a moment before it accepts clients
            String cp = appJar + java.io.File.pathSeparator + lib + "/*" + java.io.File.pathSeparator
                    + Path.of(GuiFirstWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = Files.createDirectories(ctx.work().resolve("gui-home"));
            List<String> cmd = List.of(ctx.java(), "-Dsynconfig.home=" + home, "-cp", cp,
                    GuiFirstWindow.class.getName());
            int reps = startupRepetitions();
            double[] gui = new double[reps];
            double[] ref = new double[reps];
            double[] ratio = new double[reps];
            for (int i = 0; i < reps; i++) {
                ref[i] = Commands.run(List.of(ctx.java(), "-version"), ctx.work(), 120).seconds();
                gui[i] = firstWindowSeconds(cmd, display);
                ratio[i] = gui[i] / ref[i];
            }
            Section.Table t = s.table("GUI: start to first window showing, under Xvfb (" + reps + " runs, median)",
                    "program", "wall s", "x java -version");
            t.rows().add(List.of("`java -version`", Stats.fmt(Stats.median(ref)), "1.00x"));
            t.rows().add(List.of("`Launcher` (desktop program), until a JavaFX window shows",
                    Stats.fmt(Stats.median(gui)), Stats.ratio(Stats.median(ratio))));
            s.data.putObject("gui").put("firstWindowSeconds", Stats.median(gui))
                    .put("javaVersionSeconds", Stats.median(ref)).put("ratio", Stats.median(ratio));
            s.target("GUI time to first window (Xvfb)", "<= 1.5 s", Stats.fmt(Stats.median(gui)) + " s",
                    Stats.median(gui) <= 1.5);
        }
    }

    private double firstWindowSeconds(List<String> cmd, String display) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ctx.work().toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(ctx.work().resolve("gui.err").toFile()));
        pb.environment().put("DISPLAY", display);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("FIRST_WINDOW")) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(15, TimeUnit.SECONDS);
        }
        throw new IllegalStateException("the program showed no window under Xvfb; see gui.err");
    }

    /** Wall and CPU seconds of one finished command, as {@code /usr/bin/time} reports them. */
    private record Timed(double wall, double cpu) {
    }

    private Timed timed(List<String> command) {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCHTIME %e %U %S"));
        cmd.addAll(command);
        Commands.Result r = Commands.run(cmd, ctx.work(), 120);
        String line = r.output().lines().filter(l -> l.startsWith("BENCHTIME ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no timing from " + command + ": " + r.output()));
        String[] f = line.split(" ");
        // the wall time time(1) took for the command itself, without the harness's process start (about 30 ms)
        return new Timed(Double.parseDouble(f[1]), Double.parseDouble(f[2]) + Double.parseDouble(f[3]));
    }

    private void idleConnections(Section s) throws Exception {
        Path data = Files.createDirectories(ctx.work().resolve("idle-data"));
        try (OurServer server = OurServer.start(ctx, "idle-boringssl", OurServer.Engine.BORINGSSL, data,
                Map.of(DataServers.TLS, ctx.certificates().rsa().servicePem().toString()))) {
            ClientOptions o = server.client(DataServers.TLS, true);
            RemoteFileClient.connect(o).close(); // one connection served, so TLS and the pipeline are loaded
            Thread.sleep(1000);
            double idle = server.process().rssMiB();
            List<RemoteFileClient> open = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                Progress.say("opening " + IDLE_CONNECTIONS + " idle TLS connections");
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < IDLE_CONNECTIONS; i++) {
                    done.add(pool.submit(() -> {
                        open.add(RemoteFileClient.connect(o));
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(300, TimeUnit.SECONDS);
                }
                Thread.sleep(2000);
                double loaded = server.process().rssMiB();
                Section.Table t = s.table("Server resident memory (VmRSS), our server on BoringSSL, default JVM "
                        + "heap settings", "state", "RSS MiB", "x idle");
                t.rows().add(List.of("idle (after one connection)", Stats.fmt(idle), "1.00x"));
                t.rows().add(List.of(IDLE_CONNECTIONS + " idle TLS connections (handshake + HELLO done)",
                        Stats.fmt(loaded), Stats.ratio(loaded / idle)));
                s.data.putObject("idleConnections").put("connections", IDLE_CONNECTIONS).put("idleRssMiB", idle)
                        .put("loadedRssMiB", loaded).put("perConnectionKiB", (loaded - idle) * 1024 / IDLE_CONNECTIONS);
                s.target("server RSS with " + IDLE_CONNECTIONS + " idle TLS connections", "<= 200 MB",
                        Stats.fmt(loaded) + " MiB (" + Stats.fmt((loaded - idle) * 1024 / IDLE_CONNECTIONS)
                                + " KiB per connection over idle)", loaded * 1.048576 <= 200);
            } finally {
                pool.shutdownNow();
                open.forEach(RemoteFileClient::close);
            }
        }
    }
}
