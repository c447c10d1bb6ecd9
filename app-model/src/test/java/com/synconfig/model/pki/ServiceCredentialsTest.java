package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loads service-ready files whose keys OpenSSL wrote in every form SPEC.md section 3 names. */
class ServiceCredentialsTest {

    private static final char[] PASS = "s3cret pass".toCharArray();

    @TempDir
    static Path dir;
    static OpenSsl openssl;

    @BeforeAll
    static void makeKeysAndCertificates() throws Exception {
        openssl = new OpenSsl(dir);
        // RSA: PKCS#8 plain / encrypted, PKCS#1 plain / encrypted traditional
        openssl.ok("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa-pkcs8.pem");
        openssl.ok("pkey", "-in", "rsa-pkcs8.pem", "-aes256", "-passout", "pass:s3cret pass", "-out", "rsa-pkcs8-enc.pem");
        openssl.ok("rsa", "-in", "rsa-pkcs8.pem", "-traditional", "-out", "rsa-pkcs1.pem");
        openssl.ok("rsa", "-in", "rsa-pkcs8.pem", "-aes256", "-traditional", "-passout", "pass:s3cret pass",
                "-out", "rsa-pkcs1-enc.pem");
        openssl.ok("req", "-x509", "-new", "-key", "rsa-pkcs8.pem", "-subj", "/CN=rsa.example", "-days", "30",
                "-out", "rsa-cert.pem");
        // EC: PKCS#8 plain / encrypted, SEC1 plain / encrypted traditional
        openssl.ok("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec-pkcs8.pem");
        openssl.ok("pkey", "-in", "ec-pkcs8.pem", "-aes256", "-passout", "pass:s3cret pass", "-out", "ec-pkcs8-enc.pem");
        openssl.ok("ec", "-in", "ec-pkcs8.pem", "-out", "ec-sec1.pem");
        openssl.ok("ec", "-in", "ec-pkcs8.pem", "-aes256", "-passout", "pass:s3cret pass", "-out", "ec-sec1-enc.pem");
        openssl.ok("req", "-x509", "-new", "-key", "ec-pkcs8.pem", "-subj", "/CN=ec.example", "-days", "30",
                "-out", "ec-cert.pem");
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
            "rsa-cert.pem, rsa-pkcs8.pem, false, BEGIN PRIVATE KEY",
            "rsa-cert.pem, rsa-pkcs8-enc.pem, true, BEGIN ENCRYPTED PRIVATE KEY",
            "rsa-cert.pem, rsa-pkcs1.pem, false, BEGIN RSA PRIVATE KEY",
            "rsa-cert.pem, rsa-pkcs1-enc.pem, true, Proc-Type: 4,ENCRYPTED",
            "ec-cert.pem, ec-pkcs8.pem, false, BEGIN PRIVATE KEY",
            "ec-cert.pem, ec-pkcs8-enc.pem, true, BEGIN ENCRYPTED PRIVATE KEY",
            "ec-cert.pem, ec-sec1.pem, false, BEGIN EC PRIVATE KEY",
            "ec-cert.pem, ec-sec1-enc.pem, true, Proc-Type: 4,ENCRYPTED",
    })
    void loadsEveryKeyFormOpenSslWrites(String cert, String key, boolean encrypted, String marker) throws Exception {
        assertThat(Files.readString(dir.resolve(key))).contains(marker);
        Path combined = openssl.concat("svc-" + key, cert, key);

        ServiceCredentials credentials = ServiceCredentials.load(combined, encrypted ? PASS : null);

        assertThat(credentials.chain()).hasSize(1);
        assertThat(credentials.key().getAlgorithm()).isEqualTo(cert.startsWith("rsa") ? "RSA" : "EC");
        assertThat(KeyMatch.matches(credentials.key(), credentials.chain().get(0).getPublicKey())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"rsa-cert.pem, rsa-pkcs8-enc.pem", "rsa-cert.pem, rsa-pkcs1-enc.pem",
            "ec-cert.pem, ec-pkcs8-enc.pem", "ec-cert.pem, ec-sec1-enc.pem"})
    void wrongPassphraseSaysSoAndNamesTheFile(String cert, String key) throws Exception {
        Path combined = openssl.concat("wrong-" + key, cert, key);

        assertThatThrownBy(() -> ServiceCredentials.load(combined, "not it".toCharArray()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("wrong passphrase or damaged key")
                .hasMessageContaining("wrong-" + key);
    }

    @Test
    void encryptedKeyWithoutPassphraseAsksForIt() throws Exception {
        Path combined = openssl.concat("nopass.pem", "rsa-cert.pem", "rsa-pkcs8-enc.pem");

        assertThatThrownBy(() -> ServiceCredentials.load(combined, null))
                .hasMessageContaining("nopass.pem").hasMessageContaining("passphrase is needed");
    }

    @Test
    void damagedKeyIsReportedLikeAWrongPassphrase() throws Exception {
        String key = Files.readString(dir.resolve("rsa-pkcs8-enc.pem"));
        String[] lines = key.split("\n");
        lines[5] = lines[5].substring(0, 10) + (lines[5].charAt(10) == 'A' ? 'B' : 'A') + lines[5].substring(11);
        Files.writeString(dir.resolve("damaged-key.pem"), String.join("\n", lines) + "\n");
        Path combined = openssl.concat("damaged.pem", "rsa-cert.pem", "damaged-key.pem");

        assertThatThrownBy(() -> ServiceCredentials.load(combined, PASS))
                .hasMessageContaining("damaged.pem: wrong passphrase or damaged key");
    }

    @Test
    void keyOfAnotherCertificateIsRefused() throws Exception {
        openssl.ok("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "other.pem");
        Path combined = openssl.concat("mismatch.pem", "rsa-cert.pem", "other.pem");

        assertThatThrownBy(() -> ServiceCredentials.load(combined, null))
                .hasMessageContaining("does not match the first certificate");
    }

    @Test
    void fileWithoutKeyOrCertificateIsRefused() throws Exception {
        assertThatThrownBy(() -> ServiceCredentials.load(dir.resolve("rsa-cert.pem"), null))
                .hasMessageContaining("no private key found");
        assertThatThrownBy(() -> ServiceCredentials.load(dir.resolve("rsa-pkcs8.pem"), null))
                .hasMessageContaining("no certificate found");
        Path notPem = Files.writeString(dir.resolve("not.pem"), "hello\n");
        assertThatThrownBy(() -> ServiceCredentials.load(notPem, null)).hasMessageContaining("no PEM block found");
        assertThatThrownBy(() -> ServiceCredentials.load(dir.resolve("missing.pem"), null))
                .hasMessageContaining("missing.pem: no such file");
    }

    @Test
    void readsWhatReqX509WritesWithAndWithoutPassphrase() throws Exception {
        openssl.ok("req", "-x509", "-newkey", "rsa:2048", "-keyout", "req-enc-key.pem", "-passout", "pass:s3cret pass",
                "-out", "req-cert.pem", "-subj", "/CN=req.example", "-days", "1");
        openssl.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384", "-noenc",
                "-keyout", "req-plain-key.pem", "-out", "req-ec-cert.pem", "-subj", "/CN=req-ec.example", "-days", "1");

        assertThat(ServiceCredentials.load(openssl.concat("req-enc.pem", "req-cert.pem", "req-enc-key.pem"), PASS).key()
                .getAlgorithm()).isEqualTo("RSA");
        assertThat(ServiceCredentials.load(openssl.concat("req-plain.pem", "req-ec-cert.pem", "req-plain-key.pem"), null)
                .chain().get(0).getSubjectX500Principal().getName()).isEqualTo("CN=req-ec.example");
    }

    @Test
    void readsPkcs12FromOpenSslWithAndWithoutPassphraseAndItsPemExport() throws Exception {
        Path chain = openssl.concat("p12-in.pem", "ec-cert.pem", "ec-pkcs8.pem");
        openssl.ok("pkcs12", "-export", "-in", chain.toString(), "-passout", "pass:s3cret pass", "-out", "with.p12");
        openssl.ok("pkcs12", "-export", "-in", chain.toString(), "-passout", "pass:", "-out", "without.p12");
        // openssl's PEM export of a PKCS#12: "Bag Attributes" text around the blocks, key PKCS#8 encrypted.
        openssl.ok("pkcs12", "-in", "with.p12", "-passin", "pass:s3cret pass", "-passout", "pass:s3cret pass",
                "-out", "p12-export.pem");
        assertThat(Files.readString(dir.resolve("p12-export.pem"))).contains("Bag Attributes", "ENCRYPTED PRIVATE KEY");

        ServiceCredentials with = Pkcs12Converter.read(dir.resolve("with.p12"), PASS);
        ServiceCredentials without = Pkcs12Converter.read(dir.resolve("without.p12"), null);
        ServiceCredentials exported = ServiceCredentials.load(dir.resolve("p12-export.pem"), PASS);

        for (ServiceCredentials c : java.util.List.of(with, without, exported)) {
            assertThat(c.chain().get(0).getSubjectX500Principal().getName()).isEqualTo("CN=ec.example");
            assertThat(KeyMatch.matches(c.key(), c.chain().get(0).getPublicKey())).isTrue();
        }
        assertThatThrownBy(() -> Pkcs12Converter.read(dir.resolve("with.p12"), "nope".toCharArray()))
                .hasMessageContaining("with.p12: wrong passphrase or damaged key");
    }

    @Test
    void readsFilesAWindowsEditorSavedWithCrLfAndByteOrderMark() throws Exception {
        String unix = Files.readString(openssl.concat("plain-unix.pem", "ec-cert.pem", "ec-sec1-enc.pem"));
        Path windows = dir.resolve("windows.pem");
        Files.write(windows, ("\uFEFF" + unix.replace("\n", "\r\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        ServiceCredentials credentials = ServiceCredentials.load(windows, PASS);

        assertThat(credentials.chain()).hasSize(1);
        assertThat(KeyMatch.matches(credentials.key(), credentials.chain().get(0).getPublicKey())).isTrue();
    }

    @Test
    void readsTheChainInFileOrderAfterTheServerCertificate() throws Exception {
        Path combined = openssl.concat("two.pem", "rsa-cert.pem", "ec-cert.pem", "rsa-pkcs1.pem");

        ServiceCredentials credentials = ServiceCredentials.load(combined, null);

        assertThat(credentials.chain()).extracting(c -> c.getSubjectX500Principal().getName())
                .containsExactly("CN=rsa.example", "CN=ec.example");
    }
}
