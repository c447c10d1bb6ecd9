package com.synconfig.model.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reading the inputs of the certificate operations, with messages that name the file. */
public final class CertificateFiles {

    private CertificateFiles() {
    }

    /** Certificates from PEM (CERTIFICATE or PKCS7 blocks) or DER (one certificate or a PKCS#7 {@code .p7b} bundle). */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
        List<X509Certificate> certificates;
        if (new String(bytes, StandardCharsets.ISO_8859_1).contains("-----BEGIN ")) {
            certificates = PemReader.parse(new String(bytes, StandardCharsets.ISO_8859_1), file).certificates();
        } else {
            certificates = new ArrayList<>();
            try {
                CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))
                        .forEach(c -> certificates.add((X509Certificate) c));
            } catch (CertificateException e) {
                throw new IOException(file + ": neither PEM nor a DER certificate or PKCS#7 bundle", e);
            }
        }
        if (certificates.isEmpty()) {
            throw new IOException(file + ": no certificate in this file");
        }
        return certificates;
    }

    /** The first private key of a PEM file, decrypted with {@code passphrase} if it is encrypted. */
    public static PrivateKey readPrivateKey(Path file, char[] passphrase) throws IOException {
        List<PemKey> keys = PemReader.read(file).keys();
        if (keys.isEmpty()) {
            throw new IOException(file + ": no private key in this file");
        }
        try {
            return keys.get(0).decrypt(passphrase);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the first key of a PEM file is encrypted (so a caller knows to ask for its passphrase). */
    public static boolean keyIsEncrypted(Path file) throws IOException {
        List<PemKey> keys = PemReader.read(file).keys();
        return !keys.isEmpty() && keys.get(0).encrypted();
    }
}
