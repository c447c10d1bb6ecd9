package com.synconfig.model.servicecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.pki.CertificateRules;
import com.synconfig.model.pki.OpenSsl;
import com.synconfig.model.pki.PemReader;
import com.synconfig.model.service.Platform;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateComparisonTest {

    @TempDir
    static Path dir;
    static CertificateFacts configured;
    static CertificateFacts other;

    @BeforeAll
    static void twoCertificatesMadeByOpenSsl() throws Exception {
        OpenSsl openssl = new OpenSsl(dir);
        for (String name : List.of("a", "b")) {
            assertThat(openssl.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc",
                    "-keyout", name + "-key.pem", "-out", name + ".pem", "-days", "30", "-subj", "/CN=" + name,
                    "-addext", "subjectAltName=DNS:" + name + ".example,IP:127.0.0.1").exitCode()).isZero();
        }
        configured = facts("a.pem");
        other = facts("b.pem");
    }

    private static CertificateFacts facts(String file) throws Exception {
        return CertificateFacts.of(file, PemReader.read(dir.resolve(file)).certificates().get(0),
                CertificateRules.Options.defaults(Platform.UNIX));
    }

    @Test
    void theSameCertificateHoldsFieldByField() {
        List<CheckItem> items = CertificateComparison.compare(true, configured, configured);

        assertThat(items).extracting(CheckItem::item).containsExactly("fingerprint (SHA-256)", "subject",
                "subject alternative names", "expires");
        assertThat(items).allMatch(i -> i.verdict() == Verdict.HOLDS);
        assertThat(items.get(2).actual()).isEqualTo("DNS:a.example, IP:127.0.0.1");
    }

    @Test
    void anotherCertificateServedDiffers() {
        List<CheckItem> items = CertificateComparison.compare(true, configured, other);

        assertThat(items.get(0).verdict()).isEqualTo(Verdict.DIFFERS);
        assertThat(items.get(1).predicted()).isEqualTo("CN=a");
        assertThat(items.get(1).actual()).isEqualTo("CN=b");
        assertThat(items.get(1).verdict()).isEqualTo(Verdict.DIFFERS);
    }

    @Test
    void noCertificateServedDiffersAndAnUnreadableConfiguredOneIsNotTestable() {
        CheckItem none = CertificateComparison.compare(true, configured, CertificateFacts.none("localhost:2330",
                "no TLS certificate was presented")).get(0);
        assertThat(none.verdict()).isEqualTo(Verdict.DIFFERS);
        assertThat(none.evidence()).isEqualTo("no TLS certificate was presented");

        CheckItem unknown = CertificateComparison.compare(true, CertificateFacts.none("", "cannot read x.pem"), other)
                .get(0);
        assertThat(unknown.verdict()).isEqualTo(Verdict.NOT_TESTABLE);
        assertThat(unknown.why()).isEqualTo("cannot read x.pem");
    }

    @Test
    void aClearServiceMustServeNone() {
        assertThat(CertificateComparison.compare(false, CertificateFacts.none("", ""),
                CertificateFacts.none("h:1", "no TLS")).get(0).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(CertificateComparison.compare(false, CertificateFacts.none("", ""), other).get(0).verdict())
                .isEqualTo(Verdict.DIFFERS);
    }
}
