package com.synconfig.bench;

import com.synconfig.server.tls.JdkTlsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The benchmark harness (started by {@code bench/run.sh}): runs every benchmark, then writes
 * {@code docs/benchmarks.md} and {@code bench/results/latest.json}.
 * Arguments: {@code --quick|--full} [{@code --only handshakes,data,footprint}] and the paths
 * {@code --repo DIR} (the checkout) and {@code --app-jar FILE} (the program, for the CLI timing).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        JdkTlsSettings.apply(); // as the program's launcher does, before any TLS work
        List<String> a = Arrays.asList(args);
        BenchContext.Mode mode = a.contains("--full") ? BenchContext.Mode.FULL : BenchContext.Mode.QUICK;
        Path repo = Paths.get(value(a, "--repo", ".")).toAbsolutePath().normalize();
        Path appJar = Paths.get(value(a, "--app-jar", repo.resolve("app-ui/target/synconfig.jar").toString()));
        List<String> only = Arrays.asList(value(a, "--only", "handshakes,data,footprint").split(","));
        Path work = repo.resolve("bench/target/work");
        deleteTree(work);
        Files.createDirectories(work);

        long start = System.nanoTime();
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> machine = Machine.describe();
        Progress.say(mode.id() + " run on " + machine.get("nproc") + " CPUs, load " + machine.get("load average at start"));
        BenchContext ctx = BenchContext.create(mode, work);

        List<Section> sections = new ArrayList<>();
        if (only.contains("handshakes")) {
            sections.add(guarded("handshakes", "1. Handshakes per second", () -> List.of(new HandshakeBench(ctx).run())));
        }
        if (only.contains("data")) {
            sections.addAll(guardedAll("data", "2-5. Data transfer and stores", () -> {
                try (DataServers servers = DataServers.start(ctx)) {
                    List<Section> s = new ArrayList<>(new BulkBench(ctx, servers).run());
                    s.add(new KeyedReadBench(ctx, servers).run());
                    s.add(new StoreBench(ctx, servers).run());
                    return s;
                }
            }));
        }
        if (only.contains("footprint")) {
            sections.add(guarded("footprint", "6. Start-up and footprint",
                    () -> List.of(new FootprintBench(ctx, repo, appJar).run())));
        }
        machine.put("load average at end", Machine.loadAverage());
        double minutes = (System.nanoTime() - start) / 60e9;
        Report report = new Report(mode.id(), date, machine, sections, minutes);
        report.writeJson(repo.resolve("bench/results/latest.json"));
        Files.writeString(repo.resolve("docs/benchmarks.md"), report.markdown(
                Files.readString(repo.resolve("bench/report/preamble.md")),
                Files.readString(repo.resolve("bench/report/findings.md"))));
        Progress.say(String.format("done in %.1f minutes: docs/benchmarks.md, bench/results/latest.json", minutes));
    }

    @FunctionalInterface
    private interface Part {
        List<Section> run() throws Exception;
    }

    private static Section guarded(String id, String title, Part part) {
        return guardedAll(id, title, part).get(0);
    }

    /** A benchmark that fails is reported as failed (with why), and the others still run. */
    private static List<Section> guardedAll(String id, String title, Part part) {
        try {
            return part.run();
        } catch (Exception e) {
            Progress.say(id + " failed: " + e);
            e.printStackTrace();
            Section s = new Section(id, title);
            s.say("**Not measured in this run**: " + e);
            s.data.put("error", e.toString());
            return List.of(s);
        }
    }

    private static String value(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
