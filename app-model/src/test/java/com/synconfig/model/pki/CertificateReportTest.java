package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's chain tree and extension list, as KeyStore Explorer shows them, checked against openssl. */
class CertificateReportTest {

    @TempDir
    static Path dir;
    static OpenSsl o;

    @BeforeAll
    static void makeChain() throws Exception {
        o = new OpenSsl(dir);
        o.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "root-key.pem",
                "-out", "root.pem", "-subj", "/CN=Report Root", "-days", "400",
                "-addext", "basicConstraints=critical,CA:true", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        o.ok("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "inter-key.pem",
                "-out", "inter.csr", "-subj", "/CN=Report Intermediate",
                "-addext", "basicConstraints=critical,CA:true,pathlen:0", "-addext", "keyUsage=critical,keyCertSign");
        o.ok("x509", "-req", "-in", "inter.csr", "-CA", "root.pem", "-CAkey", "root-key.pem", "-CAcreateserial",
                "-copy_extensions", "copy", "-days", "300", "-out", "inter.pem");
        o.ok("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "leaf-key.pem",
                "-out", "leaf.csr", "-subj", "/CN=report.test", "-addext", "subjectAltName=DNS:report.test",
                "-addext", "extendedKeyUsage=serverAuth", "-addext", "authorityInfoAccess=caIssuers;URI:http://ca.test/i.crt");
        o.ok("x509", "-req", "-in", "leaf.csr", "-CA", "inter.pem", "-CAkey", "inter-key.pem", "-CAcreateserial",
                "-copy_extensions", "copy", "-days", "200", "-out", "leaf.pem");
        o.concat("service.pem", "leaf.pem", "inter.pem", "root.pem", "leaf-key.pem");
        o.concat("partial.pem", "leaf.pem", "inter.pem");
    }

    private static CertificateReport report(String file) throws Exception {
        return CertificateReport.read(dir.resolve(file), new CertificateRules.Options(null, 30, Instant.now(), null));
    }

    @Test
    void theChainRunsFromTheRootDownToTheCertificateTheFileIsAbout() throws Exception {
        assertThat(report("service.pem").chain()).extracting(ChainLink::label).containsExactly("CN=Report Root",
                "CN=Report Intermediate", "CN=report.test");
        assertThat(report("partial.pem").chain()).extracting(ChainLink::label).containsExactly(
                "(not here) CN=Report Root", "CN=Report Intermediate", "CN=report.test");
        assertThat(CertificateReportText.of(report("service.pem"))).contains("Chain:\n  CN=Report Root\n"
                + "  `- CN=Report Intermediate\n     `- CN=report.test\n");
        assertThat(report("leaf-key.pem").chain()).isEmpty();
    }

    @Test
    void extensionsAreListedInOrderAsOpenSslNamesThem() throws Exception {
        for (String file : List.of("root.pem", "inter.pem", "leaf.pem")) {
            assertThat(report(file).objects().get(0).extensions()).as(file)
                    .isEqualTo(OpenSslText.extensionHeadings(o.ok("x509", "-in", file, "-noout", "-text")));
        }
        assertThat(report("leaf.pem").objects().get(0).extensions()).contains("Authority Information Access");
    }

    @Test
    void keyIdentifiersAreReadAsOpenSslPrintsThem() throws Exception {
        for (String file : List.of("root.pem", "inter.pem", "leaf.pem")) {
            String text = o.ok("x509", "-in", file, "-noout", "-text");
            PemObjectReport cert = report(file).objects().get(0);
            assertThat(cert.subjectKeyId()).as(file).isEqualTo(OpenSslText.extension(text, "X509v3 Subject Key Identifier"))
                    .matches("([0-9A-F]{2}:)+[0-9A-F]{2}");
            assertThat(cert.authorityKeyId()).as(file)
                    .isEqualTo(OpenSslText.extension(text, "X509v3 Authority Key Identifier").replaceFirst("^keyid:", ""));
        }
        PemObjectReport leaf = report("leaf.pem").objects().get(0);
        assertThat(leaf.authorityKeyId()).isEqualTo(report("inter.pem").objects().get(0).subjectKeyId());
        assertThat(CertificateReportText.object(leaf)).contains("  SKI:       " + leaf.subjectKeyId() + "\n",
                "  AKI:       " + leaf.authorityKeyId() + "\n");
    }

    @Test
    void theLocalCaCompletesAChainTheFileLeavesItsRootOutOf() throws Exception {
        CertificateReport report = CertificateReport.of(PemReader.read(dir.resolve("partial.pem")),
                new CertificateRules.Options(null, 30, Instant.now(), null), LocalCa.read(dir.resolve("root.pem")));

        assertThat(report.chain()).extracting(ChainLink::origin).containsExactly(ChainLink.Origin.LOCAL_CA,
                ChainLink.Origin.INSPECTED, ChainLink.Origin.INSPECTED);
        ChainLink root = report.chain().get(0);
        assertThat(root.label()).isEqualTo("CN=Report Root  (local CA: " + dir.resolve("root.pem") + ")");
        assertThat(root.certificate().sha256Fingerprint()).isEqualTo(openSslFingerprint("root.pem"));
        assertThat(report.chain().get(2).certificate()).isSameAs(report.objects().get(0));
        assertThat(CertificateReportText.of(report)).contains("Chain:\n  CN=Report Root  (local CA: ",
                "Local CA " + dir.resolve("root.pem") + " #1 certificate (CERTIFICATE)\n  Subject:   CN=Report Root\n");
        assertThat(report.objects()).hasSize(2);
    }

    @Test
    void aLocalCaThatDidNotIssueTheChainLeavesTheIssuerMissing() throws Exception {
        o.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout",
                "other-key.pem", "-out", "other-ca.pem", "-subj", "/CN=Report Root", "-days", "400",
                "-addext", "basicConstraints=critical,CA:true");
        CertificateReport report = CertificateReport.of(PemReader.read(dir.resolve("partial.pem")),
                new CertificateRules.Options(null, 30, Instant.now(), null), LocalCa.read(dir.resolve("other-ca.pem")));
        assertThat(report.chain()).extracting(ChainLink::label).containsExactly("(not here) CN=Report Root",
                "CN=Report Intermediate", "CN=report.test");
        assertThat(report.chain().get(0).certificate()).isNull();
    }

    @Test
    void aFileWithoutACaCertificateIsNoLocalCa() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> LocalCa.read(dir.resolve("leaf.pem"))))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("holds no CA certificate");
    }

    private static String openSslFingerprint(String file) throws Exception {
        String line = o.ok("x509", "-in", file, "-noout", "-fingerprint", "-sha256").trim();
        return line.substring(line.indexOf('=') + 1);
    }
}
