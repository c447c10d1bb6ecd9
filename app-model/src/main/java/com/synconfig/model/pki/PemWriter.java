package com.synconfig.model.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Writes PEM text. Keys are always PKCS#8: plain ({@code PRIVATE KEY}) or, with a passphrase,
 * PBES2 with AES-256-CBC and PBKDF2-HMAC-SHA256 ({@code ENCRYPTED PRIVATE KEY}), which OpenSSL 3 reads.
 */
public final class PemWriter {

    /** PBKDF2 rounds: OpenSSL 3 writes 2048; more makes guessing a passphrase costlier. */
    static final int PBKDF2_ITERATIONS = 100_000;

    private PemWriter() {
    }

    public static String certificates(List<X509Certificate> certificates) {
        return write(certificates.toArray());
    }

    public static String request(PKCS10CertificationRequest request) {
        return write(request);
    }

    /** @param passphrase {@code null} or empty writes the key without a passphrase */
    public static String privateKey(PrivateKey key, char[] passphrase) {
        try {
            OutputEncryptor encryptor = passphrase == null || passphrase.length == 0 ? null
                    : new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                            .setPRF(PKCS8Generator.PRF_HMACSHA256)
                            .setIterationCount(PBKDF2_ITERATIONS)
                            .setRandom(new SecureRandom())
                            .setProvider(Bc.PROVIDER)
                            .setPassword(passphrase)
                            .build();
            return write(new JcaPKCS8Generator(key, encryptor).generate());
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not encode the private key: " + e.getMessage(), e);
        }
    }

    /** A service-ready file: the server certificate, its chain, then the private key. */
    public static String serviceFile(ServiceCredentials credentials, char[] passphrase) {
        return certificates(credentials.chain()) + privateKey(credentials.key(), passphrase);
    }

    private static String write(Object... objects) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            for (Object o : objects) {
                w.writeObject(o);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode PEM: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
