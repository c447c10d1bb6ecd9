package com.synconfig.app.cli.cert;

import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.LocalCa;
import com.synconfig.model.pki.PemReader;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.service.Endpoint;
import com.synconfig.model.service.Platform;
import com.synconfig.server.tls.ServedCertificates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code inspect} and {@code check} share: a file or {@code --connect HOST:PORT}, read into the shared
 * {@link CertificateReport}, which the subclass prints.
 */
abstract class ReportCommand extends CertSubcommand {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A PEM file (certificates, keys, requests).")
    Path file;

    @Option(names = "--connect", paramLabel = "HOST:PORT", description = "Instead of a file: the certificate chain the"
            + " TLS server at HOST:PORT presents (e.g. a running service, or [::1]:2330).")
    String connect;

    @Option(names = "--platform", paramLabel = "PLATFORM", description = "windows|unix|openvms: decides the passphrase rule"
            + " (default: this machine).")
    String platform;

    @Option(names = "--warn-days", defaultValue = "" + CertificateRules.DEFAULT_WARN_DAYS,
            description = "Warn when a certificate expires within N days (default ${DEFAULT-VALUE}).")
    int warnDays;

    @Mixin
    InputPassphraseOptions passphrase;

    @Override
    int execute() throws IOException {
        if ((file == null) == (connect == null)) {
            throw new IllegalArgumentException("Give a FILE or --connect HOST:PORT (one of them).");
        }
        char[] pass = passphrase.ifGiven(passphrases());
        CertificateRules.Options options = new CertificateRules.Options(
                platform == null ? Platform.current() : Platform.fromId(platform), warnDays, Instant.now(), pass);
        CertificateReport report;
        if (connect != null) {
            report = ServedCertificates.report(endpoint(), options, CONNECT_TIMEOUT, localCa());
        } else {
            report = CertificateReport.of(PemReader.read(file), options, localCa());
        }
        print(report);
        return exitCode(report.findings());
    }

    private Endpoint endpoint() {
        try {
            return Endpoint.parse(connect);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--connect " + e.getMessage(), e);
        }
    }

    /** The local CA that completes the chain; none unless the command takes one. */
    LocalCa localCa() throws IOException {
        return LocalCa.none();
    }

    abstract int exitCode(List<Finding> findings);

    abstract void print(CertificateReport report);
}
