package com.synconfig.model.pki;

import java.time.Instant;
import java.util.List;

/**
 * What the inspector says about one object of a PEM file. Fields that do not apply to the kind are {@code null}.
 *
 * @param index             1-based position in the file
 * @param kind              {@code certificate}, {@code private key}, {@code certificate request} or {@code other}
 * @param pemType           the PEM block type as written
 * @param subject           RFC 2253 subject (certificates and requests)
 * @param issuer            RFC 2253 issuer (certificates)
 * @param serial            serial number in hex (certificates)
 * @param notBefore         start of validity (certificates)
 * @param notAfter          end of validity (certificates)
 * @param expiry            where the certificate stands in its validity at the time of the report (certificates)
 * @param daysLeft          whole days until {@code notAfter}, negative once expired (certificates)
 * @param subjectAltNames   {@code DNS:...}/{@code IP:...} entries (certificates and requests)
 * @param keyUsage          key usage bits as OpenSSL names them, empty without the extension (certificates)
 * @param extendedKeyUsage  extended key usages as OpenSSL names them, empty without the extension (certificates)
 * @param ca                basic constraints CA:TRUE (certificates)
 * @param pathLength        a CA's path length constraint, {@code null} for none (certificates)
 * @param subjectKeyId      the subject key identifier, colon-separated upper-case hex as {@code openssl x509 -text}
 *                          prints it; {@code null} without the extension (certificates)
 * @param authorityKeyId    the issuer's key identifier named by the authority key identifier, as OpenSSL prints it;
 *                          {@code null} without the extension (certificates)
 * @param extensions        every extension in written order, as OpenSSL names it, {@code (critical)} marked (certificates)
 * @param key               key type and size, e.g. {@code RSA 3072-bit}, {@code EC P-256}; for an encrypted
 *                          PKCS#8 key without its passphrase {@code "(encrypted)"}
 * @param signatureAlgorithm e.g. {@code SHA256withRSA} (certificates and requests)
 * @param sha256Fingerprint colon-separated upper-case hex, as {@code openssl x509 -fingerprint -sha256} prints it
 * @param keyForm           how a key is written, e.g. {@code PKCS#8, encrypted}
 * @param encrypted         whether a key has a passphrase
 */
public record PemObjectReport(int index, String kind, String pemType, String subject, String issuer, String serial,
        Instant notBefore, Instant notAfter, Expiry expiry, Long daysLeft, List<String> subjectAltNames,
        List<String> keyUsage, List<String> extendedKeyUsage, Boolean ca, Integer pathLength, String subjectKeyId, String authorityKeyId,
        List<String> extensions,
        String key,
        String signatureAlgorithm, String sha256Fingerprint, String keyForm, Boolean encrypted) {

    public static final String CERTIFICATE = "certificate";
    public static final String PRIVATE_KEY = "private key";

    static PemObjectReport key(int index, String pemType, String key, String keyForm, boolean encrypted) {
        return new PemObjectReport(index, PRIVATE_KEY, pemType, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, key, null, null, keyForm, encrypted);
    }

    static PemObjectReport request(int index, String pemType, String subject, List<String> subjectAltNames, String key,
            String signatureAlgorithm) {
        return new PemObjectReport(index, "certificate request", pemType, subject, null, null, null, null, null, null,
                subjectAltNames, null, null, null, null, null, null, null, key, signatureAlgorithm, null, null, null);
    }

    static PemObjectReport other(int index, String pemType) {
        return new PemObjectReport(index, "other", pemType, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }
}
