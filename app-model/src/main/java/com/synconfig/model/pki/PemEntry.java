package com.synconfig.model.pki;

import java.security.cert.X509Certificate;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** One block of a PEM file, in file order. */
public sealed interface PemEntry {

    /** The PEM block type as written, e.g. {@code CERTIFICATE}, {@code RSA PRIVATE KEY}. */
    String pemType();

    record Certificate(String pemType, X509Certificate certificate) implements PemEntry {
    }

    record Key(String pemType, PemKey key) implements PemEntry {
    }

    record Request(String pemType, PKCS10CertificationRequest request) implements PemEntry {
    }

    /** A block we recognise as PEM but do not use (e.g. {@code EC PARAMETERS}, {@code PUBLIC KEY}). */
    record Other(String pemType) implements PemEntry {
    }
}
