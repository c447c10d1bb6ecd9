package com.synconfig.model.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * The certificate operations an administrator runs (the CLI and the GUI both call these): create a local
 * CA, issue or self-sign a server certificate, make a request for a public CA, import its reply, convert.
 * Service-ready files hold the server certificate, its chain, then the key. Passphrases may be
 * {@code null} for "no passphrase" except where noted.
 */
public final class CertificateToolkit {

    private final SecureRandom random;
    private final CertificateIssuer issuer;
    private final Consumer<String> progress;

    /** @param progress receives one-line progress notes (key generation can take seconds) */
    public CertificateToolkit(Consumer<String> progress) {
        this.random = new SecureRandom();
        this.issuer = new CertificateIssuer(random, java.time.Clock.systemUTC());
        this.progress = progress;
    }

    /** A local CA: root certificate to {@code certOut}, its key encrypted with {@code passphrase} (required) to {@code keyOut}. */
    public X509Certificate createCa(DistinguishedName subject, KeySpec keySpec, int days, char[] passphrase,
            Path certOut, Path keyOut) throws IOException {
        checkCaPassphrase(passphrase);
        CertificateIssuer.checkDays(days);
        SecureFiles.checkDirectories(certOut, keyOut);
        KeyPair key = generate(keySpec);
        X509Certificate ca = issuer.createCa(subject, key, days);
        SecureFiles.writePrivate(keyOut, PemWriter.privateKey(key.getPrivate(), passphrase));
        SecureFiles.writePublic(certOut, PemWriter.certificates(List.of(ca)));
        return ca;
    }

    /** @throws IllegalArgumentException when a new CA key would have no passphrase (a CA key is always protected) */
    public static void checkCaPassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("The CA key must be protected: give a passphrase for it.");
        }
    }

    /** A server certificate issued by the CA, written service-ready (certificate, CA certificate, key) to {@code out}. */
    public X509Certificate issue(Path caCert, Path caKey, char[] caPassphrase, DistinguishedName subject,
            SubjectAltNames sans, KeySpec keySpec, int days, Path out, char[] keyPassphrase) throws IOException {
        CertificateIssuer.checkDays(days);
        List<X509Certificate> caChain = CertificateFiles.readCertificates(caCert);
        PrivateKey caPrivate = CertificateFiles.readPrivateKey(caKey, caPassphrase);
        SecureFiles.checkDirectories(out);
        KeyPair key = generate(keySpec);
        X509Certificate server = issuer.issueServer(caChain.get(0), caPrivate, subject, sans, key.getPublic(), days);
        List<X509Certificate> chain = new ArrayList<>(List.of(server));
        chain.addAll(caChain);
        SecureFiles.writePrivate(out, PemWriter.serviceFile(new ServiceCredentials(chain, key.getPrivate()), keyPassphrase));
        return server;
    }

    /** A self-signed server certificate and its key, written service-ready to {@code out}. */
    public X509Certificate selfSigned(DistinguishedName subject, SubjectAltNames sans, KeySpec keySpec, int days,
            Path out, char[] keyPassphrase) throws IOException {
        CertificateIssuer.checkDays(days);
        SecureFiles.checkDirectories(out);
        KeyPair key = generate(keySpec);
        X509Certificate cert = issuer.selfSigned(subject, sans, key, days);
        SecureFiles.writePrivate(out, PemWriter.serviceFile(new ServiceCredentials(List.of(cert), key.getPrivate()),
                keyPassphrase));
        return cert;
    }

    /**
     * A PKCS#10 request to {@code requestOut} and its new key to {@code keyOut} (keep it: the CA's reply
     * is useless without it).
     *
     * @return the equivalent {@code openssl req} command
     */
    public String request(DistinguishedName subject, SubjectAltNames sans, KeySpec keySpec, Path requestOut,
            Path keyOut, char[] keyPassphrase) throws IOException {
        SecureFiles.checkDirectories(requestOut, keyOut);
        KeyPair key = generate(keySpec);
        PKCS10CertificationRequest request = CertificateRequests.create(subject, sans, key);
        SecureFiles.writePrivate(keyOut, PemWriter.privateKey(key.getPrivate(), keyPassphrase));
        SecureFiles.writePublic(requestOut, PemWriter.request(request));
        return CertificateRequests.opensslCommand(subject, sans, keySpec, keyOut.toString(), requestOut.toString());
    }

    /**
     * The CA's reply (PEM, DER or PKCS#7, with or without chain; extra chain files allowed) plus the kept key,
     * written service-ready to {@code out}.
     *
     * @throws IOException when no certificate of the reply belongs to the key
     */
    public ServiceCredentials importReply(Path reply, List<Path> extraChain, Path keyFile, char[] keyPassphrase,
            Path out, char[] outPassphrase) throws IOException {
        List<X509Certificate> pool = new ArrayList<>(CertificateFiles.readCertificates(reply));
        for (Path extra : extraChain) {
            pool.addAll(CertificateFiles.readCertificates(extra));
        }
        PrivateKey key = CertificateFiles.readPrivateKey(keyFile, keyPassphrase);
        X509Certificate leaf = pool.stream().filter(c -> KeyMatch.matches(key, c.getPublicKey())).findFirst()
                .orElseThrow(() -> new IOException(reply + ": no certificate in the reply belongs to the key " + keyFile
                        + "; use the key that was written with the request"));
        ServiceCredentials credentials = new ServiceCredentials(ChainOrder.fromLeaf(leaf, pool), key);
        SecureFiles.writePrivate(out, PemWriter.serviceFile(credentials, outPassphrase));
        return credentials;
    }

    /**
     * Converts between PKCS#12 and PEM, and re-writes PEM keys with or without a passphrase. The format
     * follows the file name ({@code .p12}/{@code .pfx} is PKCS#12, anything else PEM). A PEM input without
     * a certificate is a lone key and is written as a lone key.
     *
     * @param outPassphrase required for PKCS#12 output; for PEM output {@code null} writes the key without one
     */
    public void convert(Path in, char[] inPassphrase, Path out, char[] outPassphrase) throws IOException {
        if (Pkcs12Converter.isPkcs12Name(in)) {
            writeConverted(Pkcs12Converter.read(in, inPassphrase), out, outPassphrase);
            return;
        }
        PemBundle pem = PemReader.read(in);
        PrivateKey key = CertificateFiles.readPrivateKey(in, inPassphrase);
        if (pem.certificates().isEmpty()) {
            if (Pkcs12Converter.isPkcs12Name(out)) {
                throw new IOException(in + ": has no certificate; a PKCS#12 file needs the certificate with its key");
            }
            SecureFiles.writePrivate(out, PemWriter.privateKey(key, outPassphrase));
            return;
        }
        X509Certificate leaf = pem.certificates().stream().filter(c -> KeyMatch.matches(key, c.getPublicKey()))
                .findFirst().orElseThrow(() -> new IOException(in + ": the private key belongs to none of its certificates"));
        writeConverted(new ServiceCredentials(ChainOrder.fromLeaf(leaf, pem.certificates()), key), out, outPassphrase);
    }

    private static void writeConverted(ServiceCredentials credentials, Path out, char[] outPassphrase) throws IOException {
        if (Pkcs12Converter.isPkcs12Name(out)) {
            SecureFiles.writePrivate(out, Pkcs12Converter.encode(credentials, outPassphrase, "rsynd"));
        } else {
            SecureFiles.writePrivate(out, PemWriter.serviceFile(credentials, outPassphrase));
        }
    }

    private KeyPair generate(KeySpec spec) {
        progress.accept("Generating a " + KeyDescription.of(spec) + " key" + (spec.bits() >= 4096 ? " (this can take a few seconds)" : "") + "...");
        long start = System.nanoTime();
        KeyPair key = spec.generate(random);
        progress.accept(String.format(java.util.Locale.ROOT, "Key generated in %.1f s.", (System.nanoTime() - start) / 1e9));
        return key;
    }
}
