package com.synconfig.model.pki;

import java.io.IOException;
import java.security.PublicKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * A key's type and size as an admin reads it: {@code RSA 3072-bit}, {@code EC P-256}.
 *
 * @param algorithm {@code RSA}, {@code EC}, or another algorithm's name
 * @param bits      modulus or curve size; 0 when unknown
 * @param curve     the curve's name for EC keys (e.g. {@code P-256}), else {@code null}
 */
public record KeyDescription(String algorithm, int bits, String curve) {

    public static KeyDescription of(KeySpec spec) {
        return new KeyDescription(spec.algorithm(), spec.bits(), spec.algorithm().equals("EC") ? spec.nistCurve() : null);
    }

    public static KeyDescription of(PublicKey key) {
        return of(SubjectPublicKeyInfo.getInstance(key.getEncoded()));
    }

    public static KeyDescription of(SubjectPublicKeyInfo info) {
        AlgorithmIdentifier algorithm = info.getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm.getAlgorithm())) {
            try {
                return rsa(RSAPublicKey.getInstance(info.parsePublicKey()).getModulus().bitLength());
            } catch (IOException e) {
                return new KeyDescription("RSA", 0, null);
            }
        }
        return describe(algorithm);
    }

    public static KeyDescription of(PrivateKeyInfo info) {
        AlgorithmIdentifier algorithm = info.getPrivateKeyAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm.getAlgorithm())) {
            try {
                return rsa(RSAPrivateKey.getInstance(info.parsePrivateKey()).getModulus().bitLength());
            } catch (IOException e) {
                return new KeyDescription("RSA", 0, null);
            }
        }
        return describe(algorithm);
    }

    /** Below what OpenSSL 3's default security level accepts: RSA under 2048 bits, EC under 256 bits. */
    public boolean weak() {
        return switch (algorithm) {
            case "RSA", "DSA" -> bits > 0 && bits < 2048;
            case "EC" -> bits > 0 && bits < 256;
            default -> false;
        };
    }

    @Override
    public String toString() {
        if (curve != null) {
            return algorithm + " " + curve;
        }
        return bits > 0 ? algorithm + " " + bits + "-bit" : algorithm;
    }

    private static KeyDescription rsa(int bits) {
        return new KeyDescription("RSA", bits, null);
    }

    private static KeyDescription describe(AlgorithmIdentifier algorithm) {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            if (algorithm.getParameters() instanceof ASN1ObjectIdentifier curveId) {
                X9ECParameters params = ECNamedCurveTable.getByOID(curveId);
                String name = NISTNamedCurves.getName(curveId);
                if (name == null) {
                    name = ECNamedCurveTable.getName(curveId);
                }
                return new KeyDescription("EC", params == null ? 0 : params.getCurve().getFieldSize(),
                        name == null ? curveId.getId() : name);
            }
            return new KeyDescription("EC", 0, "explicit parameters");
        }
        if (X9ObjectIdentifiers.id_dsa.equals(oid)) {
            return new KeyDescription("DSA", 0, null);
        }
        String id = oid.getId();
        return new KeyDescription(switch (id) {
            case "1.3.101.112" -> "Ed25519";
            case "1.3.101.113" -> "Ed448";
            default -> id;
        }, 0, null);
    }
}
