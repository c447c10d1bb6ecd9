package com.synconfig.model.pki;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extensions;
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
        Extensions extensions;
        try {
            extensions = new JcaX509CertificateHolder(cert).getExtensions();
        } catch (CertificateEncodingException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (extensions != null) {
            for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
                out.add(NAMES.getOrDefault(oid.getId(), oid.getId())
                        + (extensions.getExtension(oid).isCritical() ? " (critical)" : ""));
            }
        }
        return out;
    }
}
