package com.synconfig.server.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real {@code openssl s_client} (and {@code openssl ciphers}) for handshake tests. */
final class OpenSslClient {

    /** What s_client reported: the protocol and OpenSSL suite name when it connected, its output either way. */
    record Result(boolean connected, String protocol, String suite, String output) {
    }

    private static final Pattern PROTOCOL = Pattern.compile("Protocol version: (\\S+)");
    private static final Pattern SUITE = Pattern.compile("Ciphersuite: (\\S+)");

    private OpenSslClient() {
    }

    /** {@code openssl s_client -brief -connect 127.0.0.1:PORT OPTIONS} with stdin closed (it leaves after the handshake). */
    static Result connect(int port, String... options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl", "s_client", "-brief", "-connect", "127.0.0.1:" + port));
        cmd.addAll(List.of(options));
        String out = run(cmd);
        Matcher p = PROTOCOL.matcher(out);
        Matcher s = SUITE.matcher(out);
        boolean connected = out.contains("CONNECTION ESTABLISHED") && p.find() && s.find();
        return new Result(connected, connected ? p.group(1) : null, connected ? s.group(1) : null, out);
    }

    /**
     * Runs {@code openssl s_client -connect 127.0.0.1:PORT OPTIONS}, types {@code input} (s_client's commands, e.g.
     * {@code R} to renegotiate) and keeps its stdin open until its output matches {@code until} (or 60 s pass),
     * then ends it. Returns the output seen.
     */
    static String session(int port, String input, Pattern until, String... options)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port));
        cmd.addAll(List.of(options));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuffer out = new StringBuffer();
        Thread reader = new Thread(() -> {
            try {
                byte[] buf = new byte[4096];
                for (int n; (n = proc.getInputStream().read(buf)) > 0; ) {
                    out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                out.append("[read failed: ").append(e).append(']');
            }
        });
        reader.start();
        proc.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
        proc.getOutputStream().flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!until.matcher(out).find() && proc.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        proc.getOutputStream().close();
        if (!proc.waitFor(10, TimeUnit.SECONDS)) {
            proc.destroyForcibly().waitFor();
        }
        reader.join(10_000);
        return out.toString();
    }

    /** The OpenSSL names {@code openssl ciphers -s PROTOCOL_FLAG CIPHERS} lists: what such a client offers. */
    static List<String> ciphers(String protocolFlag, String cipherString) throws IOException, InterruptedException {
        return List.of(run(List.of("openssl", "ciphers", "-s", protocolFlag, cipherString)).trim().split(":"));
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        proc.getOutputStream().close();
        if (!proc.waitFor(60, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError(cmd + " did not finish within 60 s");
        }
        return new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
