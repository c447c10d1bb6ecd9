package com.synconfig.model.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Locale;

/**
 * The kind of key to generate: RSA 2048/3072/4096 or EC P-256/P-384. Written as on the command line:
 * {@code rsa:3072}, {@code ec:p256}.
 *
 * @param algorithm {@code RSA} or {@code EC}
 * @param bits      the RSA modulus size or the curve size
 */
public record KeySpec(String algorithm, int bits) {

    public static final KeySpec RSA_2048 = new KeySpec("RSA", 2048);
    public static final KeySpec RSA_3072 = new KeySpec("RSA", 3072);
    public static final KeySpec RSA_4096 = new KeySpec("RSA", 4096);
    public static final KeySpec EC_P256 = new KeySpec("EC", 256);
    public static final KeySpec EC_P384 = new KeySpec("EC", 384);

    /** The default for new keys. */
    public static final KeySpec DEFAULT = RSA_3072;

    private static final String VALID = "rsa:2048, rsa:3072, rsa:4096, ec:p256 or ec:p384";

    public KeySpec {
        if (!(algorithm.equals("RSA") && (bits == 2048 || bits == 3072 || bits == 4096)
                || algorithm.equals("EC") && (bits == 256 || bits == 384))) {
            throw new IllegalArgumentException("Unsupported key " + algorithm + " " + bits + ": use " + VALID + ".");
        }
    }

    /** Parses {@code rsa:3072}, {@code ec:p256} (also {@code ec:prime256v1}, {@code ec:secp384r1}, {@code ec:P-384}). */
    public static KeySpec parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "rsa:2048": return RSA_2048;
            case "rsa:3072": case "rsa": return RSA_3072;
            case "rsa:4096": return RSA_4096;
            case "ec:p256": case "ec:p-256": case "ec:prime256v1": case "ec:secp256r1": case "ec": return EC_P256;
            case "ec:p384": case "ec:p-384": case "ec:secp384r1": return EC_P384;
            default: throw new IllegalArgumentException("Unknown key type '" + text + "': use " + VALID + ".");
        }
    }

    /** The JDK / SEC name of the curve ({@code secp256r1}); only for EC. */
    public String curveName() {
        return bits == 256 ? "secp256r1" : "secp384r1";
    }

    /** The NIST name OpenSSL uses with {@code ec_paramgen_curve} ({@code P-256}). */
    public String nistCurve() {
        return "P-" + bits;
    }

    /** The signature algorithm a key of this kind signs certificates with. */
    public String signatureAlgorithm() {
        if (algorithm.equals("RSA")) {
            return "SHA256withRSA";
        }
        return bits == 384 ? "SHA384withECDSA" : "SHA256withECDSA";
    }

    /** Generates a fresh key pair. RSA 4096 can take seconds: callers show progress. */
    public KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("RSA")) {
                generator.initialize(bits, random);
            } else {
                generator.initialize(new ECGenParameterSpec(curveName()), random);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The Java runtime cannot generate " + this + " keys", e);
        }
    }

    /** The command-line form, e.g. {@code rsa:3072}, {@code ec:p256}. */
    @Override
    public String toString() {
        return algorithm.equals("RSA") ? "rsa:" + bits : "ec:p" + bits;
    }
}
