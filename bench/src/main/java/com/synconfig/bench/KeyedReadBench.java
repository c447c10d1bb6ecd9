package com.synconfig.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.synconfig.server.wire.OpenMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Section 4: keyed READs (exact primary key, random records of the bulk file, input mode so no locks) per
 * second, with one client and with 50 clients each on its own connection, encrypted vs clear.
 */
final class KeyedReadBench {

    private static final int[] CLIENTS = {1, 50};

    /** One measured combination. */
    private record Case(int clients, String service) {
    }

    private final BenchContext ctx;
    private final DataServers servers;

    KeyedReadBench(BenchContext ctx, DataServers servers) {
        this.ctx = ctx;
        this.servers = servers;
    }

    Section run() throws Exception {
        try (AutoCloseable held = servers.holdFilesOpen()) {
            return measure();
        }
    }

    private Section measure() throws Exception {
        Map<Case, List<Sample>> results = new LinkedHashMap<>();
        JitWarmUp warm = JitWarmUp.run(servers.ours().process(), ctx.mode().warmupSeconds, () -> {
            for (int clients : CLIENTS) {
                for (String service : List.of(DataServers.TLS, DataServers.CLEAR)) {
                    reads(clients, service, ctx.mode().warmupMillis / 1000.0); // not measured
                }
            }
        });
        Progress.say("keyed reads: our server warmed up in " + warm.text());
        for (int rep = 0; rep < ctx.mode().repetitions; rep++) {
            Progress.say("keyed reads: repetition " + (rep + 1) + " of " + ctx.mode().repetitions);
            for (int clients : CLIENTS) {
                for (String service : List.of(DataServers.TLS, DataServers.CLEAR)) {
                    results.computeIfAbsent(new Case(clients, service), k -> new ArrayList<>())
                            .add(reads(clients, service, ctx.mode().readSeconds));
                }
            }
        }
        return report(results, warm);
    }

    /** Connects {@code clients} clients, then lets them all read for {@code seconds}; measures that part only. */
    private Sample reads(int clients, String service, double seconds) throws Exception {
        int records = servers.file().records();
        return ClientLoad.measure(servers.ours().process(), servers.client(service), servers.file().nameFor(service),
                OpenMode.INPUT, clients, seconds, (i, f) -> {
                    SplittableRandom random = new SplittableRandom(i);
                    return () -> f.read(BulkFile.key(random.nextInt(records)));
                });
    }

    private Section report(Map<Case, List<Sample>> results, JitWarmUp warm) {
        Section s = new Section("reads", "4. Record round trips: keyed reads");
        s.say("Each client has its own connection and one input channel and READs random records by their full "
                + "primary key, one request at a time, for " + ctx.mode().readSeconds + " s; client threads and the "
                + "server share the machine. *x clear* is encrypted / clear in the same repetition (median). Before "
                + "the measurements, unmeasured reads (every row, " + ctx.mode().warmupMillis + " ms each) ran until "
                + JitWarmUp.condition("our server") + ", for at most " + ctx.mode().warmupSeconds + " s: "
                + warm.text() + ".");
        warm.putInto(s.data.putObject("warmUp"));
        Section.Table t = s.table("Keyed reads", "clients", "encrypted reads/s", "clear reads/s", "x clear",
                "encrypted reads/CPU-s", "clear reads/CPU-s", "x clear (CPU)");
        ArrayNode rows = s.data.putArray("rows");
        for (int clients : CLIENTS) {
            List<Sample> tls = results.get(new Case(clients, DataServers.TLS));
            List<Sample> clear = results.get(new Case(clients, DataServers.CLEAR));
            t.rows().add(List.of(Integer.toString(clients), Stats.fmt(Stats.median(tls, Sample::perSecond)),
                    Stats.fmt(Stats.median(clear, Sample::perSecond)),
                    Stats.ratio(Stats.medianRatio(tls, clear, Sample::perSecond)),
                    Stats.fmt(Stats.median(tls, Sample::perCpuSecond)),
                    Stats.fmt(Stats.median(clear, Sample::perCpuSecond)),
                    Stats.ratio(Stats.medianRatio(tls, clear, Sample::perCpuSecond))));
            rows.addObject().put("clients", clients)
                    .put("encryptedReadsPerSecond", Stats.median(tls, Sample::perSecond))
                    .put("clearReadsPerSecond", Stats.median(clear, Sample::perSecond))
                    .put("ratioPerSecond", Stats.medianRatio(tls, clear, Sample::perSecond))
                    .put("encryptedReadsPerCpuSecond", Stats.median(tls, Sample::perCpuSecond))
                    .put("clearReadsPerCpuSecond", Stats.median(clear, Sample::perCpuSecond))
                    .put("ratioPerCpuSecond", Stats.medianRatio(tls, clear, Sample::perCpuSecond));
        }
        return s;
    }
}
