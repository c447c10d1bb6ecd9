package com.synconfig.app.cli.cert;

import static com.synconfig.app.cli.cert.CertCli.openssl;
import static com.synconfig.app.cli.cert.CertCli.run;
import static com.synconfig.model.pki.OpenSslText.extension;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synconfig.app.cli.base.Json;
import com.synconfig.app.gui.ScriptedDialogs;
import com.synconfig.app.gui.certificates.CertificateRow;
import com.synconfig.app.gui.certificates.CertificatesViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One answer to "what is this certificate": {@code cert inspect} (text and JSON) and the Certificates screen's view
 * model say the same about the same files (made by the real openssl), and agree with {@code openssl x509} where a
 * field has an OpenSSL equivalent.
 */
class CertificateReportAgreementTest {

    @TempDir
    static Path dir;
    static final List<String> FILES = List.of("ca.pem", "server.pem", "self-sha1.pem", "key-enc.pem");

    @BeforeAll
    static void makeFilesWithOpenSsl() throws Exception {
        ok("req", "-x509", "-newkey", "rsa:2048", "-noenc", "-keyout", "ca-key.pem", "-out", "ca.pem", "-days", "400",
                "-subj", "/O=Example/CN=Agreement CA", "-addext", "basicConstraints=critical,CA:true,pathlen:0",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        ok("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "server-key.pem",
                "-out", "server.csr", "-subj", "/CN=files.example.test", "-addext", "basicConstraints=CA:false",
                "-addext", "subjectAltName=DNS:files.example.test,IP:192.0.2.7",
                "-addext", "keyUsage=critical,digitalSignature", "-addext", "extendedKeyUsage=serverAuth,clientAuth");
        ok("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
                "-copy_extensions", "copy", "-days", "20", "-out", "server-cert.pem");
        concat("server.pem", "server-cert.pem", "ca.pem", "server-key.pem");
        concat("server-only.pem", "server-cert.pem", "server-key.pem");
        ok("req", "-x509", "-sha1", "-newkey", "rsa:2048", "-noenc", "-keyout", "sha1-key.pem", "-out", "sha1-cert.pem",
                "-days", "400", "-subj", "/CN=legacy.example.test", "-addext", "subjectAltName=DNS:legacy.example.test",
                "-addext", "extendedKeyUsage=serverAuth");
        concat("self-sha1.pem", "sha1-cert.pem", "sha1-key.pem");
        ok("pkey", "-in", "server-key.pem", "-aes256", "-passout", "pass:pw", "-out", "key-enc.pem");
        Files.delete(dir.resolve("ca-key.pem"));
    }

    @Test
    void cliAndCertificatesScreenGiveTheSameReport() throws Exception {
        CertificatesViewModel screen = new CertificatesViewModel(dir, Clock.systemUTC(), new ScriptedDialogs(),
                options -> List.of());
        for (String name : FILES) {
            Path file = dir.resolve(name);
            CertificateRow row = screen.rows().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
            screen.selectedProperty().set(row);
            CertCli.Run text = run(dir, "cert", "inspect", file.toString());
            CertCli.Run json = run(dir, "cert", "inspect", file.toString(), "--json");

            assertThat(screen.inspectionProperty().get()).as(name).isEqualTo(text.out());
            JsonNode cli = new ObjectMapper().readTree(json.out());
            ObjectMapper mapper = new ObjectMapper();
            assertThat(cli.get("chain")).as(name).isEqualTo(mapper.readTree(Json.write(screen.chain())));
            assertThat(cli.get("objects")).as(name).isEqualTo(mapper.readTree(Json.write(row.report().objects())));
            assertThat(cli.get("findings")).as(name).isEqualTo(mapper.readTree(Json.write(row.report().findings())));
        }
    }

    @Test
    void theReportReadsUsagesCaFlagSerialAndFingerprintAsOpenSslDoes() throws Exception {
        for (String file : List.of("ca.pem", "server-cert.pem")) {
            JsonNode cert = new ObjectMapper().readTree(run(dir, "cert", "inspect", "@" + file, "--json").out())
                    .at("/objects/0");
            String text = openssl(dir, "x509", "-in", file, "-noout", "-text").out();

            assertThat(join(cert.get("keyUsage"))).as(file).isEqualTo(extension(text, "X509v3 Key Usage"));
            assertThat(cert.get("extendedKeyUsage").isEmpty() ? null : join(cert.get("extendedKeyUsage"))).as(file)
                    .isEqualTo(extension(text, "X509v3 Extended Key Usage"));
            assertThat("CA:" + (cert.get("ca").asBoolean() ? "TRUE" : "FALSE")
                    + (cert.get("pathLength").isNull() ? "" : ", pathlen:" + cert.get("pathLength").asInt()))
                    .as(file).isEqualTo(extension(text, "X509v3 Basic Constraints"));
            assertThat("serial=" + cert.get("serial").asText() + "\n")
                    .isEqualTo(openssl(dir, "x509", "-in", file, "-noout", "-serial").out());
            assertThat("sha256 Fingerprint=" + cert.get("sha256Fingerprint").asText() + "\n")
                    .isEqualTo(openssl(dir, "x509", "-in", file, "-noout", "-fingerprint", "-sha256").out());
        }
    }

    @Test
    void theChainIsATreeFromTheRootDown() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run(dir, "cert", "inspect", "@server.pem", "--json").out());
        assertThat(subjects(json.get("chain")))
                .containsExactly("CN=Agreement CA,O=Example", "CN=files.example.test");
        assertThat(json.at("/chain/0/certificate/sha256Fingerprint").asText())
                .isEqualTo(json.at("/objects/1/sha256Fingerprint").asText());
        assertThat(run(dir, "cert", "inspect", "@server.pem").out())
                .contains("Chain:\n  CN=Agreement CA,O=Example\n  `- CN=files.example.test\n");
    }

    /** The folder's CA file is the screen's local CA; {@code --ca} gives the command line the same. */
    @Test
    void theLocalCaCompletesTheChainOnTheScreenAndWithCa() throws Exception {
        CertificatesViewModel screen = new CertificatesViewModel(dir, Clock.systemUTC(), new ScriptedDialogs(),
                options -> List.of());
        Path file = dir.resolve("server-only.pem");
        screen.selectedProperty().set(screen.rows().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow());
        CertCli.Run text = run(dir, "cert", "inspect", file.toString(), "--ca", dir.resolve("ca.pem").toString());
        JsonNode json = new ObjectMapper().readTree(run(dir, "cert", "inspect", file.toString(), "--ca",
                dir.resolve("ca.pem").toString(), "--json").out());

        assertThat(screen.inspectionProperty().get()).isEqualTo(text.out());
        assertThat(json.get("chain")).isEqualTo(new ObjectMapper().readTree(Json.write(screen.chain())));
        assertThat(json.at("/chain/0/origin").asText()).isEqualTo("LOCAL_CA");
        assertThat(json.at("/chain/0/location").asText()).isEqualTo(dir.resolve("ca.pem").toString());
        assertThat(text.out()).contains("Chain:\n  CN=Agreement CA,O=Example  (local CA: " + dir.resolve("ca.pem")
                + ")\n  `- CN=files.example.test\n", "Local CA " + dir.resolve("ca.pem") + " #1 certificate");
        assertThat(run(dir, "cert", "inspect", file.toString()).out())
                .contains("Chain:\n  (not here) CN=Agreement CA,O=Example\n");
        CertCli.Run notCa = run(dir, "cert", "inspect", file.toString(), "--ca", dir.resolve("server-cert.pem").toString());
        assertThat(notCa.exitCode()).isEqualTo(2);
        assertThat(notCa.err()).contains("server-cert.pem holds no CA certificate");
    }

    @Test
    void textShowsUsagesCaFlagAndExpiryClass() {
        assertThat(run(dir, "cert", "inspect", "@ca.pem").out()).contains(
                "  Key usage: Certificate Sign, CRL Sign\n", "  EKU:       (no extension: not restricted)\n", "  CA:        yes, path length 0\n",
                "  Expiry:    valid, 399 days left\n",
                "INFO: 'CN=Agreement CA,O=Example' is a CA certificate (self-signed root)");
        assertThat(run(dir, "cert", "inspect", "@server.pem").out()).contains(
                "  Key usage: Digital Signature\n",
                "  Extensions: Basic Constraints, Subject Alternative Name, Key Usage (critical), Extended Key Usage,"
                + " Subject Key Identifier, Authority Key Identifier\n",
                "  EKU:       TLS Web Server Authentication, TLS Web Client Authentication\n", "  CA:        no\n",
                "  Expiry:    expires soon, 19 days left\n");
    }

    @Test
    void checkJudgesACaAsACaAndWarnsOfASelfSignedSha1Certificate() {
        CertCli.Run ca = run(dir, "cert", "check", "@ca.pem");
        assertThat(ca.exitCode()).as(ca.out()).isZero();
        assertThat(ca.out()).doesNotContain("private key", "subject alternative names", "serverAuth");

        CertCli.Run sha1 = run(dir, "cert", "check", "@self-sha1.pem");
        assertThat(sha1.out()).contains("WARNING certificateFile: Certificate 'CN=legacy.example.test' is self-signed"
                + " with SHA1withRSA");
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(", ", values);
    }

    private static void ok(String... args) throws Exception {
        CertCli.Run r = openssl(dir, args);
        assertThat(r.exitCode()).as("openssl %s\n%s", String.join(" ", args), r.out()).isZero();
    }

    private static void concat(String target, String... parts) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append(Files.readString(dir.resolve(part)));
        }
        Files.writeString(dir.resolve(target), text);
    }

    /** The subjects of the chain's links in the JSON of {@code cert inspect}, root first. */
    private static List<String> subjects(JsonNode chain) {
        List<String> out = new ArrayList<>();
        chain.forEach(link -> out.add(link.get("subject").asText()));
        return out;
    }
}
