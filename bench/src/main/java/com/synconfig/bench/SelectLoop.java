package com.synconfig.bench;

import com.synconfig.server.tls.JdkTlsSettings;
import com.synconfig.server.wire.SelectFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A before/after measurement of the full encrypted select alone, for a change to the server: the data servers of
 * section 2 (1,000,000 records), one full select after another for {@code SECONDS}, another client holding the
 * file open; it prints the server's CPU time per select over the second half (the first half warms the JIT up).
 * Run it once per build, the builds taking turns, with {@code BENCH_SERVER_CLASSES} naming the build's server
 * classes:
 * <pre>
 *   BENCH_SERVER_CLASSES=DIR java -cp "bench/target/classes:bench/target/lib/*" com.synconfig.bench.SelectLoop 50
 * </pre>
 * (from the repository, after {@code ./mvnw -Pbench -pl bench -am package -DskipTests}).
 */
public final class SelectLoop {

    private SelectLoop() {
    }

    public static void main(String[] args) throws Exception {
        JdkTlsSettings.apply(); // as the program's launcher does, before any TLS work
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        Path work = Files.createDirectories(Path.of("bench/target/work").toAbsolutePath());
        BenchContext ctx = BenchContext.create(BenchContext.Mode.FULL, work);
        List<Double> cpu = new ArrayList<>();
        try (DataServers servers = DataServers.start(ctx); AutoCloseable held = servers.holdFilesOpen()) {
            String file = servers.file().nameFor(DataServers.TLS);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                cpu.add(Sample.measure(servers.ours().process(),
                        () -> servers.select(DataServers.TLS, file, SelectFilter.all())).serverCpuSeconds());
            }
        }
        List<Double> warm = new ArrayList<>(cpu.subList(cpu.size() / 2, cpu.size()));
        Collections.sort(warm);
        System.out.printf("server classes %s: %d warm selects, server CPU per select: median %.4f s, quartiles "
                        + "%.4f-%.4f s%n", System.getenv().getOrDefault("BENCH_SERVER_CLASSES", "(this build)"),
                warm.size(), warm.get(warm.size() / 2), warm.get(warm.size() / 4), warm.get(warm.size() * 3 / 4));
    }
}
