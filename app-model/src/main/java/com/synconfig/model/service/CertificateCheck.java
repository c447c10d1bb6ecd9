package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * The seam through which service validation asks about an encrypted service's certificate file
 * (that it holds a usable certificate and key, that the key's passphrase fits the platform's rules).
 */
@FunctionalInterface
public interface CertificateCheck {

    /** Checks nothing; for callers that only want the service's own rules. */
    CertificateCheck NONE = (service, file) -> List.of();

    /**
     * @param service the encrypted service whose certificate is checked (its platform decides the passphrase rule)
     * @param file    the certificate file, resolved (an explicit {@code -cert} or {@code DBLDIR/rsynd.pem}); it exists
     */
    List<Finding> check(ServiceDefinition service, Path file);
}
