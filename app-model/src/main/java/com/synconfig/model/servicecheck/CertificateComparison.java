package com.synconfig.model.servicecheck;

import com.synconfig.model.pki.PemObjectReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The certificate rows of a service check: the certificate the service serves against the one its configuration
 * names, field by field (fingerprint, subject, subject alternative names, expiry).
 */
public final class CertificateComparison {

    static final String GROUP = "Certificate";
    private static final String NONE = "(none)";

    private CertificateComparison() {
    }

    /**
     * @param encrypted whether the service encrypts (a clear service must serve no certificate)
     * @param expected  the configured certificate
     * @param served    the certificate the running service presented
     */
    public static List<CheckItem> compare(boolean encrypted, CertificateFacts expected, CertificateFacts served) {
        if (!encrypted) {
            String actual = served.present() ? "served " + served.report().subject() : "none";
            return List.of(new CheckItem(GROUP, "certificate", "none", actual,
                    served.present() ? Verdict.DIFFERS : Verdict.HOLDS, "the service does not encrypt",
                    served.problem()));
        }
        if (!served.present()) {
            return List.of(new CheckItem(GROUP, "certificate", expected.present() ? expected.report().subject()
                    : "unknown", "none served", Verdict.DIFFERS, why(expected), served.problem()));
        }
        if (!expected.present()) {
            return List.of(new CheckItem(GROUP, "certificate", "unknown", served.report().subject(),
                    Verdict.NOT_TESTABLE, expected.problem(), "served at " + served.source()));
        }
        List<CheckItem> items = new ArrayList<>();
        items.add(field("fingerprint (SHA-256)", PemObjectReport::sha256Fingerprint, expected, served));
        items.add(field("subject", PemObjectReport::subject, expected, served));
        items.add(field("subject alternative names", r -> r.subjectAltNames().isEmpty() ? NONE
                : String.join(", ", r.subjectAltNames()), expected, served));
        items.add(field("expires", r -> r.notAfter().toString(), expected, served));
        return items;
    }

    private static CheckItem field(String name, Function<PemObjectReport, String> value, CertificateFacts expected,
                                   CertificateFacts served) {
        String predicted = value.apply(expected.report());
        String actual = value.apply(served.report());
        return new CheckItem(GROUP, name, predicted, actual, predicted.equals(actual) ? Verdict.HOLDS : Verdict.DIFFERS,
                why(expected), "served at " + served.source());
    }

    private static String why(CertificateFacts expected) {
        return expected.present() ? "the service is configured with " + expected.source() : expected.problem();
    }
}
