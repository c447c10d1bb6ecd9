package com.synconfig.app.cli.cert;

import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.CertificateReportText;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.service.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", description = "List every object of a PEM file (names, validity and expiry, SANs, key usage, EKU, CA flag,"
        + " key) and the findings about it (exit 0 unless unreadable).")
class InspectCommand extends CertSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A PEM file (certificates, keys, requests).")
    Path file;

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
        char[] pass = passphrase.ifGiven(passphrases());
        CertificateReport report = CertificateReport.read(file, new CertificateRules.Options(
                platform == null ? Platform.current() : Platform.fromId(platform), warnDays, Instant.now(), pass));
        print(report);
        return exitCode(report.findings());
    }

    int exitCode(List<Finding> findings) {
        return 0;
    }

    void print(CertificateReport report) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toString());
            result.put("objects", report.objects());
            result.put("findings", report.findings());
            printJson(result);
            return;
        }
        out().print(CertificateReportText.of(report));
        out().flush();
    }
}
