package com.synconfig.app.gui;

import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.PemBundle;
import com.synconfig.model.pki.PemKey;
import com.synconfig.model.pki.PemReader;
import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a service's certificate file for the dialog's live validation: it must read as a service-ready PEM file
 * (certificate first, matching key), its key may carry a passphrase only on UNIX, and it must be in its validity.
 */
public final class PemCertificateCheck implements CertificateCheck {

    static final Duration EXPIRY_WARNING = Duration.ofDays(30);
    private static final String FIELD = "certificateFile";
    private final Clock clock;

    public PemCertificateCheck(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Finding> check(ServiceDefinition service, Path file) {
        List<Finding> out = new ArrayList<>();
        try {
            PemBundle pem = PemReader.read(file);
            boolean encryptedKey = pem.keys().stream().findFirst().map(PemKey::encrypted).orElse(false);
            if (encryptedKey && service.platform() != Platform.UNIX) {
                out.add(Finding.error(FIELD, file + ": the private key has a passphrase, which "
                                + service.platform().displayName() + " services cannot use.",
                        "Write the key without a passphrase (e.g. openssl pkey -in KEY -out KEY.pem)."));
                return out;
            }
            if (encryptedKey) {
                out.add(Finding.info(FIELD, file + ": the private key has a passphrase.",
                        "The passphrase must be supplied each time the service starts."));
                pem.certificates().stream().findFirst().ifPresent(c -> checkValidity(file, c, out));
                return out;
            }
            ServiceCredentials credentials = ServiceCredentials.load(file, null);
            checkValidity(file, credentials.chain().get(0), out);
        } catch (IOException e) {
            out.add(Finding.error(FIELD, e.getMessage(),
                    "Choose a PEM file holding the server certificate, its chain and its private key."));
        }
        return out;
    }

    private void checkValidity(Path file, X509Certificate certificate, List<Finding> out) {
        Instant now = clock.instant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isAfter(notAfter)) {
            out.add(Finding.error(FIELD, file + ": the certificate expired on " + notAfter + ".",
                    "Issue a new certificate and put it in the file."));
        } else if (now.isBefore(certificate.getNotBefore().toInstant())) {
            out.add(Finding.error(FIELD, file + ": the certificate is not valid before "
                    + certificate.getNotBefore().toInstant() + ".", "Check the clock, or issue a certificate valid now."));
        } else if (now.plus(EXPIRY_WARNING).isAfter(notAfter)) {
            out.add(Finding.warning(FIELD, file + ": the certificate expires on " + notAfter + ".",
                    "Renew it before then; clients will refuse it afterwards."));
        }
    }
}
