package com.synconfig.model.pki;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds certificates with deliberate faults (expired, SHA-1, weak key, no SAN, ...) for the rule tests. */
final class TestCertificates {

    static final KeyPair RSA = rsa(2048);
    static final KeyPair EC = ec();

    private TestCertificates() {
    }

    static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate under construction; defaults give a sound server certificate valid for a year. */
    static final class Builder {
        private final String cn;
        private final KeyPair key;
        private X509Certificate issuer;
        private PrivateKey issuerKey;
        private Instant notBefore = Instant.now().minus(Duration.ofDays(1));
        private Instant notAfter = Instant.now().plus(Duration.ofDays(365));
        private String signatureAlgorithm;
        private List<String> dnsNames = new ArrayList<>(List.of("server.test"));
        private KeyPurposeId[] eku = {KeyPurposeId.id_kp_serverAuth};
        private boolean ca;

        Builder(String cn, KeyPair key) {
            this.cn = cn;
            this.key = key;
        }

        Builder issuedBy(X509Certificate issuer, PrivateKey issuerKey) {
            this.issuer = issuer;
            this.issuerKey = issuerKey;
            return this;
        }

        Builder validity(Instant notBefore, Instant notAfter) {
            this.notBefore = notBefore;
            this.notAfter = notAfter;
            return this;
        }

        Builder signature(String algorithm) {
            this.signatureAlgorithm = algorithm;
            return this;
        }

        Builder noSan() {
            dnsNames = List.of();
            return this;
        }

        Builder eku(KeyPurposeId... purposes) {
            eku = purposes;
            return this;
        }

        Builder ca() {
            ca = true;
            eku = null;
            dnsNames = List.of();
            return this;
        }

        X509Certificate build() throws Exception {
            X500Name subject = new X500Name("CN=" + cn);
            X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            PrivateKey signer = issuer == null ? key.getPrivate() : issuerKey;
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(System.nanoTime()),
                    Date.from(notBefore), Date.from(notAfter), subject, key.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (!dnsNames.isEmpty()) {
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(dnsNames.stream()
                        .map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new)));
            }
            if (eku != null && eku.length > 0) {
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku));
            }
            String algorithm = signatureAlgorithm != null ? signatureAlgorithm : CertificateIssuer.signatureAlgorithmFor(signer);
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(algorithm).build(signer)));
        }
    }

    /** Writes certificates then (optionally) the key, as a service file would be. */
    static Path write(Path file, List<X509Certificate> certificates, PrivateKey key, char[] passphrase) throws Exception {
        String text = PemWriter.certificates(certificates) + (key == null ? "" : PemWriter.privateKey(key, passphrase));
        return Files.writeString(file, text);
    }
}
