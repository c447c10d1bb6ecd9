package com.synconfig.model.pki;

import com.synconfig.model.service.CertificateLocation;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.tls.KeyType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The key type of a service's certificate, which decides the suites its server can offer: the one answer the cipher
 * preview uses in the GUI and on the command line.
 *
 * @param keyType empty when the certificate cannot be read or holds no RSA or EC key
 * @param problem why it is empty, in words for a note ("" when the key type is known)
 */
public record ServiceKeyType(Optional<KeyType> keyType, String problem) {

    public static ServiceKeyType of(ServiceLayout layout) {
        Optional<CertificateLocation> where = layout.certificate();
        if (where.isEmpty()) {
            return new ServiceKeyType(Optional.empty(), "service " + layout.service().name()
                    + " names no certificate and no DBLDIR");
        }
        try {
            var certificates = PemReader.read(Path.of(where.get().path())).certificates();
            if (certificates.isEmpty()) {
                return new ServiceKeyType(Optional.empty(), where.get().path() + " holds no certificate");
            }
            return new ServiceKeyType(Optional.of(KeyType.ofAlgorithm(
                    certificates.get(0).getPublicKey().getAlgorithm())), "");
        } catch (IOException | IllegalArgumentException e) {
            return new ServiceKeyType(Optional.empty(), "cannot read " + where.get().path() + ": " + e.getMessage());
        }
    }
}
