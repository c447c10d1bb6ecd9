package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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

        List<PemObjectReport> reports = CertificateInspector.describe(PemReader.read(file), null);

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
        assertThat(CertificateInspector.describe(PemReader.read(file), "pw".toCharArray()).get(1).key()).isEqualTo("RSA 2048-bit");
        PemObjectReport req = reports.get(2);
        assertThat(req.subject()).isEqualTo("CN=req.test");
        assertThat(req.subjectAltNames()).containsExactly("DNS:req.test");
        assertThat(reports.get(3).pemType()).isEqualTo("EC PARAMETERS");
    }

    @Test
    void serialIsPrintedAsOpenSslPrintsIt() {
        // openssl x509 -serial pads to whole bytes: a random serial starts below 0x10 one time in sixteen
        assertThat(CertificateInspector.serial(new java.math.BigInteger("8D32A5", 16))).isEqualTo("8D32A5");
        assertThat(CertificateInspector.serial(new java.math.BigInteger("8D32A", 16))).isEqualTo("08D32A");
        assertThat(CertificateInspector.serial(java.math.BigInteger.ONE)).isEqualTo("01");
    }
}
