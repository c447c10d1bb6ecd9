package com.synconfig.model.pki;

import com.synconfig.model.check.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a certificate file is, the one answer every face renders ({@code cert inspect}, the Certificates screen):
 * each object of the file as the {@link CertificateInspector} describes it, the chain of the certificate the file is
 * about, and the {@link CertificateRules} findings about the whole.
 *
 * @param source   what was inspected: the file as given, or the {@code host:port} that served the chain
 * @param chain    from the top of the chain (the root, the local CA's certificate, or the missing issuer) down to the
 *                 certificate the report is about, each with its details and where it was found; empty without a
 *                 certificate
 * @param objects  its PEM objects (or served certificates), in order
 * @param findings what is wrong with it (or worth knowing)
 */
public record CertificateReport(String source, List<ChainLink> chain, List<PemObjectReport> objects,
                                List<Finding> findings) {

    public CertificateReport {
        chain = List.copyOf(chain);
        objects = List.copyOf(objects);
        findings = List.copyOf(findings);
    }

    public static CertificateReport of(PemBundle pem, CertificateRules.Options options) {
        return of(pem, options, LocalCa.none());
    }

    /** @param localCa completes the chain when the file leaves the issuer out */
    public static CertificateReport of(PemBundle pem, CertificateRules.Options options, LocalCa localCa) {
        String source = String.valueOf(pem.file());
        List<PemObjectReport> objects = CertificateInspector.describe(pem, options);
        Map<X509Certificate, PemObjectReport> described = new IdentityHashMap<>();
        for (int i = 0; i < pem.entries().size(); i++) {
            if (pem.entries().get(i) instanceof PemEntry.Certificate c) {
                described.put(c.certificate(), objects.get(i));
            }
        }
        List<ChainLink> chain = CertificateRules.subjectOf(pem, options)
                .map(s -> chain(s, pem.certificates(), source, described, localCa, options)).orElse(List.of());
        return new CertificateReport(source, chain, objects, CertificateRules.check(pem, options));
    }

    /** The chain a TLS server presented at {@code endpoint} ({@code host:port}), judged as a server's chain. */
    public static CertificateReport ofServed(String endpoint, List<X509Certificate> chain,
            CertificateRules.Options options) {
        return ofServed(endpoint, chain, options, LocalCa.none());
    }

    /** {@link #ofServed(String, List, CertificateRules.Options)}, the local CA completing a chain served without it. */
    public static CertificateReport ofServed(String endpoint, List<X509Certificate> chain,
            CertificateRules.Options options, LocalCa localCa) {
        List<PemObjectReport> objects = new ArrayList<>();
        Map<X509Certificate, PemObjectReport> described = new IdentityHashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            objects.add(CertificateInspector.describe(i + 1, "CERTIFICATE", chain.get(i), options));
            described.put(chain.get(i), objects.get(i));
        }
        return new CertificateReport(endpoint, chain(chain.get(0), chain, endpoint, described, localCa, options),
                objects, CertificateRules.checkServed(endpoint, chain, options));
    }

    /**
     * From {@code subject} up through the certificates of {@code pool}, then through the local CA's, to a self-signed
     * root or a missing issuer; returned root first.
     */
    private static List<ChainLink> chain(X509Certificate subject, List<X509Certificate> pool, String source,
            Map<X509Certificate, PemObjectReport> described, LocalCa localCa, CertificateRules.Options options) {
        List<ChainLink> upwards = new ArrayList<>();
        List<X509Certificate> seen = new ArrayList<>(ChainOrder.fromLeaf(subject, pool));
        for (X509Certificate cert : seen) {
            upwards.add(new ChainLink(name(cert), ChainLink.Origin.INSPECTED, source, described.get(cert)));
        }
        X509Certificate top = seen.get(seen.size() - 1);
        while (!ChainOrder.selfSigned(top)) {
            Optional<LocalCa.Certificate> issuer = localCa.issuerOf(top);
            if (issuer.isEmpty() || seen.contains(issuer.get().certificate())) {
                upwards.add(new ChainLink(top.getIssuerX500Principal().getName(), ChainLink.Origin.MISSING, null, null));
                break;
            }
            top = issuer.get().certificate();
            seen.add(top);
            upwards.add(new ChainLink(name(top), ChainLink.Origin.LOCAL_CA, issuer.get().file().toString(),
                    CertificateInspector.describe(issuer.get().index(), "CERTIFICATE", top, options)));
        }
        Collections.reverse(upwards);
        return upwards;
    }

    private static String name(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName();
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

    /** The chain's certificates that came from the local CA, not from what was inspected. */
    public List<ChainLink> fromLocalCa() {
        return chain.stream().filter(l -> l.origin() == ChainLink.Origin.LOCAL_CA).toList();
    }
}
