package com.synconfig.model.pki;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/** A certificate's extensions in the order they are written, named as {@code openssl x509 -text} names them. */
public final class CertificateExtensions {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("2.5.29.19", "Basic Constraints"),
            Map.entry("2.5.29.15", "Key Usage"),
            Map.entry("2.5.29.37", "Extended Key Usage"),
            Map.entry("2.5.29.17", "Subject Alternative Name"),
            Map.entry("2.5.29.18", "Issuer Alternative Name"),
            Map.entry("2.5.29.14", "Subject Key Identifier"),
            Map.entry("2.5.29.35", "Authority Key Identifier"),
            Map.entry("2.5.29.31", "CRL Distribution Points"),
            Map.entry("2.5.29.32", "Certificate Policies"),
            Map.entry("2.5.29.30", "Name Constraints"),
            Map.entry("2.5.29.36", "Policy Constraints"),
            Map.entry("1.3.6.1.5.5.7.1.1", "Authority Information Access"),
            Map.entry("1.3.6.1.4.1.11129.2.4.2", "CT Precertificate SCTs"),
            Map.entry("2.16.840.1.113730.1.13", "Netscape Comment"));

    private CertificateExtensions() {
    }

    /** E.g. {@code Basic Constraints (critical)}, {@code Subject Key Identifier}; unknown ones as their OID. */
    public static List<String> names(X509Certificate cert) {
        Extensions extensions = extensions(cert);
        List<String> out = new ArrayList<>();
        if (extensions != null) {
            for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
                out.add(NAMES.getOrDefault(oid.getId(), oid.getId())
                        + (extensions.getExtension(oid).isCritical() ? " (critical)" : ""));
            }
        }
        return out;
    }

    /**
     * The subject key identifier as {@code openssl x509 -text} prints it (colon-separated upper-case hex);
     * {@code null} without the extension.
     */
    public static String subjectKeyIdentifier(X509Certificate cert) {
        Extensions extensions = extensions(cert);
        SubjectKeyIdentifier ski = extensions == null ? null : SubjectKeyIdentifier.fromExtensions(extensions);
        return ski == null ? null : hex(ski.getKeyIdentifier());
    }

    /**
     * The key identifier of the authority key identifier (the issuer's subject key identifier), as OpenSSL prints it;
     * {@code null} without the extension, {@code (issuer name and serial only)} when it names no key identifier.
     */
    public static String authorityKeyIdentifier(X509Certificate cert) {
        Extensions extensions = extensions(cert);
        AuthorityKeyIdentifier aki = extensions == null ? null : AuthorityKeyIdentifier.fromExtensions(extensions);
        if (aki == null) {
            return null;
        }
        byte[] keyId = aki.getKeyIdentifierOctets();
        return keyId == null ? "(issuer name and serial only)" : hex(keyId);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }

    /** The certificate's extensions; {@code null} when it has none (or cannot be encoded). */
    private static Extensions extensions(X509Certificate cert) {
        try {
            return new JcaX509CertificateHolder(cert).getExtensions();
        } catch (CertificateEncodingException e) {
            return null;
        }
    }
}
