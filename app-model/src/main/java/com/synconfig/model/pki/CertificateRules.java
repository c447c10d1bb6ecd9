package com.synconfig.model.pki;

import com.synconfig.model.check.Finding;
import com.synconfig.model.service.Platform;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The findings about a certificate file (issue 3): missing certificate or key, key and certificate that do not
 * belong together, chain order, validity, weak keys and signatures, SANs, EKU, self-signed, and the platform's
 * passphrase rule. A CA certificate is judged as a CA (it may sign certificates), not by the rules for a server's.
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

    /**
     * Judges the file by what it is: a CA's certificate (see {@link #judgedAsCa}) by the rules for a CA, anything
     * else as a service's certificate file (server certificate, chain, key).
     */
    public static List<Finding> check(PemBundle pem, Options options) {
        return check(pem, pem.name(), options, Judged.FILE);
    }

    /**
     * {@link #check} for the file a service uses: a CA certificate there is an error, because the service needs a
     * server certificate (and key) issued by it.
     */
    public static List<Finding> checkServiceFile(PemBundle pem, Options options) {
        return check(pem, pem.name(), options, Judged.SERVICE_FILE);
    }

    /**
     * The rules for the chain a TLS server presented at {@code endpoint}: a server's chain (no key to look for),
     * in which a CA certificate in first place is an error.
     */
    public static List<Finding> checkServed(String endpoint, List<X509Certificate> chain, Options options) {
        List<PemEntry> entries = chain.stream().<PemEntry>map(c -> new PemEntry.Certificate("CERTIFICATE", c)).toList();
        return check(new PemBundle(null, entries), endpoint, options, Judged.SERVED_CHAIN);
    }

    /** What a set of certificates is judged as. */
    private enum Judged { FILE, SERVICE_FILE, SERVED_CHAIN }

    /** @param name what the messages call the file (or endpoint) */
    private static List<Finding> check(PemBundle pem, String name, Options options, Judged judged) {
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
        X509Certificate subject = subjectCertificate(pem, key, out);
        if (subject == null) {
            return out;
        }
        chainRules(certs, subject, out);
        if (judged != Judged.SERVED_CHAIN && judgedAsCa(pem, subject, key)) {
            if (judged != Judged.FILE) {
                out.add(Finding.error(FIELD, name + " holds the CA certificate " + cn(subject)
                        + ", not a server certificate.", "Point the service at a server certificate issued by this CA"
                        + " ('synconfig cert issue' writes one, with its key, service-ready)."));
            }
            caRules(subject, out);
        } else {
            if (judged != Judged.SERVED_CHAIN) {
                serviceKeyRules(pem, options, out);
            }
            leafRules(subject, out);
        }
        for (X509Certificate cert : certs) {
            certificateRules(cert, options, out);
        }
        return out;
    }

    /** The certificate {@link #check} judges the file by (see {@link #subjectCertificate}); empty without one. */
    static Optional<X509Certificate> subjectOf(PemBundle pem, Options options) {
        List<Finding> ignored = new ArrayList<>();
        return Optional.ofNullable(subjectCertificate(pem, keyRules(pem, options, ignored), ignored));
    }

    /**
     * The certificate the file is about: the one its key belongs to; without a readable key, the first that is
     * no CA, else the first. Reports a key that belongs to none of them.
     */
    private static X509Certificate subjectCertificate(PemBundle pem, PrivateKey key, List<Finding> out) {
        List<X509Certificate> certs = pem.certificates();
        if (certs.isEmpty()) {
            return null;
        }
        if (key != null) {
            Optional<X509Certificate> owner = certs.stream().filter(c -> KeyMatch.matches(key, c.getPublicKey())).findFirst();
            if (owner.isPresent()) {
                return owner.get();
            }
            out.add(Finding.error(FIELD, "The private key does not match the certificate in " + pem.name() + ".",
                    "Use the key that was made with this certificate (or its request), or issue a new certificate"
                    + " for this key."));
        }
        return certs.stream().filter(c -> !CertificateUsage.isCa(c)).findFirst().orElse(certs.get(0));
    }

    /**
     * Whether the file is a CA's certificate: CA:TRUE, and not also set up to serve (no SAN, no serverAuth, not
     * stored with its plain key). Measured: {@code openssl req -x509} marks every self-signed certificate CA:TRUE,
     * also the ones admins make for a server, and OpenSSL serves those.
     */
    private static boolean judgedAsCa(PemBundle pem, X509Certificate subject, PrivateKey key) {
        if (!CertificateUsage.isCa(subject) || !CertificateInspector.subjectAltNames(subject).isEmpty()) {
            return false;
        }
        List<String> eku = CertificateUsage.extendedKeyUsageOids(subject);
        if (eku != null && (eku.contains(CertificateUsage.SERVER_AUTH) || eku.contains(CertificateUsage.ANY_USAGE))) {
            return false;
        }
        boolean withPlainKey = key != null && !pem.keys().get(0).encrypted()
                && KeyMatch.matches(key, subject.getPublicKey());
        return !withPlainKey;
    }

    /** Several keys, an unreadable or unusable key, a weak lone key; returns the usable key when it could be read. */
    private static PrivateKey keyRules(PemBundle pem, Options options, List<Finding> out) {
        List<PemKey> keys = pem.keys();
        if (keys.isEmpty()) {
            return null;
        }
        if (keys.size() > 1) {
            out.add(Finding.warning(FIELD, pem.name() + " holds " + keys.size() + " private keys; the first is used.",
                    "Keep only the server certificate's key in the file."));
        }
        PemKey pemKey = keys.get(0);
        if (pemKey.encrypted() && options.passphrase() == null) {
            return null;
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

    /** What a service's file needs of its key: that there is one, and a passphrase the platform allows. */
    private static void serviceKeyRules(PemBundle pem, Options options, List<Finding> out) {
        if (pem.keys().isEmpty()) {
            out.add(Finding.error(FIELD, pem.name() + " holds no private key.",
                    "Append the server certificate's private key after the certificates (service-ready order:"
                    + " certificate, chain, key); 'synconfig cert import-reply' and 'cert convert' write such files."));
        } else if (pem.keys().get(0).encrypted()) {
            passphraseRule(options.platform(), out);
        }
    }

    /** A CA is judged as a CA: it must be allowed to sign certificates; clients trust it, services do not use it. */
    private static void caRules(X509Certificate ca, List<Finding> out) {
        if (CertificateUsage.forbidsCertificateSigning(ca)) {
            out.add(Finding.error(FIELD, "The CA certificate " + cn(ca) + " has a key usage without Certificate Sign;"
                    + " OpenSSL refuses the certificates it issued (invalid CA certificate).",
                    "Make the CA again with key usage keyCertSign, cRLSign ('synconfig cert create-ca' does)."));
        }
        out.add(Finding.info(FIELD, cn(ca) + " is a CA certificate" + (ChainOrder.selfSigned(ca) ? " (self-signed root)"
                : "") + ": clients trust it, and it issues the server certificates services use.",
                "Give it to clients as their trusted CA; issue server certificates with 'synconfig cert issue'."));
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
        List<String> eku = CertificateUsage.extendedKeyUsageOids(leaf);
        if (eku == null) {
            out.add(Finding.warning(FIELD, "The server certificate " + cn(leaf) + " does not name serverAuth in an"
                    + " extended key usage.", "Issue it again with extended key usage serverAuth (the 'synconfig cert'"
                    + " commands add it)."));
        } else if (!eku.contains(CertificateUsage.SERVER_AUTH) && !eku.contains(CertificateUsage.ANY_USAGE)) {
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
        switch (Expiry.of(cert, options.now(), options.warnDays())) {
            case EXPIRED -> out.add(Finding.error(FIELD, "Certificate " + cn(cert) + " expired on " + day(notAfter)
                    + ".", "Renew it: issue a new certificate (or ask your CA) and replace the file."));
            case NOT_YET_VALID -> out.add(Finding.error(FIELD, "Certificate " + cn(cert) + " is not valid before "
                    + day(cert.getNotBefore().toInstant()) + ".", "Check this machine's clock, or wait until then."));
            case EXPIRES_SOON -> out.add(Finding.warning(FIELD, "Certificate " + cn(cert) + " expires on "
                    + day(notAfter) + ", in " + Expiry.daysLeft(cert, options.now()) + " days.", "Renew it before then."));
            case VALID -> { }
        }
        KeyDescription key = KeyDescription.of(cert.getPublicKey());
        if (key.weak()) {
            out.add(weakKey("Certificate " + cn(cert), key));
        }
        signatureRule(cert, out);
    }

    /**
     * SHA-1 and MD5 signatures. Measured with OpenSSL 3.0: {@code s_server} refuses to load a certificate a CA signed
     * so ("ca md too weak"), while the signature of a self-signed certificate is never checked (it is trusted as
     * itself), so OpenSSL serves and accepts one: an error for the first, a warning for the second.
     */
    private static void signatureRule(X509Certificate cert, List<Finding> out) {
        String signature = cert.getSigAlgName().toUpperCase(Locale.ROOT);
        if (!signature.contains("SHA1") && !signature.contains("MD5") && !signature.contains("MD2")) {
            return;
        }
        if (ChainOrder.selfSigned(cert)) {
            out.add(Finding.warning(FIELD, "Certificate " + cn(cert) + " is self-signed with " + cert.getSigAlgName()
                    + "; OpenSSL accepts it only because a trusted self-signed certificate's own signature is not"
                    + " checked, and refuses any certificate a CA signed so.",
                    "Make it again with SHA-256 or stronger (the 'synconfig cert' commands do)."));
        } else {
            out.add(Finding.error(FIELD, "Certificate " + cn(cert) + " is signed with " + cert.getSigAlgName()
                    + ", which OpenSSL refuses at its default security level (ca md too weak).",
                    "Have it issued again with SHA-256 or stronger."));
        }
    }

    private static Finding weakKey(String what, KeyDescription key) {
        return Finding.error(FIELD, what + " has a weak key (" + key + "); OpenSSL refuses RSA keys under 2048 bits"
                + " and EC keys under P-256.", "Make a new key (rsa:3072 or ec:p256) and certificate.");
    }

    static String cn(X509Certificate cert) {
        return "'" + cert.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253) + "'";
    }

    private static String day(Instant instant) {
        return instant.toString().substring(0, 10);
    }
}
