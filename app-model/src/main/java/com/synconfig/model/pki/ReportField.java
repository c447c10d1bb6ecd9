package com.synconfig.model.pki;

/**
 * One labelled fact of a {@link PemObjectReport}, worded as {@code cert inspect} prints it and the Certificates
 * screen lists it.
 *
 * @param label e.g. {@code Subject}, {@code Key usage}, {@code SKI}
 * @param value e.g. {@code CN=host}, {@code Digital Signature}
 */
public record ReportField(String label, String value) {
}
