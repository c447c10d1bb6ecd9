package com.synconfig.model.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every finding, each triggered by a file made to have exactly that fault. */
class CertificateRulesTest {

    @TempDir
    static Path dir;
    static X509Certificate ca;
    static KeyPair caKey = TestCertificates.RSA;
    static X509Certificate good;
    static KeyPair goodKey = TestCertificates.EC;

    @BeforeAll
    static void makeCaAndGoodServer() throws Exception {
        ca = new TestCertificates.Builder("Rules CA", caKey).ca().build();
        good = new TestCertificates.Builder("server.test", goodKey).issuedBy(ca, caKey.getPrivate()).build();
    }

    private static List<Finding> check(Path file, Platform platform, char[] passphrase) throws Exception {
        return CertificateRules.check(PemReader.read(file), new CertificateRules.Options(platform, 30, Instant.now(), passphrase));
    }

    private static List<Finding> check(String name, List<X509Certificate> certs, KeyPair key) throws Exception {
        return check(TestCertificates.write(dir.resolve(name), certs, key == null ? null : key.getPrivate(), null),
                Platform.UNIX, null);
    }

    private static X509Certificate server(TestCertificates.Builder b) throws Exception {
        return b.issuedBy(ca, caKey.getPrivate()).build();
    }

    @Test
    void soundServiceFileHasNoFindings() throws Exception {
        assertThat(check("good.pem", List.of(good, ca), goodKey)).isEmpty();
    }

    @Test
    void noCertificate() throws Exception {
        List<Finding> f = check("key-only.pem", List.of(), goodKey);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).isEqualTo("key-only.pem holds no certificate.");
            assertThat(x.field()).isEqualTo("certificateFile");
        });
    }

    @Test
    void requestInsteadOfCertificatePointsToImportReply() throws Exception {
        Path req = dir.resolve("req.pem");
        Files.writeString(req, PemWriter.request(CertificateRequests.create(DistinguishedName.ofCommonName("x"),
                SubjectAltNames.defaults(), goodKey)));
        assertThat(check(req, Platform.UNIX, null)).anySatisfy(x -> {
            assertThat(x.message()).contains("holds no certificate");
            assertThat(x.fix()).contains("import-reply");
        });
    }

    @Test
    void noKey() throws Exception {
        assertThat(check("cert-only.pem", List.of(good, ca), null)).singleElement()
                .satisfies(x -> assertThat(x.toString()).startsWith("ERROR certificateFile: cert-only.pem holds no private key."));
    }

    @Test
    void keyDoesNotMatch() throws Exception {
        assertThat(check("wrong-key.pem", List.of(good, ca), TestCertificates.ec())).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("does not match the certificate"));
    }

    @Test
    void chainOutOfOrder() throws Exception {
        assertThat(check("ca-first.pem", List.of(ca, good), goodKey)).singleElement().satisfies(x -> {
            assertThat(x.message()).isEqualTo("The certificate chain is out of order.");
            assertThat(x.fix()).contains("'CN=server.test' > 'CN=Rules CA'");
        });
    }

    @Test
    void chainBroken() throws Exception {
        X509Certificate stranger = new TestCertificates.Builder("Other CA", TestCertificates.ec()).ca().build();
        assertThat(check("broken.pem", List.of(good, stranger), goodKey)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("chain is broken: 'CN=Other CA' does not belong to the chain of 'CN=server.test'");
        });
    }

    @Test
    void expiredNotYetValidAndExpiringSoon() throws Exception {
        Instant now = Instant.now();
        X509Certificate expired = server(new TestCertificates.Builder("old", goodKey)
                .validity(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(2))));
        X509Certificate future = server(new TestCertificates.Builder("future", goodKey)
                .validity(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(400))));
        X509Certificate soon = server(new TestCertificates.Builder("soon", goodKey)
                .validity(now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(10)).plusSeconds(3600)));

        assertThat(check("expired.pem", List.of(expired, ca), goodKey)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("ERROR", "'CN=old' expired on"));
        assertThat(check("future.pem", List.of(future, ca), goodKey)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("ERROR", "'CN=future' is not valid before"));
        assertThat(check("soon.pem", List.of(soon, ca), goodKey)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("WARNING", "'CN=soon' expires on", "in 10 days"));
        // The window is configurable.
        assertThat(CertificateRules.check(PemReader.read(dir.resolve("soon.pem")),
                new CertificateRules.Options(Platform.UNIX, 5, now, null))).isEmpty();
    }

    @Test
    void weakRsaKey() throws Exception {
        KeyPair weak = TestCertificates.rsa(1024);
        X509Certificate cert = server(new TestCertificates.Builder("weak", weak));
        assertThat(check("rsa1024.pem", List.of(cert, ca), weak)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("ERROR", "weak key (RSA 1024-bit)"));
        assertThat(check("rsa1024-key.pem", List.of(), weak)).anySatisfy(
                x -> assertThat(x.message()).contains("The private key has a weak key (RSA 1024-bit)"));
    }

    @Test
    void weakEcKeyFromOpenSsl() throws Exception {
        OpenSsl openssl = new OpenSsl(dir);
        openssl.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-224", "-noenc", "-keyout",
                "p224-key.pem", "-out", "p224-cert.pem", "-subj", "/CN=p224", "-addext", "subjectAltName=DNS:p224",
                "-addext", "extendedKeyUsage=serverAuth");
        Path file = openssl.concat("p224.pem", "p224-cert.pem", "p224-key.pem");
        assertThat(check(file, Platform.UNIX, null)).anySatisfy(
                x -> assertThat(x.toString()).contains("ERROR", "weak key (EC P-224)"));
    }

    @Test
    void sha1AndMd5Signatures() throws Exception {
        for (String algorithm : List.of("SHA1withRSA", "MD5withRSA")) {
            X509Certificate cert = server(new TestCertificates.Builder("legacy", goodKey).signature(algorithm));
            assertThat(check(algorithm + ".pem", List.of(cert, ca), goodKey)).singleElement()
                    .satisfies(x -> assertThat(x.toString()).contains("ERROR", "is signed with " + algorithm));
        }
    }

    @Test
    void noSubjectAltName() throws Exception {
        X509Certificate cert = server(new TestCertificates.Builder("nosan", goodKey).noSan());
        assertThat(check("nosan.pem", List.of(cert, ca), goodKey)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("WARNING", "has no subject alternative names"));
    }

    @Test
    void noServerAuth() throws Exception {
        X509Certificate none = server(new TestCertificates.Builder("noeku", goodKey).eku());
        X509Certificate clientOnly = server(new TestCertificates.Builder("client", goodKey).eku(KeyPurposeId.id_kp_clientAuth));
        assertThat(check("noeku.pem", List.of(none, ca), goodKey)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("WARNING", "does not name serverAuth"));
        assertThat(check("clientauth.pem", List.of(clientOnly, ca), goodKey)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("ERROR", "not allowed for TLS servers"));
    }

    @Test
    void selfSignedIsInformation() throws Exception {
        X509Certificate self = new TestCertificates.Builder("self", goodKey).build();
        assertThat(check("self.pem", List.of(self), goodKey)).singleElement()
                .satisfies(x -> assertThat(x.toString()).startsWith("INFO").contains("is self-signed"));
    }

    @Test
    void aCaCertificateIsJudgedAsACaNotAsAServerCertificate() throws Exception {
        Path file = TestCertificates.write(dir.resolve("ca-only.pem"), List.of(ca), null, null);
        assertThat(check(file, Platform.WINDOWS, null)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.message()).isEqualTo("'CN=Rules CA' is a CA certificate (self-signed root): clients trust it,"
                    + " and it issues the server certificates services use.");
        });
        // With its (encrypted) key, as 'cert create-ca' keeps it: no passphrase rule, that is for a service's key.
        Path withKey = TestCertificates.write(dir.resolve("ca-with-key.pem"), List.of(ca), caKey.getPrivate(), "pw".toCharArray());
        assertThat(check(withKey, Platform.WINDOWS, null)).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(check(withKey, Platform.WINDOWS, "pw".toCharArray())).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void aServiceCannotUseACaCertificate() throws Exception {
        Path file = TestCertificates.write(dir.resolve("ca-as-service.pem"), List.of(ca), null, null);
        ServiceDefinition service = ServiceDefinition.defaults().toBuilder().encrypt(true)
                .certificateFile(file.toString()).platform(Platform.UNIX).build();
        assertThat(new PemCertificateCheck().check(service, file)).anySatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).isEqualTo("ca-as-service.pem holds the CA certificate 'CN=Rules CA', not a server"
                    + " certificate.");
        });
    }

    /** openssl req -x509 marks every self-signed certificate CA:TRUE: one made for a server is judged as a server's. */
    @Test
    void aSelfSignedServerCertificateFromOpenSslIsNotTakenForACa() throws Exception {
        OpenSsl o = new OpenSsl(dir);
        o.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "plain-key.pem",
                "-out", "plain-cert.pem", "-subj", "/CN=localhost", "-days", "400");
        assertThat(o.ok("x509", "-in", "plain-cert.pem", "-noout", "-ext", "basicConstraints")).contains("CA:TRUE");
        Path service = o.concat("plain-service.pem", "plain-cert.pem", "plain-key.pem");
        ServiceDefinition definition = ServiceDefinition.defaults().toBuilder().encrypt(true)
                .certificateFile(service.toString()).platform(Platform.UNIX).build();

        assertThat(new PemCertificateCheck().check(definition, service)).noneMatch(x -> x.severity().isError())
                .anySatisfy(x -> assertThat(x.message()).contains("has no subject alternative names"));
        // Alone (no key: how a CA certificate is handed out) it reads as a CA.
        assertThat(check(dir.resolve("plain-cert.pem"), Platform.UNIX, null)).noneMatch(x -> x.severity().isError());
    }

    @Test
    void aCaWhoseKeyUsageLacksCertificateSignIsAnErrorAsOpenSslRefusesWhatItIssued() throws Exception {
        OpenSsl o = new OpenSsl(dir);
        o.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "nosign-key.pem",
                "-out", "nosign-ca.pem", "-subj", "/CN=No Sign CA", "-addext", "basicConstraints=critical,CA:true",
                "-addext", "keyUsage=critical,digitalSignature");
        o.ok("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "ns-leaf-key.pem",
                "-out", "ns-leaf.csr", "-subj", "/CN=ns.test");
        o.ok("x509", "-req", "-in", "ns-leaf.csr", "-CA", "nosign-ca.pem", "-CAkey", "nosign-key.pem",
                "-CAcreateserial", "-out", "ns-leaf.pem");
        assertThat(o.run("verify", "-CAfile", "nosign-ca.pem", "ns-leaf.pem").output()).contains("invalid CA certificate");

        assertThat(check(dir.resolve("nosign-ca.pem"), Platform.UNIX, null)).anySatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("'CN=No Sign CA' has a key usage without Certificate Sign");
        });
        assertThat(check(dir.resolve("ca-only.pem"), Platform.UNIX, null)).noneMatch(x -> x.severity().isError());
    }

    /** The openssl binary decides what a legacy signature costs: a CA-issued one is refused, a self-signed one served. */
    @Test
    void sha1AndMd5SignaturesMadeByOpenSsl() throws Exception {
        OpenSsl o = new OpenSsl(dir);
        o.ok("req", "-x509", "-newkey", "rsa:2048", "-noenc", "-keyout", "legacy-ca-key.pem", "-out", "legacy-ca.pem",
                "-subj", "/CN=Legacy CA", "-addext", "basicConstraints=critical,CA:true", "-days", "400");
        for (String digest : List.of("sha1", "md5")) {
            String self = "self-" + digest;
            o.ok("req", "-x509", "-" + digest, "-newkey", "rsa:2048", "-noenc", "-keyout", self + "-key.pem",
                    "-out", self + "-cert.pem", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-addext", "extendedKeyUsage=serverAuth", "-days", "400");
            Path selfFile = o.concat(self + ".pem", self + "-cert.pem", self + "-key.pem");
            String issued = "issued-" + digest;
            o.ok("req", "-new", "-newkey", "rsa:2048", "-noenc", "-keyout", issued + "-key.pem", "-out", issued + ".csr",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-addext", "extendedKeyUsage=serverAuth");
            o.ok("x509", "-req", "-" + digest, "-in", issued + ".csr", "-CA", "legacy-ca.pem", "-CAkey",
                    "legacy-ca-key.pem", "-CAcreateserial", "-copy_extensions", "copy", "-days", "400",
                    "-out", issued + "-cert.pem");
            Path issuedFile = o.concat(issued + ".pem", issued + "-cert.pem", "legacy-ca.pem", issued + "-key.pem");

            // OpenSSL's default security level: s_server will not even load the CA-issued one ...
            assertThat(o.run("s_server", "-accept", "0", "-naccept", "1", "-cert", issued + ".pem").output())
                    .contains("ca md too weak");
            assertThat(check(issuedFile, Platform.UNIX, null)).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.message()).contains("'CN=localhost' is signed with " + digest.toUpperCase() + "withRSA",
                        "ca md too weak");
            });
            // ... while a self-signed one is served and verified (its own signature is never checked).
            assertThat(o.handshake(List.of("-cert", self + ".pem"), List.of("-CAfile", self + "-cert.pem",
                    "-verify_return_error", "-brief"))).contains("Verification: OK");
            assertThat(check(selfFile, Platform.UNIX, null)).filteredOn(x -> x.severity() != Severity.INFO)
                    .singleElement().satisfies(x -> {
                        assertThat(x.severity()).isEqualTo(Severity.WARNING);
                        assertThat(x.message()).contains("is self-signed with " + digest.toUpperCase() + "withRSA");
                    });
        }
    }

    @Test
    void passphraseRuleFollowsThePlatform() throws Exception {
        Path file = TestCertificates.write(dir.resolve("enc.pem"), List.of(good, ca), goodKey.getPrivate(), "pw".toCharArray());

        assertThat(check(file, Platform.WINDOWS, null)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("ERROR", "cannot use on Windows", "cert convert"));
        assertThat(check(file, Platform.OPENVMS, null)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("ERROR", "cannot use on OpenVMS"));
        assertThat(check(file, Platform.UNIX, null)).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("WARNING", "must be supplied every time the service starts"));
        assertThat(check(file, null, "pw".toCharArray())).isEmpty();
        assertThat(check(file, null, "bad".toCharArray())).singleElement()
                .satisfies(x -> assertThat(x.toString()).contains("ERROR", "enc.pem: wrong passphrase or damaged key"));
    }

    @Test
    void serviceValidationSeamReportsTheseForAnEncryptedService() throws Exception {
        Path file = TestCertificates.write(dir.resolve("svc-enc.pem"), List.of(ca, good), goodKey.getPrivate(), "pw".toCharArray());
        ServiceDefinition windows = ServiceDefinition.defaults().toBuilder().encrypt(true)
                .certificateFile(file.toString()).platform(Platform.WINDOWS).build();
        Clock inTwoYears = Clock.fixed(Instant.now().plus(Duration.ofDays(730)), ZoneOffset.UTC);

        List<Finding> findings = new PemCertificateCheck(30, inTwoYears).check(windows, file);

        assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains("cannot use on Windows"))
                .anyMatch(m -> m.contains("'CN=server.test' expired on"));
        assertThat(new PemCertificateCheck().check(windows, dir.resolve("absent.pem"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("absent.pem: no such file"));
    }
}
