package com.synconfig.model.pki;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The Bouncy Castle provider, used explicitly where the JDK lacks an algorithm (PEM and PKCS#8 key
 * decryption ciphers). It is never registered globally, so the rest of the program keeps the JDK's providers.
 */
final class Bc {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {
    }
}
