package com.synconfig.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.wire.FieldTest;
import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.OpenMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sections 2 and 3: a select returning every record of the bulk file, encrypted and in clear, against
 * {@code s_server -WWW} sending the same number of bytes and against the cipher's own speed; then selects of 1%
 * and 10% of the records (by key range, and by a field test that must still read every record) against the
 * full select.
 */
final class BulkBench {

    /** The ways the bulk bytes are moved. */
    private enum Path {
        OPENSSL("openssl s_server -WWW, TLS"), OURS_TLS("our select, TLS"), OURS_CLEAR("our select, clear"),
        OURS_TLS_COLD("our select, TLS, file not open before");

        final String label;

        Path(String label) {
            this.label = label;
        }
    }

    /** A select of part of the file. */
    private record Part(String label, double share, SelectFilter filter) {
    }

    private final BenchContext ctx;
    private final DataServers servers;

    BulkBench(BenchContext ctx, DataServers servers) {
        this.ctx = ctx;
        this.servers = servers;
    }

    List<Section> run() throws Exception {
        int n = servers.file().records();
        List<Part> parts = List.of(
                new Part("all", 1.0, SelectFilter.all()),
                new Part("10% by key range", 0.10, range(n / 10)),
                new Part("1% by key range", 0.01, range(n / 100)),
                new Part("10% by field test", 0.10, field("11:1=0")),
                new Part("1% by field test", 0.01, field("11:2=00")));
        JitWarmUp warm = JitWarmUp.run(servers.ours().process(), ctx.mode().warmupSeconds, () -> {
            selectAll(Path.OURS_TLS); // and the file cache; not measured
            selectAll(Path.OURS_CLEAR);
            for (Part part : parts) {
                selectOnly(part.filter());
            }
        });
        Progress.say("bulk transfer and select: our server warmed up in " + warm.text());
        HttpsFetch.get(servers.openssl().port(), "/bulk.bin");
        Map<Path, List<Sample>> bulk = new java.util.TreeMap<>(); // table rows in the enum's order
        Map<Part, List<Sample>> selects = new LinkedHashMap<>();
        CipherSpeed ceiling = new CipherSpeed(servers.suite().suite());
        for (int rep = 0; rep < ctx.mode().repetitions; rep++) {
            Progress.say("bulk transfer and select: repetition " + (rep + 1) + " of " + ctx.mode().repetitions);
            String cold = servers.file().freshCopy(rep);
            bulk.computeIfAbsent(Path.OURS_TLS_COLD, k -> new ArrayList<>())
                    .add(Sample.measure(servers.ours().process(), () -> servers.select(DataServers.TLS, cold, SelectFilter.all())));
            try (AutoCloseable held = servers.holdFilesOpen()) {
                for (Path p : List.of(Path.OPENSSL, Path.OURS_TLS, Path.OURS_CLEAR)) {
                    ChildProcess server = p == Path.OPENSSL ? servers.openssl().process() : servers.ours().process();
                    bulk.computeIfAbsent(p, k -> new ArrayList<>()).add(Sample.measure(server, () -> transfer(p)));
                }
                ceiling.measure();
                for (Part part : parts) {
                    selects.computeIfAbsent(part, k -> new ArrayList<>()).add(selectOnly(part.filter()));
                }
            }
        }
        return List.of(bulkSection(bulk, ceiling, warm), selectSection(selects));
    }

    private SelectFilter range(int count) {
        return new SelectFilter(0, BulkFile.key(0), BulkFile.key(count - 1), List.of());
    }

    private static SelectFilter field(String test) {
        return new SelectFilter(0, new byte[0], new byte[0], List.of(FieldTest.parse(test)));
    }

    private double transfer(Path p) throws Exception {
        return switch (p) {
            case OPENSSL -> HttpsFetch.get(servers.openssl().port(), "/bulk.bin").bodyBytes();
            case OURS_TLS -> selectAll(Path.OURS_TLS);
            case OURS_CLEAR -> selectAll(Path.OURS_CLEAR);
            case OURS_TLS_COLD -> throw new IllegalArgumentException("the cold select reads a fresh copy, see run()");
        };
    }

    private double selectAll(Path p) throws Exception {
        String service = p == Path.OURS_TLS ? DataServers.TLS : DataServers.CLEAR;
        return servers.select(service, servers.file().nameFor(service), SelectFilter.all());
    }

    /** Measures the select alone (connection, handshake and OPEN happen before, outside the measurement). */
    private Sample selectOnly(SelectFilter filter) throws Exception {
        AtomicLong bytes = new AtomicLong();
        try (RemoteFileClient c = RemoteFileClient.connect(servers.client(DataServers.TLS));
             RemoteFile f = c.open(servers.file().nameFor(DataServers.TLS), OpenMode.INPUT, "")) {
            return Sample.measure(servers.ours().process(), () -> {
                f.select(filter, r -> bytes.addAndGet(r.length));
                return bytes.get();
            });
        }
    }

    private Section bulkSection(Map<Path, List<Sample>> bulk, CipherSpeed ceiling, JitWarmUp warm) {
        Section s = new Section("bulk", "2. Bulk encrypted transfer");
        long bytes = servers.file().bytes();
        s.say("A select returning every record of an ISAM file of " + String.format("%,d", servers.file().records())
                + " records of 100 bytes (" + mb(bytes) + " MB of records; MB = 10^6 bytes) through our Java client "
                + "(the server streams frames of up to " + Frames.MAX_BATCH + " records and 512 KiB under flow control, no round "
                + "trip per frame), encrypted and in clear, vs "
                + "`openssl s_server -WWW` sending a file of the same " + mb(bytes) + " MB to a JDK TLS client (the "
                + "stack our client uses). Suite: " + servers.suite() + " on both TLS paths. *MB/CPU-s* divides by "
                + "the server process's CPU time. The ceiling is `openssl speed -evp " + ceiling.evp() + " -bytes "
                + "16384` (one core, CPU time), measured for one second in every repetition beside the transfers; "
                + "each transfer is divided by its own repetition's figure: no TLS server can move more bytes per "
                + "CPU-second than its cipher. "
                + "Another client holds the file open meanwhile, as on a busy server, except on the *file not open "
                + "before* row: a lone client selects a copy of the file the server has not opened before (made "
                + "before the measurement, so the operating system may hold its pages; the server holds none). Before "
                + "the measurements, unmeasured selects (all records, in clear and encrypted, and those of section 3) "
                + "ran until " + JitWarmUp.condition("our server") + ", for at most " + ctx.mode().warmupSeconds
                + " s: " + warm.text() + ".");
        warm.putInto(s.data.putObject("warmUp"));
        Section.Table t = s.table("Bulk transfer", "path", "MB/s", "x s_server", "MB per server CPU-s",
                "x s_server", "x cipher ceiling");
        List<Sample> ref = bulk.get(Path.OPENSSL);
        ArrayNode rows = s.data.putArray("rows");
        for (var e : bulk.entrySet()) {
            List<Sample> x = e.getValue();
            double cpuMb = Stats.median(x, Sample::perCpuSecond) / 1e6;
            t.rows().add(List.of(e.getKey().label, Stats.fmt(Stats.median(x, Sample::perSecond) / 1e6),
                    Stats.ratio(Stats.medianRatio(x, ref, Sample::perSecond)), Stats.fmt(cpuMb),
                    Stats.ratio(Stats.medianRatio(x, ref, Sample::perCpuSecond)),
                    Stats.ratio(ceiling.medianShare(x))));
            ObjectNode row = rows.addObject().put("path", e.getKey().name().toLowerCase(Locale.ROOT))
                    .put("megabytesPerSecond", Stats.median(x, Sample::perSecond) / 1e6)
                    .put("megabytesPerServerCpuSecond", cpuMb)
                    .put("ratioPerSecondVsOpenssl", Stats.medianRatio(x, ref, Sample::perSecond))
                    .put("ratioPerCpuSecondVsOpenssl", Stats.medianRatio(x, ref, Sample::perCpuSecond))
                    .put("ratioPerCpuSecondVsCipher", ceiling.medianShare(x));
            repetitions(row, x);
        }
        t.rows().add(List.of("cipher ceiling: " + ceiling.evp(), "", "", Stats.fmt(ceiling.megabytesPerSecond()), "",
                "1.00x"));
        s.data.put("bytes", bytes).put("records", servers.file().records()).put("suite", servers.suite().suite())
                .put("cipher", ceiling.evp()).put("cipherMegabytesPerCpuSecond", ceiling.megabytesPerSecond());
        double vsOpenssl = Stats.medianRatio(bulk.get(Path.OURS_TLS), ref, Sample::perCpuSecond);
        double vsClear = Stats.medianRatio(bulk.get(Path.OURS_TLS), bulk.get(Path.OURS_CLEAR), Sample::perCpuSecond);
        double vsClearWall = Stats.medianRatio(bulk.get(Path.OURS_TLS), bulk.get(Path.OURS_CLEAR), Sample::perSecond);
        double vsCeiling = ceiling.medianShare(bulk.get(Path.OURS_TLS));
        double coldVsWarm = Stats.medianRatio(bulk.get(Path.OURS_TLS), bulk.get(Path.OURS_TLS_COLD), Sample::perSecond);
        s.target("encrypted bulk select, MB per server CPU-second vs s_server", ">= 1.0x", Stats.ratio(vsOpenssl),
                vsOpenssl >= 1.0);
        s.target("encrypted bulk select, MB per server CPU-second vs the " + ceiling.evp() + " ceiling", ">= 0.25x",
                Stats.ratio(vsCeiling), vsCeiling >= 0.25);
        s.target("a lone client's first select (file not open before) vs a warm one, wall time", "<= 1.5x",
                Stats.ratio(coldVsWarm), coldVsWarm <= 1.5);
        s.target("encrypted bulk select vs our plain path (MB per server CPU-second; MB/s in brackets)", ">= 0.6x",
                Stats.ratio(vsClear) + " (" + Stats.ratio(vsClearWall) + ")", vsClear >= 0.6);
        return s;
    }

    private Section selectSection(Map<Part, List<Sample>> selects) {
        Section s = new Section("select", "3. Select pays for what it sends");
        s.say("Encrypted selects of part of the same file. A key range visits only the records it returns; a field "
                + "test (bytes 11-12 hold the record number modulo 100) still reads every record on the server but "
                + "sends only the matches. Cost = server CPU time and wall time of the select alone (the connection "
                + "and OPEN come first, unmeasured), each as a share of the full select's in the same repetition "
                + "(median).");
        Section.Table t = s.table("Select cost vs the full select", "select", "records sent", "server CPU-s",
                "CPU share of full", "wall s", "wall share of full");
        List<Sample> all = selects.values().iterator().next();
        ArrayNode rows = s.data.putArray("rows");
        for (var e : selects.entrySet()) {
            List<Sample> x = e.getValue();
            double cpuShare = Stats.medianRatio(x, all, Sample::serverCpuSeconds);
            double wallShare = Stats.medianRatio(x, all, Sample::wallSeconds);
            t.rows().add(List.of(e.getKey().label(), String.format("%,d", Math.round(x.get(0).units()
                            / BulkFile.RECORD_SIZE)), Stats.fmt(Stats.median(x, Sample::serverCpuSeconds)),
                    percent(cpuShare), Stats.fmt(Stats.median(x, Sample::wallSeconds)), percent(wallShare)));
            ObjectNode row = rows.addObject().put("select", e.getKey().label()).put("share", e.getKey().share())
                    .put("cpuShareOfFull", cpuShare).put("wallShareOfFull", wallShare);
            repetitions(row, x);
            if (e.getKey().share() == 0.01) {
                s.target("1% select (" + e.getKey().label() + ") costs vs the full read (server CPU; wall)", "<= 5%",
                        percent(cpuShare) + "; " + percent(wallShare), cpuShare <= 0.05);
            }
        }
        return s;
    }

    private static void repetitions(ObjectNode row, List<Sample> x) {
        ArrayNode reps = row.putArray("repetitions");
        x.forEach(r -> reps.addObject().put("units", r.units()).put("wallSeconds", r.wallSeconds())
                .put("serverCpuSeconds", r.serverCpuSeconds()));
    }

    private static String percent(double share) {
        return String.format("%.1f%%", 100 * share);
    }

    private static String mb(long bytes) {
        return Stats.fmt(bytes / 1e6);
    }
}
