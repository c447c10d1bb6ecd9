package com.synconfig.model.servicecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCheckReportTest {

    private static CheckItem row(String group, String item, Verdict verdict) {
        return new CheckItem(group, item, "refused", verdict == Verdict.NOT_TESTABLE ? Probe.NOT_TRIED : "refused",
                verdict, "why", "seen");
    }

    private static ServiceCheckReport report(CheckItem... items) {
        return new ServiceCheckReport("SynSrv", "localhost:2330", "BoringSSL", List.of(items), List.of("a note"));
    }

    @Test
    void oneDifferingRowMakesTheWholeCheckDiffer() {
        ServiceCheckReport r = report(row("Protocols", "TLS 1.0", Verdict.HOLDS),
                row("Protocols", "TLS 1.1", Verdict.DIFFERS), row("Suites not offered", "X", Verdict.NOT_TESTABLE));

        assertThat(r.overall()).isEqualTo(Verdict.DIFFERS);
        assertThat(r.summary()).isEqualTo("1 of 2 tested predictions differs from what SynSrv at localhost:2330 does"
                + " (1 hold, 1 not testable here).");
    }

    @Test
    void untestableRowsNeitherFailNorProve() {
        assertThat(report(row("Protocols", "TLS 1.0", Verdict.HOLDS), row("Protocols", "TLS 1.1",
                Verdict.NOT_TESTABLE)).overall()).isEqualTo(Verdict.HOLDS);
        assertThat(report(row("Protocols", "TLS 1.1", Verdict.NOT_TESTABLE)).overall())
                .isEqualTo(Verdict.NOT_TESTABLE);
    }

    @Test
    void theTextListsRowsByGroupAndCountsTheUntestableSuitesNotOffered() {
        ServiceCheckReport r = report(row("Protocols", "TLS 1.0", Verdict.HOLDS),
                row("Suites not offered", "CAMELLIA256-SHA (TLS 1.2)", Verdict.NOT_TESTABLE),
                row("Suites not offered", "DHE-RSA-AES128-SHA (TLS 1.2)", Verdict.DIFFERS),
                row("Certificate", "subject", Verdict.HOLDS));

        String text = ServiceCheckText.of(r, false);

        assertThat(text).startsWith("Check of SynSrv at localhost:2330 (prediction for the BoringSSL engine)\n")
                .contains("\nProtocols\n", "\nSuites not offered\n", "\nCertificate\n")
                .contains("  DHE-RSA-AES128-SHA (TLS 1.2)                   refused        refused")
                .contains("DIFFERS\n      why predicted: why\n      seen: seen\n")
                .contains("  (1 more: no client engine here can offer them, so they are not testable here)\n\nCertificate")
                .doesNotContain("CAMELLIA256-SHA")
                .contains("Verdict: DIFFERS. ").endsWith("Note: a note\n");
        assertThat(ServiceCheckText.of(r, true)).contains("CAMELLIA256-SHA (TLS 1.2)").doesNotContain("1 more");
    }
}
