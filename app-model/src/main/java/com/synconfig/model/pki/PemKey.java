package com.synconfig.model.pki;

import java.io.IOException;
import java.security.PrivateKey;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * A private key as found in a PEM file, possibly still encrypted. Whether it is encrypted is known
 * without the passphrase; the key itself only after {@link #decrypt(char[])}.
 */
public final class PemKey {

    /** The message SPEC.md section 3 prescribes: a wrong passphrase and a corrupt key look alike. */
    public static final String WRONG_PASSPHRASE = "wrong passphrase or damaged key";

    /** How the key is written. */
    public enum Form {
        PKCS8("PKCS#8"),
        PKCS8_ENCRYPTED("PKCS#8, encrypted"),
        PKCS1_RSA("PKCS#1 (traditional RSA)"),
        SEC1_EC("SEC1 (traditional EC)"),
        TRADITIONAL_ENCRYPTED("traditional, encrypted (Proc-Type/DEK-Info)");

        private final String label;

        Form(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Form form;
    private final Object encoded;

    private PemKey(Form form, Object encoded) {
        this.form = form;
        this.encoded = Objects.requireNonNull(encoded);
    }

    public static PemKey of(PrivateKeyInfo info) {
        return new PemKey(Form.PKCS8, info);
    }

    static PemKey of(PKCS8EncryptedPrivateKeyInfo info) {
        return new PemKey(Form.PKCS8_ENCRYPTED, info);
    }

    static PemKey of(PEMKeyPair pair, boolean rsa) {
        return new PemKey(rsa ? Form.PKCS1_RSA : Form.SEC1_EC, pair);
    }

    static PemKey of(PEMEncryptedKeyPair pair) {
        return new PemKey(Form.TRADITIONAL_ENCRYPTED, pair);
    }

    public Form form() {
        return form;
    }

    public boolean encrypted() {
        return form == Form.PKCS8_ENCRYPTED || form == Form.TRADITIONAL_ENCRYPTED;
    }

    /** The key's structure when it is not encrypted. */
    public Optional<PrivateKeyInfo> plainInfo() {
        if (encoded instanceof PrivateKeyInfo info) {
            return Optional.of(info);
        }
        if (encoded instanceof PEMKeyPair pair) {
            return Optional.of(pair.getPrivateKeyInfo());
        }
        return Optional.empty();
    }

    /**
     * The key's structure, decrypting it if needed.
     *
     * @param passphrase ignored for a key that is not encrypted
     * @throws IOException "the private key is encrypted..." without a passphrase, or {@link #WRONG_PASSPHRASE}
     */
    public PrivateKeyInfo decryptInfo(char[] passphrase) throws IOException {
        PrivateKeyInfo info = plainInfo().isPresent() ? plainInfo().get() : decryptEncrypted(passphrase);
        if (!KeyIntegrity.isConsistent(info)) {
            throw new IOException(WRONG_PASSPHRASE + " (the key's numbers do not agree with each other)");
        }
        return info;
    }

    private PrivateKeyInfo decryptEncrypted(char[] passphrase) throws IOException {
        if (passphrase == null) {
            throw new IOException("the private key is encrypted (" + form.label() + "): its passphrase is needed");
        }
        try {
            if (encoded instanceof PKCS8EncryptedPrivateKeyInfo info) {
                return info.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                        .setProvider(Bc.PROVIDER).build(passphrase));
            }
            PEMKeyPair pair = ((PEMEncryptedKeyPair) encoded).decryptKeyPair(
                    new JcePEMDecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(passphrase));
            return pair.getPrivateKeyInfo();
        } catch (Exception e) {
            // Bad padding, an undecodable structure and a bad MAC all mean the same thing to an admin.
            throw new IOException(WRONG_PASSPHRASE, e);
        }
    }

    /** The usable key (JDK key classes), decrypting it if needed; see {@link #decryptInfo(char[])}. */
    public PrivateKey decrypt(char[] passphrase) throws IOException {
        PrivateKeyInfo info = decryptInfo(passphrase);
        try {
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (Exception e) {
            throw new IOException(WRONG_PASSPHRASE, e);
        }
    }
}
