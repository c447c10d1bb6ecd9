package com.synconfig.model.pki;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a certificate may be used for: key usage, extended key usage and basic constraints (the CA flag), named
 * as {@code openssl x509 -text} names them.
 */
public final class CertificateUsage {

    /** OpenSSL's names of the key usage bits, in bit order (RFC 5280 4.2.1.3). */
    private static final List<String> KEY_USAGES = List.of("Digital Signature", "Non Repudiation", "Key Encipherment",
            "Data Encipherment", "Key Agreement", "Certificate Sign", "CRL Sign", "Encipher Only", "Decipher Only");
    private static final int KEY_CERT_SIGN = 5;
    static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    static final String ANY_USAGE = "2.5.29.37.0";
    private static final Map<String, String> EXTENDED_USAGES = Map.of(
            SERVER_AUTH, "TLS Web Server Authentication",
            "1.3.6.1.5.5.7.3.2", "TLS Web Client Authentication",
            "1.3.6.1.5.5.7.3.3", "Code Signing",
            "1.3.6.1.5.5.7.3.4", "E-mail Protection",
            "1.3.6.1.5.5.7.3.8", "Time Stamping",
            "1.3.6.1.5.5.7.3.9", "OCSP Signing",
            ANY_USAGE, "Any Extended Key Usage");

    private CertificateUsage() {
    }

    /** The key usage bits set; empty when the certificate has no key usage extension (any use allowed). */
    public static List<String> keyUsage(X509Certificate cert) {
        boolean[] bits = cert.getKeyUsage();
        List<String> out = new ArrayList<>();
        for (int i = 0; bits != null && i < bits.length && i < KEY_USAGES.size(); i++) {
            if (bits[i]) {
                out.add(KEY_USAGES.get(i));
            }
        }
        return out;
    }

    /** Whether a key usage extension is present and lacks Certificate Sign (then OpenSSL refuses it as an issuer). */
    static boolean forbidsCertificateSigning(X509Certificate cert) {
        boolean[] bits = cert.getKeyUsage();
        return bits != null && (bits.length <= KEY_CERT_SIGN || !bits[KEY_CERT_SIGN]);
    }

    /** The extended key usages by name (unknown ones as their OID); empty when the extension is absent. */
    public static List<String> extendedKeyUsage(X509Certificate cert) {
        List<String> oids = extendedKeyUsageOids(cert);
        return oids == null ? List.of() : oids.stream().map(oid -> EXTENDED_USAGES.getOrDefault(oid, oid)).toList();
    }

    /** The extended key usage OIDs, {@code null} when the extension is absent. */
    static List<String> extendedKeyUsageOids(X509Certificate cert) {
        try {
            List<String> oids = cert.getExtendedKeyUsage();
            return oids == null ? null : List.copyOf(oids);
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    /** A certificate authority: basic constraints with CA:TRUE. */
    public static boolean isCa(X509Certificate cert) {
        return cert.getBasicConstraints() >= 0;
    }

    /** The CA's path length constraint; {@code null} for no limit or for a certificate that is no CA. */
    public static Integer pathLength(X509Certificate cert) {
        int constraint = cert.getBasicConstraints();
        return constraint < 0 || constraint == Integer.MAX_VALUE ? null : constraint;
    }
}
