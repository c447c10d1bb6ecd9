package com.synconfig.app.cli.cert;

import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.CertificateReportText;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.service.Endpoint;
import com.synconfig.model.service.Platform;
import com.synconfig.server.tls.ServedCertificates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", description = "List every object of a PEM file, or the chain a TLS server presents (--connect): names,"
        + " validity and expiry, SANs, key usage, EKU, CA flag, key; then the findings (exit 0 unless unreadable).")
class InspectCommand extends CertSubcommand {

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
            report = ServedCertificates.report(endpoint(), options, CONNECT_TIMEOUT);
        } else {
            report = CertificateReport.read(file, options);
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

    int exitCode(List<Finding> findings) {
        return 0;
    }

    void print(CertificateReport report) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put(connect == null ? "file" : "connect", report.source());
            result.put("chain", report.chain());
            result.put("objects", report.objects());
            result.put("findings", report.findings());
            printJson(result);
            return;
        }
        out().print(CertificateReportText.of(report));
        out().flush();
    }
}
