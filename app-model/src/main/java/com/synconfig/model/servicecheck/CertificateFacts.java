package com.synconfig.model.servicecheck;

import com.synconfig.model.pki.CertificateInspector;
import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.PemObjectReport;
import com.synconfig.model.pki.PemReader;
import com.synconfig.model.service.CertificateLocation;
import com.synconfig.model.service.ServiceLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A server certificate as the check compares it: the one the service is configured with, or the one the running
 * service served.
 *
 * @param source  where it came from: the certificate file, or {@code host:port}
 * @param report  the certificate as {@code cert inspect} describes it; {@code null} when there is none
 * @param problem why there is none ({@code ""} when there is one)
 */
public record CertificateFacts(String source, PemObjectReport report, String problem) {

    /** The first certificate of the file the service is configured with (its layout says which file). */
    public static CertificateFacts configured(ServiceLayout layout, CertificateRules.Options options) {
        var where = layout.certificate().map(CertificateLocation::path);
        if (where.isEmpty()) {
            return new CertificateFacts("", null, "service " + layout.service().name()
                    + " names no certificate file and no DBLDIR");
        }
        try {
            List<X509Certificate> certificates = PemReader.read(Path.of(where.get())).certificates();
            if (certificates.isEmpty()) {
                return new CertificateFacts(where.get(), null, where.get() + " holds no certificate");
            }
            return of(where.get(), certificates.get(0), options);
        } catch (IOException | RuntimeException e) {
            return new CertificateFacts(where.get(), null, "cannot read " + where.get() + ": " + e.getMessage());
        }
    }

    /** The first certificate of {@code chain} (the server's own). */
    public static CertificateFacts of(String source, X509Certificate certificate, CertificateRules.Options options) {
        return new CertificateFacts(source, CertificateInspector.describe(1, "CERTIFICATE", certificate, options), "");
    }

    public static CertificateFacts none(String source, String problem) {
        return new CertificateFacts(source, null, problem);
    }

    public boolean present() {
        return report != null;
    }
}
