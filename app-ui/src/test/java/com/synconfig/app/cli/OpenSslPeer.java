package com.synconfig.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code openssl s_client} as the witness nobody here wrote: whether a handshake with given options
 * completes, what RFC 5746 support it reports, whether a renegotiation it asks for is refused, which certificate
 * it is served.
 */
final class OpenSslPeer {

    /** What s_client answered: connected or not, and its output (for the assertion message). */
    record Answer(boolean connected, boolean unknownSuite, String output) {
    }

    /** BoringSSL answers a renegotiation with a no_renegotiation alert, the JDK with handshake_failure. */
    static final Pattern RENEGOTIATION_REFUSED = Pattern.compile("alert (no renegotiation|handshake failure)");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----");

    private final Path dir;
    private final int port;

    OpenSslPeer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** {@code openssl s_client -brief -connect 127.0.0.1:PORT OPTIONS} with stdin closed. */
    Answer handshake(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-brief", "-connect", "127.0.0.1:" + port));
        command.addAll(List.of(options));
        String out = run(command, "");
        return new Answer(out.contains("CONNECTION ESTABLISHED"),
                out.contains("no cipher match") || out.contains("no ciphers available")
                        || out.contains("SSL_CONF_cmd"), out);
    }

    /** The s_client flag for a protocol as the check names it ({@code TLS 1.2} is {@code -tls1_2}). */
    static String flag(String protocolLabel) {
        return switch (protocolLabel) {
            case "TLS 1.0" -> "-tls1";
            case "TLS 1.1" -> "-tls1_1";
            case "TLS 1.2" -> "-tls1_2";
            case "TLS 1.3" -> "-tls1_3";
            default -> throw new IllegalArgumentException(protocolLabel);
        };
    }

    /** Whether s_client over TLS 1.2 reports "Secure Renegotiation IS supported". */
    boolean secureRenegotiation() throws IOException, InterruptedException {
        String out = run(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port, "-tls1_2"), "");
        if (!out.contains("Secure Renegotiation IS")) {
            throw new AssertionError("s_client did not say:\n" + out);
        }
        return out.contains("Secure Renegotiation IS supported");
    }

    /** Types {@code R} into s_client over TLS 1.2 and returns what it printed until the server answered. */
    String renegotiate() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + port, "-tls1_2")
                .redirectErrorStream(true).start();
        StringBuffer out = new StringBuffer();
        Thread reader = new Thread(() -> {
            try {
                byte[] buf = new byte[4096];
                for (int n; (n = p.getInputStream().read(buf)) > 0; ) {
                    out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                out.append("[read failed: ").append(e).append(']');
            }
        });
        reader.start();
        p.getOutputStream().write("R\n".getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!RENEGOTIATION_REFUSED.matcher(out).find() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        p.getOutputStream().close();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        reader.join(10_000);
        return out.toString();
    }

    /** The SHA-256 fingerprint of the certificate served, as {@code openssl x509 -fingerprint -sha256} prints it. */
    String servedFingerprint() throws IOException, InterruptedException {
        String out = run(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port), "");
        Matcher pem = PEM.matcher(out);
        if (!pem.find()) {
            throw new AssertionError("no certificate in:\n" + out);
        }
        Path served = Files.writeString(Files.createTempFile(dir, "served", ".pem"), pem.group() + "\n");
        return fingerprint(served);
    }

    /** {@code openssl x509 -noout -fingerprint -sha256 -in FILE}, the colon-separated hex only. */
    String fingerprint(Path certificate) throws IOException, InterruptedException {
        String line = run(List.of("openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", certificate.toString()),
                "").trim();
        return line.substring(line.indexOf('=') + 1);
    }

    private String run(List<String> command, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return out;
    }
}
