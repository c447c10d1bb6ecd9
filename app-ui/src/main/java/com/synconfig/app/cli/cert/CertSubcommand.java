package com.synconfig.app.cli.cert;

import com.synconfig.app.cli.base.ExitCodes;
import com.synconfig.app.cli.base.Json;
import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.CertificateInspector;
import com.synconfig.model.pki.CertificateReportText;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.CertificateToolkit;
import com.synconfig.model.pki.PemObjectReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code cert} subcommand shares: {@code --json}, errors as one clear line (exit 2), progress
 * on stderr, refusing to overwrite files without {@code --force}, and the text layout of a certificate.
 */
abstract class CertSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err().println("error: " + e.getMessage());
            err().flush();
            return ExitCodes.USAGE;
        }
    }

    abstract int execute() throws IOException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A toolkit whose progress (key generation) goes to stderr, so stdout stays clean for --json. */
    CertificateToolkit toolkit() {
        return new CertificateToolkit(line -> {
            err().println(line);
            err().flush();
        });
    }

    Passphrases passphrases() {
        return new Passphrases(System::getenv, System.console());
    }

    /** Refuses to replace existing files unless {@code force}: a certificate file is never lost by accident. */
    static void refuseOverwrite(boolean force, Path... files) {
        for (Path f : files) {
            if (!force && Files.exists(f)) {
                throw new IllegalArgumentException(f + " exists: choose another output file or add --force to replace it.");
            }
        }
    }

    void printJson(Object value) {
        out().println(Json.write(value));
        out().flush();
    }

    void printFindings(List<Finding> findings) {
        if (findings.isEmpty()) {
            out().println("No findings.");
        }
        findings.forEach(out()::println);
        out().flush();
    }

    /** Reports written files and the certificate made (text or JSON). */
    void printCreated(java.util.Map<String, String> files, java.security.cert.X509Certificate cert) {
        PemObjectReport report = cert == null ? null : CertificateInspector.describe(1, "CERTIFICATE", cert,
                CertificateRules.Options.defaults(null));
        if (json) {
            java.util.Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("files", files);
            if (report != null) {
                result.put("certificate", report);
            }
            printJson(result);
            return;
        }
        files.forEach((role, file) -> out().printf("Wrote %s: %s%n", role, file));
        if (report != null) {
            out().print(CertificateReportText.object(report));
        }
        out().flush();
    }
}
