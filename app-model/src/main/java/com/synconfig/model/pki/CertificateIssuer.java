package com.synconfig.model.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Makes certificates: a local CA's root, server certificates issued by it, and self-signed server certificates. */
public final class CertificateIssuer {

    public static final int DEFAULT_CA_DAYS = 3650;
    /** The longest validity public CAs may issue and browsers accept. */
    public static final int DEFAULT_SERVER_DAYS = 398;
    public static final int MAX_DAYS = 36500;

    /** Back-dating covers clocks that run slightly behind ours. */
    private static final Duration BACKDATE = Duration.ofMinutes(5);

    private final SecureRandom random;
    private final Clock clock;

    public CertificateIssuer(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    public CertificateIssuer() {
        this(new SecureRandom(), Clock.systemUTC());
    }

    /** A self-signed root: CA:true (critical), keyCertSign + cRLSign, subject key identifier. */
    public X509Certificate createCa(DistinguishedName subject, KeyPair key, int days) {
        X500Name name = subject.toX500Name();
        return sign(name, name, key.getPublic(), key.getPrivate(), days, b -> {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext().createSubjectKeyIdentifier(key.getPublic()));
        });
    }

    /** A server certificate signed by {@code ca}: SANs, EKU serverAuth, key usage, subject and authority key identifiers. */
    public X509Certificate issueServer(X509Certificate ca, PrivateKey caKey, DistinguishedName subject,
            SubjectAltNames sans, PublicKey serverKey, int days) {
        if (ca.getBasicConstraints() < 0 || ca.getKeyUsage() != null && !ca.getKeyUsage()[5]) {
            throw new IllegalArgumentException("Certificate '" + ca.getSubjectX500Principal().getName()
                    + "' is not a CA certificate (no CA:true / keyCertSign): give the CA made with 'cert create-ca'.");
        }
        if (!KeyMatch.matches(caKey, ca.getPublicKey())) {
            throw new IllegalArgumentException("The CA key does not belong to the CA certificate: give the key written"
                    + " beside it by 'cert create-ca'.");
        }
        X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
        return sign(issuer, subject.toX500Name(), serverKey, caKey, days, b -> {
            serverExtensions(b, sans, serverKey);
            b.addExtension(Extension.authorityKeyIdentifier, false, ext().createAuthorityKeyIdentifier(ca));
        });
    }

    /** A self-signed server certificate in one step (clients must trust this certificate itself). */
    public X509Certificate selfSigned(DistinguishedName subject, SubjectAltNames sans, KeyPair key, int days) {
        X500Name name = subject.toX500Name();
        return sign(name, name, key.getPublic(), key.getPrivate(), days, b -> {
            serverExtensions(b, sans, key.getPublic());
            b.addExtension(Extension.authorityKeyIdentifier, false, ext().createAuthorityKeyIdentifier(key.getPublic()));
        });
    }

    /** A random positive 127-bit serial number (RFC 5280: at most 20 octets, unpredictable). */
    public static BigInteger randomSerial(SecureRandom random) {
        return new BigInteger(127, random).setBit(126);
    }

    /** The signature algorithm for a signing key: SHA-256 with RSA or ECDSA, SHA-384 for P-384. */
    public static String signatureAlgorithmFor(PrivateKey key) {
        if (key instanceof ECKey ec) {
            return ec.getParams().getOrder().bitLength() > 256 ? "SHA384withECDSA" : "SHA256withECDSA";
        }
        return "SHA256with" + key.getAlgorithm();
    }

    /** @throws IllegalArgumentException when a certificate cannot be valid for {@code days} days (the range named) */
    public static void checkDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Validity of " + days + " days is out of range: use 1-" + MAX_DAYS + ".");
        }
    }

    private static void serverExtensions(X509v3CertificateBuilder b, SubjectAltNames sans, PublicKey key)
            throws CertIOException {
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        int usage = key.getAlgorithm().equals("RSA")
                ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature;
        b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        if (!sans.isEmpty()) {
            b.addExtension(Extension.subjectAlternativeName, false, sans.toGeneralNames());
        }
        b.addExtension(Extension.subjectKeyIdentifier, false, ext().createSubjectKeyIdentifier(key));
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws IOException, java.security.GeneralSecurityException;
    }

    private X509Certificate sign(X500Name issuer, X500Name subject, PublicKey subjectKey, PrivateKey signingKey,
            int days, Extensions extensions) {
        checkDays(days);
        Instant now = clock.instant();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, randomSerial(random),
                Date.from(now.minus(BACKDATE)), Date.from(now.plus(Duration.ofDays(days))), subject, subjectKey);
        try {
            extensions.add(b);
            return new JcaX509CertificateConverter().getCertificate(b.build(
                    new JcaContentSignerBuilder(signatureAlgorithmFor(signingKey)).setSecureRandom(random).build(signingKey)));
        } catch (IOException | java.security.GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not sign the certificate: " + e.getMessage(), e);
        }
    }

    private static JcaX509ExtensionUtils ext() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 (for key identifiers) is missing from the Java runtime", e);
        }
    }
}
