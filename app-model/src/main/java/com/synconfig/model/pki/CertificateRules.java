package com.synconfig.model.pki;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.Platform;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The findings about a service's certificate file (issue 3): missing certificate or key, key and
 * certificate that do not belong together, chain order, validity, weak keys and signatures, SANs,
 * EKU, self-signed, and the platform's passphrase rule.
 */
public final class CertificateRules {

    /** The setting every finding concerns. */
    public static final String FIELD = "certificateFile";
    public static final int DEFAULT_WARN_DAYS = 30;

    /**
     * @param platform   decides the passphrase rule; {@code null} skips it
     * @param warnDays   warn when a certificate expires within this many days
     * @param now        the time validity is judged at
     * @param passphrase the key's passphrase if known (to check an encrypted key against the certificate), else {@code null}
     */
    public record Options(Platform platform, int warnDays, Instant now, char[] passphrase) {

        public static Options defaults(Platform platform) {
            return new Options(platform, DEFAULT_WARN_DAYS, Instant.now(), null);
        }
    }

    private CertificateRules() {
    }

    public static List<Finding> check(PemBundle pem, Options options) {
        List<Finding> out = new ArrayList<>();
        List<X509Certificate> certs = pem.certificates();
        if (certs.isEmpty()) {
            out.add(Finding.error(FIELD, pem.name() + " holds no certificate.", pem.requests().isEmpty()
                    ? "Put the server certificate (a CERTIFICATE block) first in the file, then its chain and key;"
                    + " 'synconfig cert issue' or 'cert self-signed' write such a file."
                    : "This is a certificate request: send it to the CA, then combine its reply with the key using"
                    + " 'synconfig cert import-reply'."));
        }
        PrivateKey key = keyRules(pem, options, out);
        X509Certificate leaf = certs.isEmpty() ? null : certs.get(0);
        if (key != null && leaf != null) {
            leaf = certs.stream().filter(c -> KeyMatch.matches(key, c.getPublicKey())).findFirst().orElse(null);
            if (leaf == null) {
                out.add(Finding.error(FIELD, "The private key does not match the certificate in " + pem.name() + ".",
                        "Use the key that was made with this certificate (or its request), or issue a new certificate"
                        + " for this key."));
                leaf = certs.get(0);
            }
        }
        if (leaf != null) {
            chainRules(certs, leaf, out);
            leafRules(leaf, out);
        }
        for (X509Certificate cert : certs) {
            certificateRules(cert, options, out);
        }
        return out;
    }

    /** Key presence, passphrase rule, decryption; returns the usable key when it could be read. */
    private static PrivateKey keyRules(PemBundle pem, Options options, List<Finding> out) {
        List<PemKey> keys = pem.keys();
        if (keys.isEmpty()) {
            out.add(Finding.error(FIELD, pem.name() + " holds no private key.",
                    "Append the server certificate's private key after the certificates (service-ready order:"
                    + " certificate, chain, key); 'synconfig cert import-reply' and 'cert convert' write such files."));
            return null;
        }
        if (keys.size() > 1) {
            out.add(Finding.warning(FIELD, pem.name() + " holds " + keys.size() + " private keys; the first is used.",
                    "Keep only the server certificate's key in the file."));
        }
        PemKey pemKey = keys.get(0);
        if (pemKey.encrypted()) {
            passphraseRule(options.platform(), out);
            if (options.passphrase() == null) {
                return null;
            }
        }
        PrivateKeyInfo info;
        try {
            info = pemKey.decryptInfo(options.passphrase());
        } catch (IOException e) {
            out.add(Finding.error(FIELD, pem.name() + ": " + PemKey.WRONG_PASSPHRASE + ".",
                    "Check the passphrase; if it is right, the key is damaged: restore it from a backup or make a new"
                    + " key and certificate."));
            return null;
        }
        KeyDescription description = KeyDescription.of(info);
        if (pem.certificates().isEmpty() && description.weak()) {
            out.add(weakKey("The private key", description));
        }
        try {
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException | RuntimeException e) {
            out.add(Finding.error(FIELD, pem.name() + ": the private key (" + description + ") cannot be used ("
                    + e.getMessage() + ").", "Make an RSA or EC key and certificate, e.g. with 'synconfig cert issue'."));
            return null;
        }
    }

    private static void passphraseRule(Platform platform, List<Finding> out) {
        if (platform == null) {
            return;
        }
        String rewrite = "Write the key without a passphrase: 'synconfig cert convert FILE --out FILE' (and let only"
                + " the service account read the file).";
        if (platform == Platform.UNIX) {
            out.add(Finding.warning(FIELD, "The private key has a passphrase: it must be supplied every time the"
                    + " service starts.", "Supply the passphrase at start, or " + Character.toLowerCase(rewrite.charAt(0))
                    + rewrite.substring(1)));
        } else {
            out.add(Finding.error(FIELD, "The private key has a passphrase, which the service cannot use on "
                    + (platform == Platform.WINDOWS ? "Windows" : "OpenVMS") + ".", rewrite));
        }
    }

    private static void chainRules(List<X509Certificate> certs, X509Certificate leaf, List<Finding> out) {
        boolean linked = certs.get(0) == leaf;
        for (int i = 0; linked && i + 1 < certs.size(); i++) {
            linked = ChainOrder.issuedBy(certs.get(i), certs.get(i + 1));
        }
        if (linked) {
            return;
        }
        List<X509Certificate> chain = ChainOrder.fromLeaf(leaf, certs);
        if (chain.size() == certs.size()) {
            out.add(Finding.error(FIELD, "The certificate chain is out of order.",
                    "Order the file: server certificate first, then the certificate that issued it, and so on up to the"
                    + " root: " + String.join(" > ", chain.stream().map(CertificateRules::cn).toList()) + "."));
            return;
        }
        List<String> strays = certs.stream().filter(c -> !chain.contains(c)).map(CertificateRules::cn).toList();
        out.add(Finding.error(FIELD, "The certificate chain is broken: " + String.join(", ", strays)
                + (strays.size() == 1 ? " does" : " do") + " not belong to the chain of " + cn(leaf) + ".",
                "Remove certificates that are not part of the chain, and add any missing intermediate certificate"
                + " from your CA."));
    }

    private static void leafRules(X509Certificate leaf, List<Finding> out) {
        if (CertificateInspector.subjectAltNames(leaf).isEmpty()) {
            out.add(Finding.warning(FIELD, "The server certificate " + cn(leaf) + " has no subject alternative names;"
                    + " current clients ignore the common name and will reject the host name.",
                    "Issue it again with --san DNS:host --san IP:address for every name clients use."));
        }
        List<String> eku = extendedKeyUsage(leaf);
        if (eku == null) {
            out.add(Finding.warning(FIELD, "The server certificate " + cn(leaf) + " does not name serverAuth in an"
                    + " extended key usage.", "Issue it again with extended key usage serverAuth (the 'synconfig cert'"
                    + " commands add it)."));
        } else if (!eku.contains("1.3.6.1.5.5.7.3.1") && !eku.contains("2.5.29.37.0")) {
            out.add(Finding.error(FIELD, "The server certificate " + cn(leaf) + " is not allowed for TLS servers: its"
                    + " extended key usage lacks serverAuth.", "Issue a certificate with extended key usage serverAuth."));
        }
        if (ChainOrder.selfSigned(leaf)) {
            out.add(Finding.info(FIELD, "The server certificate " + cn(leaf) + " is self-signed.",
                    "Clients must trust this certificate itself; for several servers a local CA is easier"
                    + " ('synconfig cert create-ca', then 'cert issue')."));
        }
    }

    private static void certificateRules(X509Certificate cert, Options options, List<Finding> out) {
        Instant notAfter = cert.getNotAfter().toInstant();
        if (options.now().isAfter(notAfter)) {
            out.add(Finding.error(FIELD, "Certificate " + cn(cert) + " expired on " + day(notAfter) + ".",
                    "Renew it: issue a new certificate (or ask your CA) and replace the file."));
        } else if (options.now().isBefore(cert.getNotBefore().toInstant())) {
            out.add(Finding.error(FIELD, "Certificate " + cn(cert) + " is not valid before "
                    + day(cert.getNotBefore().toInstant()) + ".", "Check this machine's clock, or wait until then."));
        } else if (Duration.between(options.now(), notAfter).compareTo(Duration.ofDays(options.warnDays())) < 0) {
            out.add(Finding.warning(FIELD, "Certificate " + cn(cert) + " expires on " + day(notAfter) + ", in "
                    + Duration.between(options.now(), notAfter).toDays() + " days.", "Renew it before then."));
        }
        KeyDescription key = KeyDescription.of(cert.getPublicKey());
        if (key.weak()) {
            out.add(weakKey("Certificate " + cn(cert), key));
        }
        String signature = cert.getSigAlgName().toUpperCase(Locale.ROOT);
        if (!ChainOrder.selfSigned(cert) && (signature.contains("SHA1") || signature.contains("MD5")
                || signature.contains("MD2"))) {
            out.add(Finding.error(FIELD, "Certificate " + cn(cert) + " is signed with " + cert.getSigAlgName()
                    + ", which clients reject.", "Have it issued again with SHA-256 or stronger."));
        }
    }

    private static Finding weakKey(String what, KeyDescription key) {
        return Finding.error(FIELD, what + " has a weak key (" + key + "); OpenSSL refuses RSA keys under 2048 bits"
                + " and EC keys under P-256.", "Make a new key (rsa:3072 or ec:p256) and certificate.");
    }

    private static List<String> extendedKeyUsage(X509Certificate cert) {
        try {
            return cert.getExtendedKeyUsage();
        } catch (java.security.cert.CertificateParsingException e) {
            return List.of();
        }
    }

    static String cn(X509Certificate cert) {
        return "'" + cert.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253) + "'";
    }

    private static String day(Instant instant) {
        return instant.toString().substring(0, 10);
    }
}
