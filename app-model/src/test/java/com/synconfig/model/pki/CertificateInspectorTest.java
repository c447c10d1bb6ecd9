package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspector's facts agree with what openssl prints for the same objects. */
class CertificateInspectorTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryObjectOfAMixedFileLikeOpenSslSeesIt() throws Exception {
        OpenSsl o = new OpenSsl(dir);
        o.ok("req", "-x509", "-newkey", "rsa:2048", "-noenc", "-keyout", "k.pem", "-out", "c.pem", "-subj",
                "/O=Example/CN=inspect.test", "-addext", "subjectAltName=DNS:inspect.test,IP:10.1.2.3", "-days", "20");
        o.ok("rsa", "-in", "k.pem", "-aes256", "-traditional", "-passout", "pass:pw", "-out", "k-trad.pem");
        o.ok("req", "-new", "-key", "k.pem", "-subj", "/CN=req.test", "-addext", "subjectAltName=DNS:req.test",
                "-out", "r.pem");
        o.ok("ecparam", "-name", "prime256v1", "-out", "params.pem");
        Path file = o.concat("mixed.pem", "c.pem", "k-trad.pem", "r.pem", "params.pem");

        List<PemObjectReport> reports = CertificateInspector.describe(PemReader.read(file), options(null));

        assertThat(reports).extracting(PemObjectReport::kind)
                .containsExactly("certificate", "private key", "certificate request", "other");
        PemObjectReport cert = reports.get(0);
        assertThat(cert.subject()).isEqualTo("CN=inspect.test,O=Example");
        assertThat(cert.subjectAltNames()).containsExactly("DNS:inspect.test", "IP:10.1.2.3");
        assertThat(cert.key()).isEqualTo("RSA 2048-bit");
        assertThat(cert.signatureAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat("sha256 Fingerprint=" + cert.sha256Fingerprint() + "\n")
                .isEqualTo(o.ok("x509", "-in", "c.pem", "-noout", "-fingerprint", "-sha256"));
        assertThat("serial=" + cert.serial() + "\n").isEqualTo(o.ok("x509", "-in", "c.pem", "-noout", "-serial"));
        PemObjectReport key = reports.get(1);
        assertThat(key.encrypted()).isTrue();
        assertThat(key.keyForm()).isEqualTo("traditional, encrypted (Proc-Type/DEK-Info)");
        assertThat(key.key()).contains("encrypted");
        assertThat(CertificateInspector.describe(PemReader.read(file), options("pw".toCharArray())).get(1).key()).isEqualTo("RSA 2048-bit");
        PemObjectReport req = reports.get(2);
        assertThat(req.subject()).isEqualTo("CN=req.test");
        assertThat(req.subjectAltNames()).containsExactly("DNS:req.test");
        assertThat(reports.get(3).pemType()).isEqualTo("EC PARAMETERS");
    }

    @Test
    void keyUsageExtendedKeyUsageAndCaFlagReadAsOpenSslPrintsThem() throws Exception {
        OpenSsl o = new OpenSsl(dir);
        o.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "ca-key.pem",
                "-out", "ca.pem", "-subj", "/CN=Usage CA", "-days", "30",
                "-addext", "basicConstraints=critical,CA:true,pathlen:0", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        o.ok("req", "-new", "-newkey", "rsa:2048", "-noenc", "-keyout", "leaf-key.pem", "-out", "leaf.csr",
                "-subj", "/CN=usage.test", "-addext", "basicConstraints=CA:false",
                "-addext", "keyUsage=digitalSignature,keyEncipherment",
                "-addext", "extendedKeyUsage=serverAuth,clientAuth,1.3.6.1.4.1.99999.1");
        o.ok("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
                "-copy_extensions", "copy", "-days", "10", "-out", "leaf.pem");

        for (String file : List.of("ca.pem", "leaf.pem")) {
            PemObjectReport report = CertificateInspector.describe(PemReader.read(dir.resolve(file)), options(null)).get(0);
            String text = o.ok("x509", "-in", file, "-noout", "-text");
            assertThat(String.join(", ", report.keyUsage())).as(file).isEqualTo(extension(text, "X509v3 Key Usage"));
            assertThat("CA:" + (report.ca() ? "TRUE" : "FALSE") + (report.pathLength() == null ? ""
                    : ", pathlen:" + report.pathLength())).as(file).isEqualTo(extension(text, "X509v3 Basic Constraints"));
            assertThat(report.extendedKeyUsage().isEmpty() ? null : String.join(", ", report.extendedKeyUsage()))
                    .as(file).isEqualTo(extension(text, "X509v3 Extended Key Usage"));
        }
        PemObjectReport leaf = CertificateInspector.describe(PemReader.read(dir.resolve("leaf.pem")), options(null)).get(0);
        assertThat(leaf.extendedKeyUsage()).containsExactly("TLS Web Server Authentication",
                "TLS Web Client Authentication", "1.3.6.1.4.1.99999.1");
        assertThat(leaf.ca()).isFalse();
    }

    /** The value line under an extension's heading in {@code openssl x509 -text}; {@code null} without it. */
    private static String extension(String text, String heading) {
        Matcher m = Pattern.compile(Pattern.quote(heading)
                + ":( critical)? *\\R\\s*(.*)").matcher(text);
        return m.find() ? m.group(2).trim() : null;
    }

    @Test
    void expiryClassAndDaysLeftFollowTheClockAndTheWarningDays() throws Exception {
        OpenSsl o = new OpenSsl(dir);
        o.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "k.pem",
                "-out", "c.pem", "-subj", "/CN=expiry.test", "-days", "100");
        PemBundle pem = PemReader.read(dir.resolve("c.pem"));
        Instant now = Instant.now();
        BiFunction<Duration, Integer, PemObjectReport> at = (shift, warnDays) ->
                CertificateInspector.describe(pem, new CertificateRules.Options(null, warnDays, now.plus(shift), null)).get(0);

        assertThat(at.apply(Duration.ZERO, 30).expiry()).isEqualTo(Expiry.VALID);
        assertThat(at.apply(Duration.ZERO, 30).daysLeft()).isBetween(98L, 100L);
        assertThat(at.apply(Duration.ofDays(80), 30).expiry()).isEqualTo(Expiry.EXPIRES_SOON);
        assertThat(at.apply(Duration.ofDays(80), 10).expiry()).isEqualTo(Expiry.VALID);
        assertThat(at.apply(Duration.ofDays(120), 30).expiry()).isEqualTo(Expiry.EXPIRED);
        assertThat(at.apply(Duration.ofDays(120), 30).daysLeft()).isNegative();
        assertThat(at.apply(Duration.ofDays(-2), 30).expiry()).isEqualTo(Expiry.NOT_YET_VALID);
    }

    private static CertificateRules.Options options(char[] passphrase) {
        return new CertificateRules.Options(null, CertificateRules.DEFAULT_WARN_DAYS, Instant.now(), passphrase);
    }

    @Test
    void serialIsPrintedAsOpenSslPrintsIt() {
        // openssl x509 -serial pads to whole bytes: a random serial starts below 0x10 one time in sixteen
        assertThat(CertificateInspector.serial(new java.math.BigInteger("8D32A5", 16))).isEqualTo("8D32A5");
        assertThat(CertificateInspector.serial(new java.math.BigInteger("8D32A", 16))).isEqualTo("08D32A");
        assertThat(CertificateInspector.serial(java.math.BigInteger.ONE)).isEqualTo("01");
    }
}
