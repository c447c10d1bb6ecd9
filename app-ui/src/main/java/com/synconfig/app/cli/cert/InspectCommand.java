package com.synconfig.app.cli.cert;

import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.CertificateInspector;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.PemBundle;
import com.synconfig.model.pki.PemObjectReport;
import com.synconfig.model.pki.PemReader;
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

@Command(name = "inspect", description = "List every object of a PEM file and the findings about it (exit 0 unless unreadable).")
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
        PemBundle pem = PemReader.read(file);
        char[] pass = passphrase.ifGiven(passphrases());
        List<Finding> findings = CertificateRules.check(pem, new CertificateRules.Options(
                platform == null ? Platform.current() : Platform.fromId(platform), warnDays, Instant.now(), pass));
        report(pem, CertificateInspector.describe(pem, pass), findings);
        return exitCode(findings);
    }

    int exitCode(List<Finding> findings) {
        return 0;
    }

    void report(PemBundle pem, List<PemObjectReport> objects, List<Finding> findings) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toString());
            result.put("objects", objects);
            result.put("findings", findings);
            printJson(result);
            return;
        }
        out().printf("%s: %d object(s)%n", file, objects.size());
        objects.forEach(this::printReport);
        printFindings(findings);
    }
}
