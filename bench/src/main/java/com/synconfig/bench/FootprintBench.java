package com.synconfig.bench;

import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFileClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Section 5: how long the command line takes to answer {@code service list} (against {@code java -version},
 * the floor of any Java program), whether the GUI's first window can be timed, and the server's resident memory
 * with 1,000 idle TLS connections against its idle size.
 */
final class FootprintBench {

    private static final int IDLE_CONNECTIONS = 1_000;

    private final BenchContext ctx;
    private final Path appJar;

    FootprintBench(BenchContext ctx, Path appJar) {
        this.ctx = ctx;
        this.appJar = appJar;
    }

    Section run() throws Exception {
        Section s = new Section("footprint", "5. Start-up and footprint");
        cli(s);
        idleConnections(s);
        return s;
    }

    private void cli(Section s) throws Exception {
        int reps = ctx.mode().repetitions * 2 + 1;
        Path home = Files.createDirectories(ctx.work().resolve("cli-home"));
        List<String> serviceList = List.of(ctx.java(), "-Dsynconfig.home=" + home, "-jar", appJar.toString(),
                "service", "list");
        if (!Files.isRegularFile(appJar)) {
            s.say("CLI: not measured: " + appJar + " is missing (bench/run.sh builds it).");
            return;
        }
        Commands.Result probe = Commands.run(serviceList, ctx.work(), 120);
        if (probe.exitCode() != 0) {
            s.say("CLI `service list`: not measured: this build answers with exit code " + probe.exitCode() + ": `"
                    + probe.output().lines().findFirst().orElse("").trim() + "`.");
            s.data.put("cliServiceList", "unavailable: exit " + probe.exitCode());
            return;
        }
        double[] cli = new double[reps];
        double[] ref = new double[reps];
        double[] ratio = new double[reps];
        for (int i = 0; i < reps; i++) {
            ref[i] = Commands.run(List.of(ctx.java(), "-version"), ctx.work(), 120).seconds();
            cli[i] = Commands.run(serviceList, ctx.work(), 120).seconds();
            ratio[i] = cli[i] / ref[i];
        }
        Section.Table t = s.table("Command line wall time (" + reps + " runs each, interleaved, median)", "command",
                "wall s", "x java -version");
        t.rows().add(List.of("`java -version`", Stats.fmt(Stats.median(ref)), "1.00x"));
        t.rows().add(List.of("`java -jar synconfig.jar service list`", Stats.fmt(Stats.median(cli)),
                Stats.ratio(Stats.median(ratio))));
        s.data.putObject("cli").put("serviceListSeconds", Stats.median(cli))
                .put("javaVersionSeconds", Stats.median(ref)).put("ratio", Stats.median(ratio));
        s.target("CLI `service list` wall time", "<= 0.4 s", Stats.fmt(Stats.median(cli)) + " s ("
                + Stats.ratio(Stats.median(ratio)) + " `java -version`)", Stats.median(cli) <= 0.4);
    }

    private void idleConnections(Section s) throws Exception {
        Path data = Files.createDirectories(ctx.work().resolve("idle-data"));
        try (OurServer server = OurServer.start(ctx, "idle-boringssl", OurServer.Engine.BORINGSSL, data,
                Map.of(DataServers.TLS, ctx.certificates().rsa().servicePem().toString()))) {
            ClientOptions o = ClientOptions.of("127.0.0.1", server.port(DataServers.TLS)).encrypt(true);
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
