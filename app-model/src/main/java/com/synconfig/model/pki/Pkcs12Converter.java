package com.synconfig.model.pki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** PKCS#12 ({@code .p12}/{@code .pfx}) in and out, through the JDK's PKCS#12 key store (reads OpenSSL 3's PBES2/AES files). */
public final class Pkcs12Converter {

    private Pkcs12Converter() {
    }

    /** Whether a file name looks like PKCS#12. */
    public static boolean isPkcs12Name(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".p12") || n.endsWith(".pfx");
    }

    /** The first key entry with its certificate chain (server certificate first). */
    public static ServiceCredentials read(Path file, char[] passphrase) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), passphrase == null ? new char[0] : passphrase);
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException(file + ": " + PemKey.WRONG_PASSPHRASE + " (or not a PKCS#12 file)", e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, passphrase == null ? new char[0] : passphrase);
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate c : store.getCertificateChain(alias)) {
                    chain.add((X509Certificate) c);
                }
                return new ServiceCredentials(ChainOrder.fromLeaf(chain.get(0), chain), (PrivateKey) key);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": " + PemKey.WRONG_PASSPHRASE, e);
        }
        throw new IOException(file + ": no private key with a certificate in this PKCS#12 file");
    }

    /** The PKCS#12 bytes for a key and its chain, protected by {@code passphrase} (required). */
    public static byte[] encode(ServiceCredentials credentials, char[] passphrase, String alias) throws IOException {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("A PKCS#12 file needs a passphrase: give one for the new file.");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, credentials.key(), passphrase, credentials.chain().toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, passphrase);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not write PKCS#12: " + e.getMessage(), e);
        }
    }
}
