package com.synconfig.app.gui.certificates;

import com.synconfig.model.pki.CertificateReport;
import com.synconfig.model.pki.Expiry;
import com.synconfig.model.pki.PemObjectReport;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One file of the certificates folder, as the shared {@link CertificateReport} describes it.
 *
 * @param file    the file
 * @param report  what the file is; {@code null} when it cannot be read
 * @param problem why it cannot be read ({@code null} when it could)
 */
public record CertificateRow(Path file, CertificateReport report, String problem) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Optional<PemObjectReport> certificate() {
        return report == null ? Optional.empty() : report.firstCertificate();
    }

    /** The first certificate's subject, {@code (certificate request)}, the problem, or {@code ""}. */
    public String subject() {
        if (report == null) {
            return "(" + problem + ")";
        }
        return certificate().map(PemObjectReport::subject).orElse(report.objects().stream()
                .anyMatch(o -> o.kind().equals("certificate request")) ? "(certificate request)" : "");
    }

    /** The first certificate's expiry day, ISO; {@code ""} without a certificate. */
    public String notAfter() {
        return certificate().map(c -> DAY.format(c.notAfter())).orElse("");
    }

    /** Days until the first certificate expires (negative: expired ago); {@code ""} without a certificate. */
    public String daysLeft() {
        return certificate().map(c -> Long.toString(c.daysLeft())).orElse("");
    }

    /** The first certificate's expiry class, or {@code null} without a certificate: the list colours it. */
    public Expiry expiry() {
        return certificate().map(PemObjectReport::expiry).orElse(null);
    }

    /** The private key in the file: {@code "yes"}, {@code "encrypted"}, {@code "no"}. */
    public String key() {
        return Optional.ofNullable(report).flatMap(CertificateReport::firstKey)
                .map(k -> k.encrypted() ? "encrypted" : "yes").orElse("no");
    }
}
