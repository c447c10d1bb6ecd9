package com.synconfig.model.pki;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/** Where a certificate stands in its validity period at a given time: the class every face colours and judges by. */
public enum Expiry {
    VALID, EXPIRES_SOON, EXPIRED, NOT_YET_VALID;

    /** @param warnDays a certificate that ends within this many days {@link #EXPIRES_SOON} */
    public static Expiry of(X509Certificate cert, Instant now, int warnDays) {
        Instant notAfter = cert.getNotAfter().toInstant();
        if (now.isAfter(notAfter)) {
            return EXPIRED;
        }
        if (now.isBefore(cert.getNotBefore().toInstant())) {
            return NOT_YET_VALID;
        }
        return Duration.between(now, notAfter).compareTo(Duration.ofDays(warnDays)) < 0 ? EXPIRES_SOON : VALID;
    }

    /** Whole days from {@code now} to the end of validity; negative once it has ended. */
    public static long daysLeft(X509Certificate cert, Instant now) {
        return Duration.between(now, cert.getNotAfter().toInstant()).toDays();
    }
}
