package com.synconfig.model.pki;

import com.synconfig.model.check.Finding;
import java.util.List;

/** The plain-text form of a {@link CertificateReport}, the same in a terminal ({@code cert inspect}) and on screen. */
public final class CertificateReportText {

    private CertificateReportText() {
    }

    /** The whole report: a header line, the chain, each object, then the findings. */
    public static String of(CertificateReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.source()).append(": ").append(report.objects().size()).append(" object(s)\n");
        out.append(chain(report.chain()));
        report.objects().forEach(o -> out.append(object(o)));
        out.append(findings(report.findings()));
        return out.toString();
    }

    /** The aligned lines for one object of a PEM file. */
    public static String object(PemObjectReport r) {
        StringBuilder out = new StringBuilder();
        out.append('#').append(r.index()).append(' ').append(r.kind()).append(" (").append(r.pemType()).append(")\n");
        line(out, "Subject", r.subject());
        line(out, "Issuer", r.issuer());
        line(out, "Serial", r.serial());
        if (r.notBefore() != null) {
            line(out, "Valid", r.notBefore() + " to " + r.notAfter());
            line(out, "Expiry", expiry(r.expiry(), r.daysLeft()));
        }
        if (r.subjectAltNames() != null) {
            line(out, "SANs", list(r.subjectAltNames()));
        }
        if (r.ca() != null) {
            line(out, "Key usage", usages(r.keyUsage()));
            line(out, "EKU", usages(r.extendedKeyUsage()));
            line(out, "CA", !r.ca() ? "no" : "yes, " + (r.pathLength() == null ? "no path length limit"
                    : "path length " + r.pathLength()));
        }
        if (r.extensions() != null) {
            line(out, "Extensions", list(r.extensions()));
        }
        line(out, "Key", r.key());
        line(out, "Form", r.keyForm());
        line(out, "Signature", r.signatureAlgorithm());
        line(out, "SHA-256", r.sha256Fingerprint());
        return out.toString();
    }

    /** The chain as a tree, root first, each certificate under its issuer. */
    public static String chain(List<String> chain) {
        if (chain.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Chain:\n");
        for (int depth = 0; depth < chain.size(); depth++) {
            out.append("  ").append(depth == 0 ? "" : "   ".repeat(depth - 1) + "`- ").append(chain.get(depth)).append('\n');
        }
        return out.toString();
    }

    /** One line per finding ({@code ERROR: message Fix: fix}), or {@code No findings.} */
    public static String findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "No findings.\n";
        }
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.severity()).append(": ").append(f.message());
            if (!f.fix().isEmpty()) {
                out.append(" Fix: ").append(f.fix());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String expiry(Expiry expiry, long daysLeft) {
        return switch (expiry) {
            case VALID -> "valid, " + daysLeft + " days left";
            case EXPIRES_SOON -> "expires soon, " + daysLeft + " days left";
            case EXPIRED -> "expired " + -daysLeft + " days ago";
            case NOT_YET_VALID -> "not yet valid";
        };
    }

    /** Without the extension a certificate's key is not restricted to any use. */
    private static String usages(List<String> values) {
        return values.isEmpty() ? "(no extension: not restricted)" : String.join(", ", values);
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values);
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null) {
            out.append(String.format("  %-10s %s\n", label + ":", value));
        }
    }
}
