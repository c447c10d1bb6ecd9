package com.synconfig.app.gui.certificates;

import java.nio.file.Path;

/**
 * One file of the certificates folder.
 *
 * @param file     the file
 * @param subject  the first certificate's subject ({@code ""} when the file holds none)
 * @param issuer   its issuer
 * @param notAfter its expiry day, ISO ({@code ""} when none)
 * @param daysLeft days until it expires (negative: expired ago); meaningless without a certificate
 * @param expiry   how the expiry colouring reads it
 * @param key      the private key in the file: {@code "yes"}, {@code "encrypted"}, {@code "no"}
 */
public record CertificateRow(Path file, String subject, String issuer, String notAfter, long daysLeft,
                             Expiry expiry, String key) {

    /** Expiry classes: the list colours them. */
    public enum Expiry { VALID, EXPIRES_SOON, EXPIRED, NOT_YET_VALID, NO_CERTIFICATE }
}
