package com.synconfig.model.pki;

import com.synconfig.model.check.Finding;
import java.util.ArrayList;
import java.util.List;

/** The plain-text form of a {@link CertificateReport}, the same in a terminal ({@code cert inspect}) and on screen. */
public final class CertificateReportText {

    private CertificateReportText() {
    }

    /** The whole report: a header line, the chain, each object, the local CA's certificates, then the findings. */
    public static String of(CertificateReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.source()).append(": ").append(report.objects().size()).append(" object(s)\n");
        out.append(chain(report.chain()));
        report.objects().forEach(o -> out.append(object(o)));
        report.fromLocalCa().forEach(l -> out.append("Local CA ").append(l.location()).append(' ')
                .append(object(l.certificate())));
        out.append(findings(report.findings()));
        return out.toString();
    }

    /** The aligned lines for one object of a PEM file. */
    public static String object(PemObjectReport r) {
        StringBuilder out = new StringBuilder();
        out.append('#').append(r.index()).append(' ').append(r.kind()).append(" (").append(r.pemType()).append(")\n");
        for (ReportField field : fields(r)) {
            out.append(String.format("  %-10s %s\n", field.label() + ":", field.value()));
        }
        return out.toString();
    }

    /** The facts of one object, labelled, in the order {@link #object} prints them; those that do not apply left out. */
    public static List<ReportField> fields(PemObjectReport r) {
        List<ReportField> out = new ArrayList<>();
        field(out, "Subject", r.subject());
        field(out, "Issuer", r.issuer());
        field(out, "Serial", r.serial());
        if (r.notBefore() != null) {
            field(out, "Valid", r.notBefore() + " to " + r.notAfter());
            field(out, "Expiry", expiry(r.expiry(), r.daysLeft()));
        }
        if (r.subjectAltNames() != null) {
            field(out, "SANs", list(r.subjectAltNames()));
        }
        if (r.ca() != null) {
            field(out, "Key usage", usages(r.keyUsage()));
            field(out, "EKU", usages(r.extendedKeyUsage()));
            field(out, "CA", !r.ca() ? "no" : "yes, " + (r.pathLength() == null ? "no path length limit"
                    : "path length " + r.pathLength()));
            field(out, "SKI", r.subjectKeyId() == null ? "(none)" : r.subjectKeyId());
            field(out, "AKI", r.authorityKeyId() == null ? "(none)" : r.authorityKeyId());
        }
        if (r.extensions() != null) {
            field(out, "Extensions", list(r.extensions()));
        }
        field(out, "Key", r.key());
        field(out, "Form", r.keyForm());
        field(out, "Signature", r.signatureAlgorithm());
        field(out, "SHA-256", r.sha256Fingerprint());
        return out;
    }

    /** The chain as a tree, root first, each certificate under its issuer. */
    public static String chain(List<ChainLink> chain) {
        if (chain.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Chain:\n");
        for (int depth = 0; depth < chain.size(); depth++) {
            out.append("  ").append(depth == 0 ? "" : "   ".repeat(depth - 1) + "`- ").append(chain.get(depth).label())
                    .append('\n');
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

    private static void field(List<ReportField> out, String label, String value) {
        if (value != null) {
            out.add(new ReportField(label, value));
        }
    }
}
