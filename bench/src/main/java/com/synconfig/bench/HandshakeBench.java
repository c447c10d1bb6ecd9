package com.synconfig.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handshakes per second, new sessions and resumed, with two clients that send no request our protocol rejects:
 * {@code openssl s_time} without {@code -www} (a handshake, then close) and {@link RequestReplyClient} (a handshake,
 * one request and its answer: HELLO and HELLO_OK to our server; to {@code openssl s_server -rev} and to the bare
 * libraries a line of the same length, which comes back reversed or echoed). The servers: s_server with the same
 * certificate and the suite our server picks, our server on BoringSSL (and on the JDK engine in the full run), and
 * the bare libraries ({@link BareNettyServerMain}: Netty and BoringSSL with our TLS context and transport, none of
 * our per-connection code), which shows what the libraries themselves allow.
 */
final class HandshakeBench {

    private static final Pattern CONNECTIONS = Pattern.compile("(\\d+) connections in [\\d.]+s");
    enum Target {
        OPENSSL("openssl s_server", "s_server"), BORINGSSL("ours, BoringSSL", "ours"),
        BARE("Netty + BoringSSL, bare", "bare"), JDK("ours, JDK", "JDK");

        final String label;
        final String shortLabel;

        Target(String label, String shortLabel) {
            this.label = label;
            this.shortLabel = shortLabel;
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

    /** What the client does on each connection. */
    enum Client {
        HANDSHAKE("handshake, close (s_time)"), REQUEST("handshake, HELLO / a line, answer, close");

        final String label;

        Client(String label) {
            this.label = label;
        }
    }

    /** One row of the table. */
    record Cell(Tls.Protocol protocol, Certificates.Cert cert, Client client, Session session) {
    }

    private record Run(Sample sample, double resumedShare) {
    }

    private final BenchContext ctx;
    private final List<Target> targets;
    private final byte[] helloFrame;

    HandshakeBench(BenchContext ctx) {
        this.ctx = ctx;
        this.targets = ctx.mode() == BenchContext.Mode.QUICK ? List.of(Target.OPENSSL, Target.BORINGSSL, Target.BARE)
                : List.of(Target.values());
        byte[] hello = new Request.Hello(Frames.MAGIC, Frames.VERSION).encode();
        this.helloFrame = ByteBuffer.allocate(Frames.LENGTH_FIELD + hello.length).putInt(hello.length).put(hello)
                .array();
    }

    /** The servers of one run and where each target listens. */
    private final class Servers implements AutoCloseable {
        final Map<Target, OurServer> jvms = new EnumMap<>(Target.class);
        final Map<Certificates.Cert, OpenSslServer> opensslHandshake = new LinkedHashMap<>();
        final Map<Certificates.Cert, OpenSslServer> opensslRequest = new LinkedHashMap<>();
        final Map<Certificates.Cert, Map<Tls.Protocol, Tls.Negotiated>> chosen = new LinkedHashMap<>();

        ChildProcess process(Target t, Cell cell) {
            return t == Target.OPENSSL ? openssl(cell).process() : jvms.get(t).process();
        }

        int port(Target t, Cell cell) {
            return t == Target.OPENSSL ? openssl(cell).port() : jvms.get(t).port(cell.cert().kind().name());
        }

        private OpenSslServer openssl(Cell cell) {
            return (cell.client() == Client.HANDSHAKE ? opensslHandshake : opensslRequest).get(cell.cert());
        }

        @Override
        public void close() {
            opensslHandshake.values().forEach(OpenSslServer::close);
            opensslRequest.values().forEach(OpenSslServer::close);
            jvms.values().forEach(OurServer::close);
        }
    }

    Section run() throws Exception {
        Section section = new Section("handshakes", "1. Handshakes per second");
        List<Certificates.Cert> certs = ctx.certificates().all();
        Map<String, String> services = new LinkedHashMap<>();
        certs.forEach(c -> services.put(c.kind().name(), c.servicePem().toString()));
        Path data = Files.createDirectories(ctx.work().resolve("hs-data"));
        try (Servers servers = new Servers()) {
            Map<Target, CompletableFuture<OurServer>> starting = new EnumMap<>(Target.class);
            for (Target t : targets) { // the JVMs start at once
                if (t != Target.OPENSSL) {
                    starting.put(t, CompletableFuture.supplyAsync(() -> startJvm(t, data, services)));
                }
            }
            for (var e : starting.entrySet()) {
                servers.jvms.put(e.getKey(), e.getValue().get(180, TimeUnit.SECONDS));
            }
            for (Certificates.Cert c : certs) {
                int port = servers.jvms.get(Target.BORINGSSL).port(c.kind().name());
                Map<Tls.Protocol, Tls.Negotiated> n = new EnumMap<>(Tls.Protocol.class);
                for (Tls.Protocol p : Tls.Protocol.values()) {
                    n.put(p, Tls.probe(port, p));
                }
                servers.chosen.put(c, n);
                List<String> sameSuites = List.of("-ciphersuites", n.get(Tls.Protocol.TLS13).suite(),
                        "-cipher", n.get(Tls.Protocol.TLS12).suite());
                String name = c.kind().name();
                servers.opensslHandshake.put(c, OpenSslServer.start(ctx, "hs-s_server-" + name, c,
                        Files.createDirectories(ctx.work().resolve("www")), sameSuites));
                servers.opensslRequest.put(c, OpenSslServer.startReversing(ctx, "hs-s_server-rev-" + name, c,
                        sameSuites));
            }
            measure(section, certs, servers);
        }
        return section;
    }

    private OurServer startJvm(Target t, Path data, Map<String, String> services) {
        try {
            return switch (t) {
                case BORINGSSL -> OurServer.start(ctx, "hs-boringssl", OurServer.Engine.BORINGSSL, data, services);
                case JDK -> OurServer.start(ctx, "hs-jdk", OurServer.Engine.JDK, data, services);
                case BARE -> OurServer.startBare(ctx, "hs-bare", services);
                case OPENSSL -> throw new IllegalArgumentException("s_server is not a JVM");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Cell> cells(List<Certificates.Cert> certs) {
        List<Cell> cells = new ArrayList<>();
        for (Tls.Protocol p : Tls.Protocol.values()) {
            if (p == Tls.Protocol.TLS12 && ctx.mode() == BenchContext.Mode.QUICK) {
                continue;
            }
            for (Certificates.Cert c : certs) {
                cells.add(new Cell(p, c, Client.HANDSHAKE, Session.NEW));
                if (p == Tls.Protocol.TLS12) { // s_time resumes TLS 1.2 sessions; TLS 1.3 tickets need a request
                    cells.add(new Cell(p, c, Client.HANDSHAKE, Session.RESUMED));
                } else {
                    cells.add(new Cell(p, c, Client.REQUEST, Session.NEW));
                    cells.add(new Cell(p, c, Client.REQUEST, Session.RESUMED));
                }
            }
        }
        return cells;
    }

    private void measure(Section section, List<Certificates.Cert> certs, Servers servers) throws Exception {
        List<Cell> cells = cells(certs);
        Map<Target, JitWarmUp> warmUps = new EnumMap<>(Target.class);
        for (Target t : targets) { // unmeasured: the JIT compiles the handshake path, the session caches fill
            warmUps.put(t, warmUp(t, cells, servers));
        }
        Map<Cell, Map<Target, List<Run>>> runs = new LinkedHashMap<>();
        for (int rep = 0; rep < ctx.mode().repetitions; rep++) {
            Progress.say("handshakes: repetition " + (rep + 1) + " of " + ctx.mode().repetitions);
            for (Cell cell : cells) {
                for (Target t : targets) { // interleaved, so drift in the machine's load hits all alike
                    runs.computeIfAbsent(cell, k -> new EnumMap<>(Target.class))
                            .computeIfAbsent(t, k -> new ArrayList<>())
                            .add(runOnce(t, cell, servers, ctx.mode().handshakeSeconds));
                }
            }
        }
        report(section, runs, servers.chosen, warmUps);
    }

    /**
     * Handshakes on every cell, round after round, until the JIT compilers are nearly idle (a long-running server
     * pays its warm-up once) or the mode's time is up; s_server, compiled ahead of time, gets one round.
     */
    private JitWarmUp warmUp(Target t, List<Cell> cells, Servers servers) throws Exception {
        JitWarmUp w = JitWarmUp.run(servers.process(t, cells.get(0)),
                t == Target.OPENSSL ? 0 : ctx.mode().warmupSeconds, () -> {
                    for (Cell cell : cells) {
                        runOnce(t, cell, servers, 1);
                    }
                });
        Progress.say("handshakes: " + t.label + " warmed up in " + w.text());
        return w;
    }

    private Run runOnce(Target t, Cell cell, Servers servers, double seconds) throws Exception {
        int port = servers.port(t, cell);
        double[] resumed = new double[1];
        if (cell.client() == Client.HANDSHAKE) {
            Sample s = Sample.measure(servers.process(t, cell), () -> {
                String out = sTime(port, cell.protocol(), cell.session(), (int) Math.ceil(seconds));
                resumed[0] = resumedShare(out);
                return connections(out);
            });
            return new Run(s, resumed[0]);
        }
        // the client's TLS context and event loop are made and shut down outside the measured time
        try (RequestReplyClient client = new RequestReplyClient(cell.protocol())) {
            Sample s = Sample.measure(servers.process(t, cell), () -> {
                RequestReplyClient.Result r = client.run(port, exchange(t), cell.session(), seconds);
                resumed[0] = r.resumedShare();
                return r.connections();
            });
            return new Run(s, resumed[0]);
        }
    }

    /** HELLO to our server; to the others a line of the same length, which they send back reversed or echoed. */
    private RequestReplyClient.Exchange exchange(Target t) {
        if (t == Target.BORINGSSL || t == Target.JDK) {
            return RequestReplyClient.Exchange.framed(helloFrame);
        }
        byte[] line = new byte[helloFrame.length];
        Arrays.fill(line, (byte) 'x');
        line[line.length - 1] = '\n';
        return RequestReplyClient.Exchange.echoed(line);
    }

    private String sTime(int port, Tls.Protocol protocol, Session session, int seconds) {
        Commands.Result r = Commands.run(List.of("openssl", "s_time", "-connect", "127.0.0.1:" + port,
                session.flag, protocol.opensslFlag, "-time", Integer.toString(seconds)), ctx.work(), seconds + 60L);
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
                        Map<Certificates.Cert, Map<Tls.Protocol, Tls.Negotiated>> chosen, Map<Target, JitWarmUp> warmUps) {
        section.say("Clients: *handshake, close* is `openssl s_time -new|-reuse -tls1_3|-tls1_2 -time "
                + ctx.mode().handshakeSeconds + "` without `-www` (no request: a request would be HTTP, which our "
                + "protocol rejects; s_time resumes TLS 1.2 sessions only, as TLS 1.3 tickets arrive after the "
                + "handshake). *handshake, HELLO / a line, answer, close* is the harness's own client on "
                + "BoringSSL: one connection after another, each a handshake (new, or resuming the last session), "
                + "one request of " + helloFrame.length + " bytes and its whole answer: HELLO and HELLO_OK to our "
                + "server; to `openssl s_server -rev` a line of " + helloFrame.length + " bytes, which comes back "
                + "reversed; to the bare libraries the same line, echoed. s_server is forced to the suite our "
                + "server chose (shown). *bare* is Netty + BoringSSL with our server's TLS context and transport "
                + "and nothing else per connection (`BareNettyServerMain`): the libraries' own ceiling.");
        section.say("*hs/s* is handshakes per wall-clock second (client and server share the machine); *hs/CPU-s* "
                + "is handshakes per second of the server process's own CPU time (utime+stime from /proc), the "
                + "fairer figure on a shared machine. Ratios (x) are the server's / s_server's, the median of the "
                + "per-repetition ratios; " + ctx.mode().repetitions + " repetitions, interleaved. Before them, each "
                + "JVM server handled handshakes on every row until " + JitWarmUp.condition("the server")
                + ", for at most " + ctx.mode().warmupSeconds + " s: " + warmUpText(warmUps) + ".");
        List<String> headers = new ArrayList<>(List.of("protocol", "certificate", "client", "session",
                "suite / group"));
        targets.forEach(t -> headers.add(t.shortLabel + " hs/s"));
        targets.forEach(t -> headers.add(t.shortLabel + " hs/CPU-s"));
        headers.add("resumed (" + String.join("/", targets.stream().map(t -> t.shortLabel).toList()) + ")");
        Section.Table table = section.table("Handshakes: s_server, our server and the bare libraries",
                headers.toArray(String[]::new));
        section.data.putObject("warmUp").setAll(warmUpJson(warmUps));
        ArrayNode rows = section.data.putArray("rows");
        Map<Cell, Double> cpuRatio = new LinkedHashMap<>();
        for (var e : runs.entrySet()) {
            Cell cell = e.getKey();
            Map<Target, List<Run>> byTarget = e.getValue();
            List<Sample> ref = samples(byTarget.get(Target.OPENSSL));
            Tls.Negotiated n = chosen.get(cell.cert()).get(cell.protocol());
            List<String> row = new ArrayList<>(List.of(cell.protocol().label, cell.cert().kind().label,
                    cell.client().label, cell.session().label, n.toString()));
            for (Target t : targets) {
                row.add(figure(samples(byTarget.get(t)), ref, Sample::perSecond, t));
            }
            for (Target t : targets) {
                row.add(figure(samples(byTarget.get(t)), ref, Sample::perCpuSecond, t));
            }
            row.add(String.join("/", targets.stream().map(t -> resumed(byTarget.get(t))).toList()));
            table.rows().add(row);
            cpuRatio.put(cell, Stats.medianRatio(samples(byTarget.get(Target.BORINGSSL)), ref, Sample::perCpuSecond));
            rows.add(rowJson(cell, n, byTarget, ref));
        }
        target(section, cpuRatio, Client.HANDSHAKE, Session.NEW, 1.2,
                "new TLS 1.3 handshakes per server CPU-second, ours (BoringSSL) vs s_server (handshake, close)");
        target(section, cpuRatio, Client.REQUEST, Session.RESUMED, 1.0,
                "resumed TLS 1.3 handshakes per server CPU-second, ours (BoringSSL) vs s_server (with a request)");
    }

    private static String figure(List<Sample> s, List<Sample> ref, ToDoubleFunction<Sample> f,
                                 Target t) {
        String value = Stats.fmt(Stats.median(s, f));
        return t == Target.OPENSSL ? value : value + " (" + Stats.ratio(Stats.medianRatio(s, ref, f)) + ")";
    }

    private void target(Section section, Map<Cell, Double> cpuRatio, Client client, Session session, double goal,
                        String what) {
        List<String> measured = new ArrayList<>();
        boolean met = true;
        for (var e : cpuRatio.entrySet()) {
            Cell c = e.getKey();
            if (c.protocol() == Tls.Protocol.TLS13 && c.client() == client && c.session() == session) {
                measured.add(c.cert().kind().label + " " + Stats.ratio(e.getValue()));
                met &= e.getValue() >= goal;
            }
        }
        section.target(what, ">= " + Stats.ratio(goal), String.join(", ", measured), met && !measured.isEmpty());
    }

    private String warmUpText(Map<Target, JitWarmUp> warmUps) {
        List<String> parts = new ArrayList<>();
        warmUps.forEach((t, w) -> {
            if (t != Target.OPENSSL) {
                parts.add(t.shortLabel + " " + w.text());
            }
        });
        return String.join(", ", parts);
    }

    private static ObjectNode warmUpJson(Map<Target, JitWarmUp> warmUps) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        warmUps.forEach((t, w) -> w.putInto(o.putObject(t.name().toLowerCase(Locale.ROOT))));
        return o;
    }

    private ObjectNode rowJson(Cell cell, Tls.Negotiated n, Map<Target, List<Run>> byTarget, List<Sample> ref) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put("protocol", cell.protocol().label).put("certificate", cell.cert().kind().label)
                .put("client", cell.client().name().toLowerCase(Locale.ROOT)).put("session", cell.session().label)
                .put("suite", n.suite()).put("group", n.group());
        if (cell.client() == Client.REQUEST) {
            row.put("requestBytes", helloFrame.length);
        }
        for (Target tg : targets) {
            List<Sample> s = samples(byTarget.get(tg));
            ObjectNode o = row.putObject(tg.name().toLowerCase(Locale.ROOT));
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
        return row;
    }

    private static List<Sample> samples(List<Run> runs) {
        return runs.stream().map(Run::sample).toList();
    }

    private static String resumed(List<Run> runs) {
        return Math.round(100 * Stats.median(runs, Run::resumedShare)) + "%";
    }
}
