package com.synconfig.server.diag;

import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.PemBundle;
import com.synconfig.model.pki.PemReader;
import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.tls.KeyType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The certificate check dltest runs: the file must give the TLS engine a certificate and its matching RSA or EC
 * key. A key with a passphrase cannot be opened here: on UNIX that is allowed (it is asked for at start), on
 * Windows and OpenVMS it is not.
 */
public final class CredentialsCertificateCheck implements CertificateCheck {

    private static final String FIELD = "certificateFile";

    @Override
    public List<Finding> check(ServiceDefinition service, Path file) {
        try {
            PemBundle pem = PemReader.read(file);
            if (!pem.keys().isEmpty() && pem.keys().get(0).encrypted()) {
                return service.platform() == Platform.UNIX
                        ? List.of(Finding.warning(FIELD, file + ": the private key has a passphrase, so only its"
                                + " certificate could be checked here", "Supply the passphrase when the service starts."))
                        : List.of(Finding.error(FIELD, file + ": the private key has a passphrase; on "
                                + service.platform().id() + " the key must not have one",
                                "Write the key without a passphrase (synconfig cert ...) and protect the file instead."));
            }
            ServiceCredentials credentials = ServiceCredentials.load(file, null);
            KeyType.ofAlgorithm(credentials.key().getAlgorithm());
            return List.of();
        } catch (IOException | IllegalArgumentException e) {
            return List.of(Finding.error(FIELD, e.getMessage(), "Fix or replace the certificate file."));
        }
    }
}
