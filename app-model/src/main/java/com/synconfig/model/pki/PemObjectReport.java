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
 * @param subjectAltNames   {@code DNS:...}/{@code IP:...} entries (certificates and requests)
 * @param key               key type and size, e.g. {@code RSA 3072-bit}, {@code EC P-256}; for an encrypted
 *                          PKCS#8 key without its passphrase {@code "(encrypted)"}
 * @param signatureAlgorithm e.g. {@code SHA256withRSA} (certificates and requests)
 * @param sha256Fingerprint colon-separated upper-case hex, as {@code openssl x509 -fingerprint -sha256} prints it
 * @param keyForm           how a key is written, e.g. {@code PKCS#8, encrypted}
 * @param encrypted         whether a key has a passphrase
 */
public record PemObjectReport(int index, String kind, String pemType, String subject, String issuer, String serial,
        Instant notBefore, Instant notAfter, List<String> subjectAltNames, String key, String signatureAlgorithm,
        String sha256Fingerprint, String keyForm, Boolean encrypted) {
}
