package com.synconfig.app.cli.cert;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.CertificateReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "check", description = "Check a service's certificate file (or, with --connect, the chain a TLS server presents);"
        + " exit 0 when no finding is an error, 1 otherwise.")
final class CheckCommand extends ReportCommand {

    @Override
    int exitCode(List<Finding> findings) {
        return Finding.anyError(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    @Override
    void print(CertificateReport report) {
        List<Finding> findings = report.findings();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put(connect == null ? "file" : "connect", report.source());
            result.put("ok", !Finding.anyError(findings));
            result.put("findings", findings);
            printJson(result);
            return;
        }
        printFindings(findings);
    }
}
