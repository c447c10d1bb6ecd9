package com.synconfig.model.pki;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Service validation's view of an encrypted service's certificate file: every {@link CertificateRules}
 * finding for a service's file, with the service's platform deciding the passphrase rule. Needs no passphrase: that a key is
 * encrypted shows in the file itself.
 */
public final class PemCertificateCheck implements CertificateCheck {

    private final int warnDays;
    private final Clock clock;

    public PemCertificateCheck(int warnDays, Clock clock) {
        this.warnDays = warnDays;
        this.clock = clock;
    }

    public PemCertificateCheck() {
        this(CertificateRules.DEFAULT_WARN_DAYS, Clock.systemUTC());
    }

    @Override
    public List<Finding> check(ServiceDefinition service, Path file) {
        try {
            return CertificateRules.checkServiceFile(PemReader.read(file),
                    new CertificateRules.Options(service.platform(), warnDays, clock.instant(), null));
        } catch (IOException e) {
            return List.of(Finding.error(CertificateRules.FIELD, e.getMessage() + ".",
                    "Point the service at a PEM file with the server certificate, its chain and its key."));
        }
    }
}
