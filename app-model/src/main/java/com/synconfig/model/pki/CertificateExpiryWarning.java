package com.synconfig.model.pki;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A certificate of a service's certificate file that has expired or expires soon: what to warn the admin of, naming
 * the file and the services that use it.
 *
 * @param file     the certificate file
 * @param services the services whose certificate file it is
 * @param subject  the certificate's RFC 2253 subject
 * @param expiry   {@link Expiry#EXPIRED} or {@link Expiry#EXPIRES_SOON}
 * @param daysLeft whole days until it ends, negative once it has ended
 * @param notAfter the end of its validity
 */
public record CertificateExpiryWarning(Path file, List<String> services, String subject, Expiry expiry, long daysLeft,
                                       Instant notAfter) {

    public CertificateExpiryWarning {
        services = List.copyOf(services);
    }

    /** E.g. "Certificate 'CN=host' in /etc/rsynd.pem, used by service SynSrv, expires on 2026-01-31, in 12 days. ..." */
    public String message() {
        String where = "Certificate '" + subject + "' in " + file + ", used by " + (services.size() == 1 ? "service "
                : "services ") + String.join(", ", services) + ", ";
        String day = notAfter.toString().substring(0, 10);
        return expiry == Expiry.EXPIRED
                ? where + "expired on " + day + " (" + -daysLeft + " days ago): clients refuse it. Renew it and replace"
                + " the file, then restart the service."
                : where + "expires on " + day + ", in " + daysLeft + " days. Renew it before then.";
    }
}
