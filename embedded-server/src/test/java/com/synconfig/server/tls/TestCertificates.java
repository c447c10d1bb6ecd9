package com.synconfig.server.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A self-signed RSA certificate and key made by the real openssl binary, for TLS tests. */
public final class TestCertificates {

    public final Path cert;
    public final Path key;

    private TestCertificates(Path cert, Path key) {
        this.cert = cert;
        this.key = key;
    }

    public static TestCertificates create(Path dir) throws IOException, InterruptedException {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        run(dir, List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
                "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost"));
        return new TestCertificates(cert, key);
    }

    /** Runs a command, returns its combined output (stdin closed at once, so s_client ends after the handshake). */
    public static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command + " did not finish");
        }
        return out;
    }

    public static boolean opensslPresent() {
        return Files.isExecutable(Path.of("/usr/bin/openssl"));
    }
}
