package com.synconfig.server.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.service.Platform;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.ServiceDefinition;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DltestTest {

    @TempDir
    Path dir;

    /** The certificate seam as the program wires it. */
    private static final CertificateCheck LOADS = new PemCertificateCheck();

    private DiagnosticEnvironment env(Map<String, String> vars) {
        return new DiagnosticEnvironment(vars, DiagnosticEnvironment.Os.current(),
                DiagnosticEnvironment.current().systemLibraryDirs());
    }

    @Test
    void healthyMachineAndServicePassesWithExitZero() throws Exception {
        Path pem = makeCertificate();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServiceDefinition service = ServiceDefinition.named("Good").toBuilder().encrypt(true).port(port)
                .certificateFile(pem.toString()).dataRoot(dir.toString()).build();

        DltestReport report = new Dltest(env(Map.of()), LOADS, Duration.ofSeconds(60)).run(List.of(service));

        assertThat(report.results()).extracting(CheckResult::check).containsExactly("Native OpenSSL", "TLS engine",
                "Protocols per SCL", "Bouncy Castle", "Randomness", "Good certificate", "Good port", "Good data root");
        assertThat(report.results()).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(CheckStatus.PASS));
        assertThat(report.exitCode()).isZero();
        assertThat(report.render(false)).contains("PASS  Good port          port " + port + " is free")
                .endsWith("8 checks: 8 passed, 0 warnings, 0 failed" + System.lineSeparator());
    }

    @Test
    void failuresGiveExitTwoWithTheirFixes() throws Exception {
        Path emptyRand = Files.createFile(dir.resolve("empty.rnd"));
        Path notACert = Files.writeString(dir.resolve("rsynd.pem"), "nothing here\n");
        ServiceDefinition service = ServiceDefinition.named("Bad").toBuilder().encrypt(true).port(40_000)
                .certificateFile(notACert.toString()).dataRoot(dir.resolve("missing").toString()).build();

        DltestReport report = new Dltest(env(Map.of("SYNSSL_RAND", emptyRand.toString())), LOADS,
                Duration.ofSeconds(60)).run(List.of(service, ServiceDefinition.named("Plain")));

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.render(false))
                .contains("FAIL  Randomness         Cannot load random state: SYNSSL_RAND names " + emptyRand)
                .contains("FAIL  Bad certificate    " + notACert + ": ")
                .contains("FAIL  Bad data root      data root " + dir.resolve("missing") + " is not a directory")
                .contains("      Fix: Point the environment variable SYNSSL_RAND")
                .doesNotContain("Plain");
    }

    /** A certificate a careful admin would make: SAN, serverAuth, 398 days, key without passphrase. */
    private Path makeCertificate() throws Exception {
        Path key = Files.createTempFile(dir, "k", ".pem");
        Path cert = Files.createTempFile(dir, "c", ".pem");
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "398", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-addext", "extendedKeyUsage=serverAuth").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return Files.writeString(Files.createTempFile(dir, "rsynd", ".pem"),
                Files.readString(cert) + Files.readString(key));
    }
}
