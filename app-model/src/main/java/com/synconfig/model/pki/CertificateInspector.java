package com.synconfig.model.pki;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Lists every object of a PEM file with the facts an admin checks: names, validity and expiry class, SANs, key
 * usage, extended key usage, the CA flag, subject and authority key identifiers, every extension, key, signature
 * algorithm, fingerprint.
 */
public final class CertificateInspector {

    private CertificateInspector() {
    }

    /**
     * @param options the time and warning days the expiry class is judged by; its passphrase decrypts an encrypted
     *                key to tell its size ({@code null} leaves it undescribed)
     */
    public static List<PemObjectReport> describe(PemBundle pem, CertificateRules.Options options) {
        List<PemObjectReport> out = new ArrayList<>();
        int index = 1;
        for (PemEntry entry : pem.entries()) {
            out.add(describe(index++, entry, options));
        }
        return out;
    }

    /** The report for one certificate (e.g. one just issued). */
    public static PemObjectReport describe(int index, String pemType, X509Certificate cert,
            CertificateRules.Options options) {
        return new PemObjectReport(index, PemObjectReport.CERTIFICATE, pemType, name(cert.getSubjectX500Principal()),
                name(cert.getIssuerX500Principal()), serial(cert.getSerialNumber()),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                Expiry.of(cert, options.now(), options.warnDays()), Expiry.daysLeft(cert, options.now()),
                subjectAltNames(cert), CertificateUsage.keyUsage(cert), CertificateUsage.extendedKeyUsage(cert),
                CertificateUsage.isCa(cert), CertificateUsage.pathLength(cert),
                CertificateExtensions.subjectKeyIdentifier(cert), CertificateExtensions.authorityKeyIdentifier(cert),
                CertificateExtensions.names(cert),
                KeyDescription.of(cert.getPublicKey()).toString(), cert.getSigAlgName(), fingerprint(cert), null, null);
    }

    private static PemObjectReport describe(int index, PemEntry entry, CertificateRules.Options options) {
        if (entry instanceof PemEntry.Certificate c) {
            return describe(index, c.pemType(), c.certificate(), options);
        }
        if (entry instanceof PemEntry.Key k) {
            return PemObjectReport.key(index, k.pemType(), keyDescription(k.key(), options.passphrase()),
                    k.key().form().label(), k.key().encrypted());
        }
        if (entry instanceof PemEntry.Request r) {
            PKCS10CertificationRequest req = r.request();
            return PemObjectReport.request(index, r.pemType(), name(new X500Principal(encoded(req))),
                    requestedAltNames(req), KeyDescription.of(req.getSubjectPublicKeyInfo()).toString(),
                    new DefaultAlgorithmNameFinder().getAlgorithmName(req.getSignatureAlgorithm()));
        }
        return PemObjectReport.other(index, entry.pemType());
    }

    /** Colon-separated upper-case hex of the SHA-256 of the DER encoding. */
    public static String fingerprint(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code DNS:name}, {@code IP:address}, {@code email:...} entries; empty when the certificate has none. */
    public static List<String> subjectAltNames(X509Certificate cert) {
        try {
            Collection<List<?>> names = cert.getSubjectAlternativeNames();
            List<String> out = new ArrayList<>();
            if (names != null) {
                for (List<?> n : names) {
                    out.add(label((Integer) n.get(0)) + n.get(1));
                }
            }
            return out;
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    private static List<String> requestedAltNames(PKCS10CertificationRequest req) {
        Extensions extensions = req.getRequestedExtensions();
        if (extensions == null) {
            return List.of();
        }
        GeneralNames names = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        if (names == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (GeneralName n : names.getNames()) {
            String value = n.getTagNo() == GeneralName.iPAddress
                    ? ipText(org.bouncycastle.asn1.DEROctetString.getInstance(n.getName()).getOctets())
                    : n.getName().toString();
            out.add(label(n.getTagNo()) + value);
        }
        return out;
    }

    private static String ipText(byte[] octets) {
        try {
            return java.net.InetAddress.getByAddress(octets).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return HexFormat.of().formatHex(octets);
        }
    }

    private static String label(int tag) {
        return switch (tag) {
            case GeneralName.dNSName -> "DNS:";
            case GeneralName.iPAddress -> "IP:";
            case GeneralName.rfc822Name -> "email:";
            case GeneralName.uniformResourceIdentifier -> "URI:";
            default -> "other(" + tag + "):";
        };
    }

    private static String keyDescription(PemKey key, char[] passphrase) {
        try {
            if (!key.encrypted() || passphrase != null) {
                return KeyDescription.of(key.decryptInfo(passphrase)).toString();
            }
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
        return "(encrypted: give the passphrase to see the key)";
    }

    private static String name(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253);
    }

    private static byte[] encoded(PKCS10CertificationRequest req) {
        try {
            return req.getSubject().getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex as OpenSSL prints it ({@code x509 -serial}): upper case, an even number of digits. */
    public static String serial(java.math.BigInteger serial) {
        String hex = serial.toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }
}
