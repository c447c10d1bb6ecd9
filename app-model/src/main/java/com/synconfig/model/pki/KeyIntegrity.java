package com.synconfig.model.pki;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Whether a private key's own numbers agree with each other. A damaged encrypted key can still decrypt
 * to a well-formed structure (CBC only garbles the blocks around the damage), so decryption alone does
 * not prove the key is intact.
 */
final class KeyIntegrity {

    private KeyIntegrity() {
    }

    static boolean isConsistent(PrivateKeyInfo info) {
        try {
            ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
            if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
                return rsaConsistent(RSAPrivateKey.getInstance(info.parsePrivateKey()));
            }
            if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
                return ecConsistent(info);
            }
            return true; // other algorithms: nothing cheap to cross-check
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean rsaConsistent(RSAPrivateKey k) {
        BigInteger p = k.getPrime1();
        BigInteger q = k.getPrime2();
        BigInteger one = BigInteger.ONE;
        return p.multiply(q).equals(k.getModulus())
                && k.getPrivateExponent().mod(p.subtract(one)).equals(k.getExponent1())
                && k.getPrivateExponent().mod(q.subtract(one)).equals(k.getExponent2())
                && q.multiply(k.getCoefficient()).mod(p).equals(one)
                && k.getPublicExponent().multiply(k.getExponent1()).mod(p.subtract(one)).equals(one);
    }

    private static boolean ecConsistent(PrivateKeyInfo info) throws IOException {
        org.bouncycastle.asn1.sec.ECPrivateKey k = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());
        if (k.getPublicKey() == null
                || !(info.getPrivateKeyAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curveId)) {
            return true; // no public point stored or explicit curve parameters: nothing to compare
        }
        X9ECParameters curve = ECNamedCurveTable.getByOID(curveId);
        if (curve == null) {
            return true;
        }
        BigInteger d = k.getKey();
        if (d.signum() <= 0 || d.compareTo(curve.getN()) >= 0) {
            return false;
        }
        ECPoint stored = curve.getCurve().decodePoint(k.getPublicKey().getOctets());
        return curve.getG().multiply(d).normalize().equals(stored.normalize());
    }
}
