package com.synconfig.app.cli.cert;

import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.CertificateReportText;
import com.synconfig.model.pki.LocalCa;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inspect", description = "List every object of a PEM file, or the chain a TLS server presents (--connect): the"
        + " chain as a tree, names, validity and expiry, SANs, key usage, EKU, CA flag, key identifiers, key; then the"
        + " findings (exit 0 unless unreadable).")
final class InspectCommand extends ReportCommand {

    @Option(names = "--ca", paramLabel = "FILE", description = "The local CA's certificate (e.g. the ca.pem of create-ca):"
            + " completes the chain when the file or server leaves its issuer out.")
    Path caFile;

    @Override
    LocalCa localCa() throws IOException {
        return caFile == null ? LocalCa.none() : LocalCa.read(caFile);
    }

    @Override
    int exitCode(List<Finding> findings) {
        return 0;
    }

    @Override
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
