package com.synconfig.model.tls;

/** OpenSSL's strength classes (the {@code HIGH}, {@code MEDIUM}, ... cipher string aliases). */
public enum CipherClass {
    HIGH, MEDIUM, LOW, EXPORT, NULL
}
