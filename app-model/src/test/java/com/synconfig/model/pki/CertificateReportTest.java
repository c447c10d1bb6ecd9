package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        assertThat(report("service.pem").chain()).containsExactly("CN=Report Root", "CN=Report Intermediate",
                "CN=report.test");
        assertThat(report("partial.pem").chain()).containsExactly("(not here) CN=Report Root",
                "CN=Report Intermediate", "CN=report.test");
        assertThat(CertificateReportText.of(report("service.pem"))).contains("Chain:\n  CN=Report Root\n"
                + "  `- CN=Report Intermediate\n     `- CN=report.test\n");
        assertThat(report("leaf-key.pem").chain()).isEmpty();
    }

    @Test
    void extensionsAreListedInOrderAsOpenSslNamesThem() throws Exception {
        for (String file : List.of("root.pem", "inter.pem", "leaf.pem")) {
            assertThat(report(file).objects().get(0).extensions()).as(file)
                    .isEqualTo(openSslExtensions(o.ok("x509", "-in", file, "-noout", "-text")));
        }
        assertThat(report("leaf.pem").objects().get(0).extensions()).contains("Authority Information Access");
    }

    /** The extension headings of {@code openssl x509 -text}, "X509v3 " dropped, ": critical" as " (critical)". */
    private static List<String> openSslExtensions(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^ {12}(?:X509v3 )?([A-Z][A-Za-z ]+):( critical)? *$")
                .matcher(text.substring(text.indexOf("X509v3 extensions:")));
        while (m.find()) {
            out.add(m.group(1) + (m.group(2) == null ? "" : " (critical)"));
        }
        return out;
    }
}
