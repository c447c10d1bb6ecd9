package com.synconfig.bench;

import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.ServerTrust;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Our server ({@link BenchServerMain}) running in a child JVM on one TLS engine, with its services' ports; or, as
 * the libraries' ceiling, the bare Netty server ({@link BareNettyServerMain}).
 */
final class OurServer implements AutoCloseable {

    /** The engines the child can be told to use ({@code -Dsynconfig.tls.engine}). */
    enum Engine {
        BORINGSSL("boringssl"), JDK("jdk");

        final String property;

        Engine(String property) {
            this.property = property;
        }
    }

    private final ChildProcess process;
    private final Map<String, Integer> ports;

    private OurServer(ChildProcess process, Map<String, Integer> ports) {
        this.process = process;
        this.ports = ports;
    }

    /**
     * @param services service name to certificate PEM path, or to {@code "clear"}
     */
    static OurServer start(BenchContext ctx, String label, Engine engine, Path dataRoot, Map<String, String> services)
            throws IOException {
        List<String> args = new ArrayList<>(List.of(dataRoot.toString(),
                ctx.work().resolve(label + "-rsynd.log").toString()));
        services.forEach((name, cert) -> args.add(name + "=" + cert));
        return start(ctx, label, List.of("-D" + "synconfig.tls.engine=" + engine.property), BenchServerMain.class,
                args);
    }

    /**
     * Not ours: the bare libraries ({@link BareNettyServerMain}), with the same TLS context and transport.
     *
     * @param services service name to certificate PEM path
     */
    static OurServer startBare(BenchContext ctx, String label, Map<String, String> services) throws IOException {
        List<String> args = new ArrayList<>();
        services.forEach((name, cert) -> args.add(name + "=" + cert));
        return start(ctx, label, List.of(), BareNettyServerMain.class, args);
    }

    private static OurServer start(BenchContext ctx, String label, List<String> properties, Class<?> main,
                                   List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ctx.java()));
        cmd.addAll(properties);
        ctx.serverJvmOptions().forEach(o -> cmd.add(o.replace("{label}", label))); // e.g. one JFR file per server
        cmd.addAll(List.of("-cp", ctx.serverClassPath(), main.getName()));
        cmd.addAll(args);
        ChildProcess p = ChildProcess.start(label, cmd, ctx.work(), ctx.work().resolve(label + ".err"));
        try {
            return new OurServer(p, awaitPorts(p));
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    private static Map<String, Integer> awaitPorts(ChildProcess p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.process().getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<Map<String, Integer>> ready = CompletableFuture.supplyAsync(() -> {
            Map<String, Integer> ports = new LinkedHashMap<>();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("READY")) {
                        return ports;
                    }
                    String[] f = line.split(" ");
                    if (f.length == 3 && f[0].equals("PORT")) {
                        ports.put(f[1], Integer.parseInt(f[2]));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("server " + p.name() + " ended before it was ready; see "
                    + p.name() + ".err");
        });
        try {
            return ready.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("server " + p.name() + " did not start: " + e.getMessage(), e);
        }
    }

    /** A client of {@code service} here that trusts whatever certificate it serves (the harness judges none). */
    ClientOptions client(String service, boolean encrypt) {
        return ClientOptions.of("127.0.0.1", port(service)).encrypt(encrypt).trust(ServerTrust.anyServer());
    }

    int port(String service) {
        Integer p = ports.get(service);
        if (p == null) {
            throw new IllegalArgumentException("no service " + service + " in " + ports.keySet());
        }
        return p;
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        try {
            process.process().getOutputStream().close(); // asks for a graceful stop
            process.process().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.close();
    }
}
