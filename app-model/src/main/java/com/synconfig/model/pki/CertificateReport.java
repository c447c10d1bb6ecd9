package com.synconfig.model.pki;

import com.synconfig.model.check.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a certificate file is, the one answer every face renders ({@code cert inspect}, the Certificates screen):
 * each object of the file as the {@link CertificateInspector} describes it, and the {@link CertificateRules}
 * findings about the whole.
 *
 * @param source   what was inspected: the file as given, or the {@code host:port} that served the chain
 * @param chain    the subjects from the top of the chain (the root, or {@code (not here) ISSUER} when the issuer
 *                 is missing) down to the certificate the report is about; empty without a certificate
 * @param objects  its PEM objects (or served certificates), in order
 * @param findings what is wrong with it (or worth knowing)
 */
public record CertificateReport(String source, List<String> chain, List<PemObjectReport> objects,
                                List<Finding> findings) {

    public CertificateReport {
        chain = List.copyOf(chain);
        objects = List.copyOf(objects);
        findings = List.copyOf(findings);
    }

    public static CertificateReport of(PemBundle pem, CertificateRules.Options options) {
        List<String> chain = CertificateRules.subjectOf(pem, options).map(s -> chain(s, pem.certificates()))
                .orElse(List.of());
        return new CertificateReport(String.valueOf(pem.file()), chain, CertificateInspector.describe(pem, options),
                CertificateRules.check(pem, options));
    }

    /** The chain a TLS server presented at {@code endpoint} ({@code host:port}), judged as a server's chain. */
    public static CertificateReport ofServed(String endpoint, List<X509Certificate> chain,
            CertificateRules.Options options) {
        List<PemObjectReport> objects = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            objects.add(CertificateInspector.describe(i + 1, "CERTIFICATE", chain.get(i), options));
        }
        return new CertificateReport(endpoint, chain(chain.get(0), chain), objects,
                CertificateRules.checkServed(endpoint, chain, options));
    }

    private static List<String> chain(X509Certificate subject, List<X509Certificate> pool) {
        List<X509Certificate> upwards = ChainOrder.fromLeaf(subject, pool);
        List<String> out = new ArrayList<>();
        X509Certificate top = upwards.get(upwards.size() - 1);
        if (!ChainOrder.selfSigned(top)) {
            out.add("(not here) " + top.getIssuerX500Principal().getName());
        }
        for (int i = upwards.size() - 1; i >= 0; i--) {
            out.add(upwards.get(i).getSubjectX500Principal().getName());
        }
        return out;
    }

    /** @throws IOException when the file cannot be read or holds no PEM block (the message says which) */
    public static CertificateReport read(Path file, CertificateRules.Options options) throws IOException {
        return of(PemReader.read(file), options);
    }

    /** The first certificate of the file (the one a listing shows), if it has any. */
    public Optional<PemObjectReport> firstCertificate() {
        return objects.stream().filter(o -> o.kind().equals(PemObjectReport.CERTIFICATE)).findFirst();
    }

    /** The first private key of the file, if it has any. */
    public Optional<PemObjectReport> firstKey() {
        return objects.stream().filter(o -> o.kind().equals(PemObjectReport.PRIVATE_KEY)).findFirst();
    }
}
