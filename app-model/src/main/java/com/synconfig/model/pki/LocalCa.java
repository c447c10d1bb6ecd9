package com.synconfig.model.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local certificate authority's certificates, each with the file it is kept in: they complete the chain of a
 * certificate file that leaves its issuer out. {@code cert inspect --ca FILE} names the CA file; the Certificates
 * screen uses the CA files of its folder (a file of CA certificates without a key, as {@code cert create-ca} and the
 * New local CA wizard write it).
 */
public record LocalCa(List<Certificate> certificates) {

    /**
     * @param file        the file it is kept in
     * @param index       its 1-based position in that file
     * @param certificate the certificate
     */
    public record Certificate(Path file, int index, X509Certificate certificate) {
    }

    public LocalCa {
        certificates = List.copyOf(certificates);
    }

    /** No local CA: chains are what the inspected file holds. */
    public static LocalCa none() {
        return new LocalCa(List.of());
    }

    /** The CA certificates of {@code file} (PEM, DER or PKCS#7). @throws IOException naming the file when it has none */
    public static LocalCa read(Path file) throws IOException {
        List<X509Certificate> all = CertificateFiles.readCertificates(file);
        List<Certificate> cas = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (CertificateUsage.isCa(all.get(i))) {
                cas.add(new Certificate(file, i + 1, all.get(i)));
            }
        }
        if (cas.isEmpty()) {
            throw new IOException(file + " holds no CA certificate (basic constraints CA:TRUE): give the local CA's"
                    + " certificate, e.g. the ca.pem 'synconfig cert create-ca' wrote");
        }
        return new LocalCa(cas);
    }

    /** The local CA among files already read: the files that hold only CA certificates, and no key. */
    public static LocalCa among(Map<Path, PemBundle> files) {
        List<Certificate> cas = new ArrayList<>();
        files.forEach((file, pem) -> {
            List<X509Certificate> certs = pem.certificates();
            if (!certs.isEmpty() && pem.keys().isEmpty() && certs.stream().allMatch(CertificateUsage::isCa)) {
                for (int i = 0; i < certs.size(); i++) {
                    cas.add(new Certificate(file, i + 1, certs.get(i)));
                }
            }
        });
        return new LocalCa(cas);
    }

    /** The local CA certificate that issued {@code cert}, if any. */
    java.util.Optional<Certificate> issuerOf(X509Certificate cert) {
        return certificates.stream().filter(c -> ChainOrder.issuedBy(cert, c.certificate())).findFirst();
    }
}
