package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operation's output, judged by the real openssl binary. */
class CertificateToolkitTest {

    private static final char[] CA_PASS = "ca pass phrase".toCharArray();
    private static final DistinguishedName SERVER = new DistinguishedName("server.example.test", "Example Ltd",
            "IT", "Munich", "Bavaria", "DE", "admin@example.test");
    private static final SubjectAltNames SANS = SubjectAltNames.parse(List.of("DNS:server.example.test",
            "DNS:files.example.test", "IP:127.0.0.1", "IP:::1"));

    @TempDir
    static Path dir;
    static OpenSsl openssl;
    static final List<String> progress = new ArrayList<>();
    static final CertificateToolkit toolkit = new CertificateToolkit(progress::add);
    static X509Certificate ca;

    @BeforeAll
    static void createCa() throws Exception {
        openssl = new OpenSsl(dir);
        ca = toolkit.createCa(DistinguishedName.ofCommonName("SynConfig Test CA"), KeySpec.RSA_2048, 3650, CA_PASS,
                dir.resolve("ca.pem"), dir.resolve("ca-key.pem"));
    }

    @Test
    void caIsACriticalCaWithCertSignAndAnEncryptedPkcs8Key() throws Exception {
        String text = openssl.ok("x509", "-in", "ca.pem", "-noout", "-text");
        assertThat(text).contains("X509v3 Basic Constraints: critical", "CA:TRUE",
                "X509v3 Key Usage: critical", "Certificate Sign, CRL Sign", "X509v3 Subject Key Identifier",
                "Signature Algorithm: sha256WithRSAEncryption", "Public-Key: (2048 bit)");
        assertThat(ca.getNotAfter().getTime() - ca.getNotBefore().getTime())
                .isBetween(3650L * 86_400_000, 3651L * 86_400_000);
        assertThat(Files.readString(dir.resolve("ca-key.pem"))).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        String asn1 = openssl.ok("asn1parse", "-in", "ca-key.pem");
        assertThat(asn1).contains("PBES2", "PBKDF2", "hmacWithSHA256", "aes-256-cbc");
        assertThat(openssl.run("pkey", "-in", "ca-key.pem", "-passin", "pass:wrong", "-noout").exitCode()).isNotZero();
        openssl.ok("pkey", "-in", "ca-key.pem", "-passin", "pass:ca pass phrase", "-noout");
        assertThat(Files.getPosixFilePermissions(dir.resolve("ca-key.pem")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(progress).anyMatch(p -> p.startsWith("Generating a RSA 2048-bit key"));
    }

    @Test
    void missingOutputDirectoryIsReportedBeforeAnyKeyIsGenerated() {
        List<String> notes = new ArrayList<>();
        Path out = dir.resolve("no-such-dir/rsynd.pem");
        assertThatThrownBy(() -> new CertificateToolkit(notes::add).selfSigned(SERVER, SANS, KeySpec.RSA_4096, 398,
                out, null)).isInstanceOf(java.io.IOException.class)
                .hasMessage(out.getParent() + ": no such directory (create it first)");
        assertThat(notes).as("progress notes (a key generation would have left one)").isEmpty();
    }

    @Test
    void issuedServerCertificateVerifiesAndShowsWhatWeClaim() throws Exception {
        X509Certificate server = toolkit.issue(dir.resolve("ca.pem"), dir.resolve("ca-key.pem"), CA_PASS, SERVER,
                SANS, KeySpec.EC_P256, CertificateIssuer.DEFAULT_SERVER_DAYS, dir.resolve("rsynd.pem"), null);

        assertThat(openssl.ok("verify", "-CAfile", "ca.pem", "rsynd.pem")).contains("rsynd.pem: OK");
        String text = openssl.ok("x509", "-in", "rsynd.pem", "-noout", "-text");
        assertThat(text).contains("DNS:server.example.test, DNS:files.example.test, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1",
                "X509v3 Extended Key Usage: \n                TLS Web Server Authentication",
                "X509v3 Key Usage: critical\n                Digital Signature",
                "X509v3 Authority Key Identifier", "CA:FALSE", "ASN1 OID: prime256v1");
        assertThat(openssl.ok("x509", "-in", "rsynd.pem", "-noout", "-subject"))
                .contains("subject=C = DE, ST = Bavaria, L = Munich, O = Example Ltd, OU = IT, CN = server.example.test,"
                        + " emailAddress = admin@example.test");
        assertThat(server.getSerialNumber().signum()).isPositive();
        assertThat(server.getSerialNumber().bitLength()).isEqualTo(127);
        assertThat(server.getNotAfter().getTime() - server.getNotBefore().getTime())
                .isBetween(398L * 86_400_000, 399L * 86_400_000);
        assertThat(Files.getPosixFilePermissions(dir.resolve("rsynd.pem")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        ServiceCredentials loaded = ServiceCredentials.load(dir.resolve("rsynd.pem"), null);
        assertThat(loaded.chain()).containsExactly(server, ca);

        String client = openssl.handshake(List.of("-cert", "rsynd.pem"), List.of("-CAfile", "ca.pem",
                "-verify_return_error", "-verify_hostname", "files.example.test"));
        assertThat(client).contains("Verify return code: 0 (ok)");
    }

    @Test
    void rsaServerKeyWithPassphraseStartsOpenSslServer() throws Exception {
        toolkit.issue(dir.resolve("ca.pem"), dir.resolve("ca-key.pem"), CA_PASS, DistinguishedName.ofCommonName("localhost"),
                SubjectAltNames.defaults(), KeySpec.RSA_2048, 30, dir.resolve("rsynd-enc.pem"), "svc pass".toCharArray());

        assertThat(Files.readString(dir.resolve("rsynd-enc.pem"))).contains("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(openssl.ok("x509", "-in", "rsynd-enc.pem", "-noout", "-text"))
                .contains("DNS:" + SubjectAltNames.localHostName().toLowerCase(java.util.Locale.ROOT),
                        "IP Address:127.0.0.1", "Digital Signature, Key Encipherment");
        String client = openssl.handshake(List.of("-cert", "rsynd-enc.pem", "-pass", "pass:svc pass"),
                List.of("-CAfile", "ca.pem", "-verify_return_error"));
        assertThat(client).contains("Verify return code: 0 (ok)");
    }

    @Test
    void wrongCaPassphraseIsReported() {
        assertThatThrownBy(() -> toolkit.issue(dir.resolve("ca.pem"), dir.resolve("ca-key.pem"), "nope".toCharArray(),
                SERVER, SANS, KeySpec.EC_P256, 30, dir.resolve("never.pem"), null))
                .hasMessageContaining("ca-key.pem: wrong passphrase or damaged key");
        assertThat(dir.resolve("never.pem")).doesNotExist();
    }

    @Test
    void p384CaSignsWithSha384AndIssuesVerifiableCertificates() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("p384"));
        toolkit.createCa(DistinguishedName.ofCommonName("EC CA"), KeySpec.EC_P384, 100, CA_PASS,
                sub.resolve("ca.pem"), sub.resolve("ca-key.pem"));
        toolkit.issue(sub.resolve("ca.pem"), sub.resolve("ca-key.pem"), CA_PASS, SERVER, SANS, KeySpec.RSA_2048, 30,
                sub.resolve("rsynd.pem"), null);

        assertThat(openssl.ok("x509", "-in", "p384/ca.pem", "-noout", "-text")).contains("ecdsa-with-SHA384", "NIST CURVE: P-384");
        assertThat(openssl.ok("verify", "-CAfile", "p384/ca.pem", "p384/rsynd.pem")).contains("OK");
    }

    @Test
    void selfSignedCertificateVerifiesAgainstItselfAndServes() throws Exception {
        toolkit.selfSigned(SERVER, SANS, KeySpec.RSA_2048, 10, dir.resolve("self.pem"), null);

        assertThat(openssl.ok("verify", "-CAfile", "self.pem", "self.pem")).contains("self.pem: OK");
        assertThat(openssl.ok("x509", "-in", "self.pem", "-noout", "-text")).contains("TLS Web Server Authentication",
                "DNS:files.example.test");
        assertThat(openssl.handshake(List.of("-cert", "self.pem"), List.of("-CAfile", "self.pem", "-verify_return_error")))
                .contains("Verify return code: 0 (ok)");
    }

    @Test
    void requestVerifiesAndTheOpenSslCommandWeShowWorks() throws Exception {
        String command = toolkit.request(SERVER, SANS, KeySpec.EC_P256, dir.resolve("req.pem"), dir.resolve("req-key.pem"),
                null);

        assertThat(openssl.ok("req", "-verify", "-in", "req.pem", "-noout")).contains("verify OK");
        assertThat(openssl.ok("req", "-in", "req.pem", "-noout", "-text")).contains("Requested Extensions",
                "DNS:server.example.test", "IP Address:127.0.0.1", "TLS Web Server Authentication");
        assertThat(command).startsWith("openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -noenc");

        // Run the command we show (in a sub directory, with its own file names) and compare the subjects.
        Path shell = Files.createDirectories(dir.resolve("shell"));
        String shown = CertificateRequests.opensslCommand(SERVER, SANS, KeySpec.RSA_2048, "k.pem", "r.pem");
        Process p = new ProcessBuilder("sh", "-c", shown).directory(shell.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        OpenSsl inShell = new OpenSsl(shell);
        assertThat(inShell.ok("req", "-in", "r.pem", "-noout", "-subject"))
                .isEqualTo(openssl.ok("req", "-in", "req.pem", "-noout", "-subject"));
        assertThat(inShell.ok("req", "-in", "r.pem", "-noout", "-text")).contains("DNS:files.example.test",
                "IP Address:0:0:0:0:0:0:0:1", "TLS Web Server Authentication");
    }

    @Test
    void importsAPemOrPkcs7ReplyAndRefusesAForeignKey() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("reply"));
        OpenSsl o = new OpenSsl(sub);
        toolkit.request(SERVER, SANS, KeySpec.RSA_2048, sub.resolve("req.pem"), sub.resolve("key.pem"),
                "kept".toCharArray());
        // The "public CA" is openssl itself signing with our local CA.
        Files.copy(dir.resolve("ca.pem"), sub.resolve("ca.pem"));
        Files.copy(dir.resolve("ca-key.pem"), sub.resolve("ca-key.pem"));
        o.ok("x509", "-req", "-in", "req.pem", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-passin", "pass:ca pass phrase",
                "-CAcreateserial", "-days", "30", "-copy_extensions", "copy", "-out", "signed.pem");
        o.ok("crl2pkcs7", "-nocrl", "-certfile", "ca.pem", "-certfile", "signed.pem", "-outform", "DER", "-out", "reply.p7b");

        toolkit.importReply(sub.resolve("signed.pem"), List.of(sub.resolve("ca.pem")), sub.resolve("key.pem"),
                "kept".toCharArray(), sub.resolve("from-pem.pem"), null);
        ServiceCredentials fromP7 = toolkit.importReply(sub.resolve("reply.p7b"), List.of(), sub.resolve("key.pem"),
                "kept".toCharArray(), sub.resolve("from-p7b.pem"), null);

        assertThat(fromP7.chain()).hasSize(2);
        assertThat(fromP7.chain().get(0).getSubjectX500Principal().getName()).contains("CN=server.example.test");
        for (String f : List.of("from-pem.pem", "from-p7b.pem")) {
            assertThat(o.ok("verify", "-CAfile", "ca.pem", f)).contains(f + ": OK");
            assertThat(ServiceCredentials.load(sub.resolve(f), null).chain()).hasSize(2);
        }
        o.ok("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "foreign.pem");
        assertThatThrownBy(() -> toolkit.importReply(sub.resolve("signed.pem"), List.of(), sub.resolve("foreign.pem"),
                null, sub.resolve("bad.pem"), null)).hasMessageContaining("no certificate in the reply belongs to the key");
        assertThat(sub.resolve("bad.pem")).doesNotExist();
    }

    @Test
    void convertsToAndFromPkcs12AndRewritesKeys() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("convert"));
        OpenSsl o = new OpenSsl(sub);
        toolkit.selfSigned(SERVER, SANS, KeySpec.EC_P256, 10, sub.resolve("svc.pem"), "old".toCharArray());

        toolkit.convert(sub.resolve("svc.pem"), "old".toCharArray(), sub.resolve("svc.p12"), "p12 pass".toCharArray());
        assertThat(o.ok("pkcs12", "-in", "svc.p12", "-passin", "pass:p12 pass", "-nodes"))
                .contains("BEGIN CERTIFICATE", "BEGIN PRIVATE KEY");

        // OpenSSL 3's own PKCS#12 (its defaults: PBES2, AES-256-CBC, SHA-256 MAC) back to service-ready PEM.
        o.ok("pkcs12", "-in", "svc.p12", "-passin", "pass:p12 pass", "-nodes", "-out", "plain.pem");
        o.ok("pkcs12", "-export", "-in", "plain.pem", "-passout", "pass:theirs", "-out", "openssl.p12");
        assertThat(o.ok("pkcs12", "-in", "openssl.p12", "-passin", "pass:theirs", "-info", "-noout"))
                .contains("PBES2, PBKDF2, AES-256-CBC");
        toolkit.convert(sub.resolve("openssl.p12"), "theirs".toCharArray(), sub.resolve("back.pem"), null);
        assertThat(ServiceCredentials.load(sub.resolve("back.pem"), null).chain().get(0))
                .isEqualTo(ServiceCredentials.load(sub.resolve("svc.pem"), "old".toCharArray()).chain().get(0));
        assertThatThrownBy(() -> toolkit.convert(sub.resolve("openssl.p12"), "wrong".toCharArray(), sub.resolve("x.pem"), null))
                .hasMessageContaining("wrong passphrase or damaged key");

        // A lone key, with and without a passphrase.
        o.ok("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-aes256", "-pass", "pass:one",
                "-out", "lone.pem");
        toolkit.convert(sub.resolve("lone.pem"), "one".toCharArray(), sub.resolve("lone-plain.pem"), null);
        assertThat(Files.readString(sub.resolve("lone-plain.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        o.ok("pkey", "-in", "lone-plain.pem", "-noout");
        toolkit.convert(sub.resolve("lone-plain.pem"), null, sub.resolve("lone-two.pem"), "two".toCharArray());
        assertThat(o.ok("pkey", "-in", "lone-two.pem", "-passin", "pass:two"))
                .isEqualTo(o.ok("pkey", "-in", "lone.pem", "-passin", "pass:one"));
    }

    @Test
    void serialNumbersAreRandomPositive127BitNumbers() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        java.util.Set<BigInteger> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            BigInteger serial = CertificateIssuer.randomSerial(random);
            assertThat(serial.signum()).isPositive();
            assertThat(serial.bitLength()).isEqualTo(127);
            seen.add(serial);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void badInputsAreRefusedWithTheirFix() {
        assertThatThrownBy(() -> KeySpec.parse("rsa:1024")).hasMessageContaining("use rsa:2048, rsa:3072, rsa:4096, ec:p256 or ec:p384");
        assertThatThrownBy(() -> SubjectAltNames.parse(List.of("host.example"))).hasMessageContaining("write DNS:");
        assertThatThrownBy(() -> SubjectAltNames.parse(List.of("IP:300.1.1.1"))).hasMessageContaining("not valid");
        assertThatThrownBy(() -> new DistinguishedName("x", null, null, null, null, "Germany", null))
                .hasMessageContaining("two-letter");
        assertThatThrownBy(() -> DistinguishedName.ofCommonName(" ")).hasMessageContaining("CN");
        assertThatThrownBy(() -> toolkit.selfSigned(SERVER, SANS, KeySpec.EC_P256, 0, dir.resolve("z.pem"), null))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> toolkit.issue(dir.resolve("rsynd-not-there.pem"), dir.resolve("ca-key.pem"), CA_PASS,
                SERVER, SANS, KeySpec.EC_P256, 30, dir.resolve("z.pem"), null)).hasMessageContaining("no such file");
    }

    @Test
    void serverCertificateIsRefusedAsCa() throws Exception {
        toolkit.selfSigned(SERVER, SANS, KeySpec.EC_P256, 10, dir.resolve("notca.pem"), null);
        assertThatThrownBy(() -> toolkit.issue(dir.resolve("notca.pem"), dir.resolve("notca.pem"), null, SERVER, SANS,
                KeySpec.EC_P256, 30, dir.resolve("z.pem"), null)).hasMessageContaining("is not a CA certificate");
    }

    @Test
    void opensslSubjectEscapesSlashes() {
        assertThat(new DistinguishedName("a/b", "O'Neil", null, null, null, "us", null).opensslSubject())
                .isEqualTo("/C=US/O=O'Neil/CN=a\\/b");
        assertThat(CertificateRequests.quote("/C=US/O=O'Neil")).isEqualTo("'/C=US/O=O'\\''Neil'");
    }
}
