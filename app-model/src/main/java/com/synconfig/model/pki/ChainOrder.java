package com.synconfig.model.pki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Issuer links between certificates: who signed whom, and the chain from a server certificate upwards. */
public final class ChainOrder {

    private ChainOrder() {
    }

    /** Whether {@code issuer} signed {@code cert}: names match and the signature verifies with its key. */
    public static boolean issuedBy(X509Certificate cert, X509Certificate issuer) {
        if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public static boolean selfSigned(X509Certificate cert) {
        return issuedBy(cert, cert);
    }

    /**
     * The chain from {@code leaf} upwards using certificates from {@code pool}: each next one is the
     * issuer of the previous. Stops at a self-signed certificate or when the issuer is not in the pool.
     * Certificates of the pool that are not on the chain are left out.
     */
    public static List<X509Certificate> fromLeaf(X509Certificate leaf, Collection<X509Certificate> pool) {
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (!selfSigned(current)) {
            X509Certificate next = null;
            for (X509Certificate candidate : pool) {
                if (!chain.contains(candidate) && issuedBy(current, candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            chain.add(next);
            current = next;
        }
        return chain;
    }
}
