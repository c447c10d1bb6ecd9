package com.synconfig.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handshakes per second, new sessions and resumed: {@code openssl s_time} (the same client for every server)
 * against {@code openssl s_server} and against our server on BoringSSL and on the JDK engine, with the same
 * certificate and the suite our server picks forced on s_server. Each connection is a full handshake (or a
 * resumption), a one-line request and a short answer: s_server returns a small file, our server an error
 * frame (the request is HTTP, not our protocol), and both close. That request is what lets s_time see TLS 1.3
 * session tickets, which arrive after the handshake.
 */
final class HandshakeBench {

    private static final Pattern CONNECTIONS = Pattern.compile("(\\d+) connections in [\\d.]+s");

    enum Target {
        OPENSSL("openssl s_server"), BORINGSSL("ours, BoringSSL"), JDK("ours, JDK");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    enum Session {
        NEW("-new", "new"), RESUMED("-reuse", "resumed");

        final String flag;
        final String label;

        Session(String flag, String label) {
            this.flag = flag;
            this.label = label;
        }
    }

    /** One row of the table: protocol, certificate, new or resumed. */
    record Cell(Tls.Protocol protocol, Certificates.Cert cert, Session session) {
    }

    private record Run(Sample sample, double resumedShare) {
    }

    private final BenchContext ctx;

    HandshakeBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    Section run() throws Exception {
        Section section = new Section("handshakes", "1. Handshakes per second");
        Path docRoot = Files.createDirectories(ctx.work().resolve("www"));
        Files.writeString(docRoot.resolve("tiny.txt"), "ok\n");
        List<Certificates.Cert> certs = ctx.mode() == BenchContext.Mode.QUICK ? List.of(ctx.certificates().rsa())
                : ctx.certificates().all();
        Map<String, String> services = new LinkedHashMap<>();
        certs.forEach(c -> services.put(c.kind().name(), c.servicePem().toString()));
        Path data = Files.createDirectories(ctx.work().resolve("hs-data"));
        CompletableFuture<OurServer> jdkStarting = CompletableFuture.supplyAsync(() -> { // both JVMs start at once
            try {
                return OurServer.start(ctx, "hs-jdk", OurServer.Engine.JDK, data, services);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (OurServer boring = OurServer.start(ctx, "hs-boringssl", OurServer.Engine.BORINGSSL, data, services);
             OurServer jdk = jdkStarting.get(180, TimeUnit.SECONDS)) {
            Map<Certificates.Cert, OpenSslServer> openssl = new LinkedHashMap<>();
            Map<Certificates.Cert, Map<Tls.Protocol, Tls.Negotiated>> chosen = new LinkedHashMap<>();
            try {
                for (Certificates.Cert c : certs) {
                    int port = boring.port(c.kind().name());
                    Map<Tls.Protocol, Tls.Negotiated> n = new EnumMap<>(Tls.Protocol.class);
                    for (Tls.Protocol p : Tls.Protocol.values()) {
                        n.put(p, Tls.probe(port, p));
                    }
                    chosen.put(c, n);
                    openssl.put(c, OpenSslServer.start(ctx, "hs-s_server-" + c.kind().name(), c, docRoot,
                            List.of("-ciphersuites", n.get(Tls.Protocol.TLS13).suite(),
                                    "-cipher", n.get(Tls.Protocol.TLS12).suite())));
                }
                measure(section, certs, boring, jdk, openssl, chosen);
            } finally {
                openssl.values().forEach(OpenSslServer::close);
            }
        }
        return section;
    }

    private List<Cell> cells(List<Certificates.Cert> certs) {
        List<Cell> cells = new ArrayList<>();
        for (Tls.Protocol p : Tls.Protocol.values()) {
            for (Certificates.Cert c : certs) {
                for (Session s : Session.values()) {
                    boolean quickSkips = ctx.mode() == BenchContext.Mode.QUICK && p == Tls.Protocol.TLS12;
                    if (!quickSkips) {
                        cells.add(new Cell(p, c, s));
                    }
                }
            }
        }
        return cells;
    }

    private void measure(Section section, List<Certificates.Cert> certs, OurServer boring, OurServer jdk,
                         Map<Certificates.Cert, OpenSslServer> openssl,
                         Map<Certificates.Cert, Map<Tls.Protocol, Tls.Negotiated>> chosen) throws Exception {
        for (Certificates.Cert c : certs) { // warm-up: JIT and session caches, not measured
            for (Target t : Target.values()) {
                sTime(port(t, c, boring, jdk, openssl), Tls.Protocol.TLS13, Session.NEW,
                        ctx.mode().handshakeWarmupSeconds);
            }
        }
        List<Cell> cells = cells(certs);
        Map<Cell, Map<Target, List<Run>>> runs = new LinkedHashMap<>();
        for (int rep = 0; rep < ctx.mode().repetitions; rep++) {
            Progress.say("handshakes: repetition " + (rep + 1) + " of " + ctx.mode().repetitions);
            for (Cell cell : cells) {
                for (Target t : Target.values()) { // interleaved, so drift in the machine's load hits all alike
                    ChildProcess server = t == Target.OPENSSL ? openssl.get(cell.cert()).process()
                            : (t == Target.BORINGSSL ? boring : jdk).process();
                    int port = port(t, cell.cert(), boring, jdk, openssl);
                    double[] resumed = new double[1];
                    Sample s = Sample.measure(server, () -> {
                        String out = sTime(port, cell.protocol(), cell.session(), ctx.mode().handshakeSeconds);
                        resumed[0] = resumedShare(out);
                        return connections(out);
                    });
                    runs.computeIfAbsent(cell, k -> new EnumMap<>(Target.class))
                            .computeIfAbsent(t, k -> new ArrayList<>()).add(new Run(s, resumed[0]));
                }
            }
        }
        report(section, runs, chosen);
    }

    private static int port(Target t, Certificates.Cert c, OurServer boring, OurServer jdk,
                            Map<Certificates.Cert, OpenSslServer> openssl) {
        return switch (t) {
            case OPENSSL -> openssl.get(c).port();
            case BORINGSSL -> boring.port(c.kind().name());
            case JDK -> jdk.port(c.kind().name());
        };
    }

    private String sTime(int port, Tls.Protocol protocol, Session session, int seconds) {
        Commands.Result r = Commands.run(List.of("openssl", "s_time", "-connect", "127.0.0.1:" + port,
                session.flag, protocol.opensslFlag, "-time", Integer.toString(seconds), "-www", "/tiny.txt"),
                ctx.work(), seconds + 60L);
        if (!CONNECTIONS.matcher(r.output()).find()) {
            throw new IllegalStateException("openssl s_time against port " + port + " failed: " + r.output());
        }
        return r.output();
    }

    private static double connections(String sTimeOutput) {
        Matcher m = CONNECTIONS.matcher(sTimeOutput);
        m.find();
        return Long.parseLong(m.group(1));
    }

    /** s_time prints {@code r} for each resumed connection and {@code *} for each new one. */
    private static double resumedShare(String sTimeOutput) {
        long reused = 0;
        long all = 0;
        for (String line : sTimeOutput.split("\n")) {
            if (line.matches("[*r]+")) {
                reused += line.chars().filter(ch -> ch == 'r').count();
                all += line.length();
            }
        }
        return all == 0 ? 0 : reused / (double) all;
    }

    private void report(Section section, Map<Cell, Map<Target, List<Run>>> runs,
                        Map<Certificates.Cert, Map<Tls.Protocol, Tls.Negotiated>> chosen) {
        section.say("Client: `openssl s_time -new|-reuse -tls1_3|-tls1_2 -time " + ctx.mode().handshakeSeconds
                + " -www /tiny.txt`, the same for every server. s_server is forced to the suite our server chose "
                + "(shown). *hs/s* is handshakes per wall-clock second (client and server share the machine); "
                + "*hs/CPU-s* is handshakes per second of the server process's own CPU time (utime+stime from "
                + "/proc), the fairer figure on a shared machine. Ratios (x) are ours / s_server, the median of the "
                + "per-repetition ratios; " + ctx.mode().repetitions + " repetitions, interleaved, after "
                + ctx.mode().handshakeWarmupSeconds + " s of unmeasured handshakes per server and certificate.");
        Section.Table t = section.table("Handshakes: s_server vs our server (BoringSSL and JDK engines)",
                "protocol", "certificate", "session", "suite / group", "s_server hs/s", "BoringSSL hs/s",
                "JDK hs/s", "s_server hs/CPU-s", "BoringSSL hs/CPU-s", "JDK hs/CPU-s", "resumed (s_server/B/J)");
        ArrayNode rows = section.data.putArray("rows");
        int met = 0;
        for (var e : runs.entrySet()) {
            Cell cell = e.getKey();
            Map<Target, List<Run>> byTarget = e.getValue();
            List<Sample> ref = samples(byTarget.get(Target.OPENSSL));
            List<Sample> b = samples(byTarget.get(Target.BORINGSSL));
            List<Sample> j = samples(byTarget.get(Target.JDK));
            double wallRatioB = Stats.medianRatio(b, ref, Sample::perSecond);
            double cpuRatioB = Stats.medianRatio(b, ref, Sample::perCpuSecond);
            if (wallRatioB >= 1.0) {
                met++;
            }
            Tls.Negotiated n = chosen.get(cell.cert()).get(cell.protocol());
            t.rows().add(List.of(cell.protocol().label, cell.cert().kind().label, cell.session().label, n.toString(),
                    Stats.fmt(Stats.median(ref, Sample::perSecond)),
                    Stats.fmt(Stats.median(b, Sample::perSecond)) + " (" + Stats.ratio(wallRatioB) + ")",
                    Stats.fmt(Stats.median(j, Sample::perSecond)) + " ("
                            + Stats.ratio(Stats.medianRatio(j, ref, Sample::perSecond)) + ")",
                    Stats.fmt(Stats.median(ref, Sample::perCpuSecond)),
                    Stats.fmt(Stats.median(b, Sample::perCpuSecond)) + " (" + Stats.ratio(cpuRatioB) + ")",
                    Stats.fmt(Stats.median(j, Sample::perCpuSecond)) + " ("
                            + Stats.ratio(Stats.medianRatio(j, ref, Sample::perCpuSecond)) + ")",
                    resumed(byTarget.get(Target.OPENSSL)) + "/" + resumed(byTarget.get(Target.BORINGSSL)) + "/"
                            + resumed(byTarget.get(Target.JDK))));
            ObjectNode row = rows.addObject();
            row.put("protocol", cell.protocol().label).put("certificate", cell.cert().kind().label)
                    .put("session", cell.session().label).put("suite", n.suite()).put("group", n.group());
            for (Target tg : Target.values()) {
                List<Sample> s = samples(byTarget.get(tg));
                ObjectNode o = row.putObject(tg.name().toLowerCase(java.util.Locale.ROOT));
                o.put("handshakesPerSecond", Stats.median(s, Sample::perSecond));
                o.put("handshakesPerCpuSecond", Stats.median(s, Sample::perCpuSecond));
                o.put("resumedShare", Stats.median(byTarget.get(tg), Run::resumedShare));
                if (tg != Target.OPENSSL) {
                    o.put("ratioPerSecond", Stats.medianRatio(s, ref, Sample::perSecond));
                    o.put("ratioPerCpuSecond", Stats.medianRatio(s, ref, Sample::perCpuSecond));
                }
                ArrayNode reps = o.putArray("repetitions");
                s.forEach(x -> reps.addObject().put("handshakes", x.units()).put("wallSeconds", x.wallSeconds())
                        .put("serverCpuSeconds", x.serverCpuSeconds()));
            }
        }
        section.target("handshakes/s, our server (BoringSSL) vs s_server, same certificate and protocol", ">= 1.0x",
                met + " of " + runs.size() + " cells at or above 1.0x (see table)", met == runs.size());
    }

    private static List<Sample> samples(List<Run> runs) {
        return runs.stream().map(Run::sample).toList();
    }

    private static String resumed(List<Run> runs) {
        return Math.round(100 * Stats.median(runs, Run::resumedShare)) + "%";
    }
}
