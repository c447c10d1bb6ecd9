package com.synconfig.model.pki;

import java.io.IOException;
import java.security.KeyPair;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** PKCS#10 certificate requests for a public CA, and the equivalent {@code openssl req} command. */
public final class CertificateRequests {

    private CertificateRequests() {
    }

    /** A request for a server certificate: the subject, its SANs and EKU serverAuth, signed with the new key. */
    public static PKCS10CertificationRequest create(DistinguishedName subject, SubjectAltNames sans, KeyPair key) {
        try {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            if (!sans.isEmpty()) {
                extensions.addExtension(Extension.subjectAlternativeName, false, sans.toGeneralNames());
            }
            extensions.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            return new JcaPKCS10CertificationRequestBuilder(subject.toX500Name(), key.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
                    .build(new JcaContentSignerBuilder(CertificateIssuer.signatureAlgorithmFor(key.getPrivate()))
                            .build(key.getPrivate()));
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException("Could not build the certificate request: " + e.getMessage(), e);
        }
    }

    /**
     * The {@code openssl req} command that makes the same key and request (OpenSSL 3: {@code -addext},
     * {@code -noenc}), quoted for a POSIX shell.
     */
    public static String opensslCommand(DistinguishedName subject, SubjectAltNames sans, KeySpec keySpec,
            String keyFile, String requestFile) {
        StringBuilder sb = new StringBuilder("openssl req -new");
        if (keySpec.algorithm().equals("RSA")) {
            sb.append(" -newkey rsa:").append(keySpec.bits());
        } else {
            sb.append(" -newkey ec -pkeyopt ec_paramgen_curve:").append(keySpec.nistCurve());
        }
        sb.append(" -noenc -keyout ").append(quote(keyFile)).append(" -out ").append(quote(requestFile));
        sb.append(" -subj ").append(quote(subject.opensslSubject()));
        if (!sans.isEmpty()) {
            sb.append(" -addext ").append(quote(sans.opensslExtension()));
        }
        sb.append(" -addext ").append(quote("extendedKeyUsage=serverAuth"));
        return sb.toString();
    }

    /** Single-quotes for a POSIX shell when needed. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./:=,@+-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
