package com.synconfig.app.cli.cert;

import static com.synconfig.app.cli.cert.CertCli.openssl;
import static com.synconfig.app.cli.cert.CertCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synconfig cert ...} end to end: files written, judged by openssl and by our own check. */
class CertCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void createCa() throws Exception {
        Files.writeString(dir.resolve("ca.pass"), "ca secret\n");
        CertCli.Run r = run(dir, "cert", "create-ca", "--cn", "CLI Test CA", "--o", "Example", "--key", "ec:p256",
                "--out", "@ca.pem", "--key-out", "@ca-key.pem", "--passphrase-file", "@ca.pass");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote CA certificate: ", "Subject:   CN=CLI Test CA,O=Example", "Key:       EC P-256");
        assertThat(r.err()).contains("Generating a EC P-256 key...", "Key generated in");
    }

    @Test
    void issueWritesAServiceFileThatOpenSslVerifiesAndCheckPasses() throws Exception {
        CertCli.Run r = run(dir, "cert", "issue", "--ca", "@ca.pem", "--ca-key", "@ca-key.pem",
                "--ca-passphrase-file", "@ca.pass", "--cn", "files.example.test", "--san", "DNS:files.example.test",
                "--san", "IP:192.0.2.7", "--key", "rsa:2048", "--days", "90", "--out", "@issued.pem", "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/certificate/subject").asText()).isEqualTo("CN=files.example.test");
        assertThat(json.at("/certificate/issuer").asText()).isEqualTo("CN=CLI Test CA,O=Example");
        assertThat(json.at("/certificate/subjectAltNames").toString()).isEqualTo("[\"DNS:files.example.test\",\"IP:192.0.2.7\"]");
        assertThat(json.at("/certificate/notAfter").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(openssl(dir, "verify", "-CAfile", "ca.pem", "issued.pem").out()).contains("issued.pem: OK");
        assertThat(openssl(dir, "x509", "-in", "issued.pem", "-noout", "-ext", "subjectAltName,extendedKeyUsage").out())
                .contains("DNS:files.example.test, IP Address:192.0.2.7", "TLS Web Server Authentication");

        CertCli.Run check = run(dir, "cert", "check", "@issued.pem", "--platform", "windows");
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).isEqualTo("No findings.\n");
    }

    @Test
    void encryptedKeyFailsTheWindowsCheckButOnlyWarnsOnUnix() throws Exception {
        Files.writeString(dir.resolve("svc.pass"), "svc secret");
        CertCli.Run made = run(dir, "cert", "self-signed", "--cn", "self.test", "--key", "ec:p256",
                "--passphrase-file", "@svc.pass", "--out", "@self-enc.pem");
        assertThat(made.exitCode()).as(made.err()).isZero();

        CertCli.Run windows = run(dir, "cert", "check", "@self-enc.pem", "--platform", "windows");
        assertThat(windows.exitCode()).isEqualTo(1);
        assertThat(windows.out()).contains("ERROR certificateFile: The private key has a passphrase, which the service"
                + " cannot use on Windows.");
        CertCli.Run unix = run(dir, "cert", "check", "@self-enc.pem", "--platform", "unix", "--json");
        assertThat(unix.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(unix.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("findings").findValuesAsText("severity")).containsExactlyInAnyOrder("WARNING", "INFO");

        // convert re-writes it without a passphrase: then Windows accepts it.
        CertCli.Run plain = run(dir, "cert", "convert", "@self-enc.pem", "--out", "@self-plain.pem", "--passphrase-file", "@svc.pass");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(run(dir, "cert", "check", "@self-plain.pem", "--platform", "windows").exitCode()).isZero();
    }

    @Test
    void requestThenImportTheCaReply() throws Exception {
        CertCli.Run req = run(dir, "cert", "request", "--cn", "pub.example.test", "--o", "Example", "--c", "DE",
                "--san", "DNS:pub.example.test", "--key", "rsa:2048", "--out", "@pub.csr", "--key-out", "@pub-key.pem");
        assertThat(req.exitCode()).as(req.err()).isZero();
        assertThat(req.out()).contains("openssl req -new -newkey rsa:2048 -noenc -keyout ",
                "-subj /C=DE/O=Example/CN=pub.example.test", "-addext subjectAltName=DNS:pub.example.test");
        assertThat(openssl(dir, "req", "-verify", "-in", "pub.csr", "-noout").out()).contains("verify OK");

        assertThat(openssl(dir, "x509", "-req", "-in", "pub.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
                "-passin", "file:ca.pass", "-CAcreateserial", "-days", "30", "-copy_extensions", "copy",
                "-out", "pub-signed.pem").exitCode()).isZero();
        CertCli.Run imported = run(dir, "cert", "import-reply", "@pub-signed.pem", "--chain", "@ca.pem",
                "--key-file", "@pub-key.pem", "--out", "@pub-rsynd.pem");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(openssl(dir, "verify", "-CAfile", "ca.pem", "pub-rsynd.pem").out()).contains("OK");
        CertCli.Run check = run(dir, "cert", "check", "@pub-rsynd.pem", "--platform", "unix");
        assertThat(check.exitCode()).as(check.out()).isZero();
    }

    @Test
    void convertsToPkcs12AndBack() throws Exception {
        run(dir, "cert", "self-signed", "--cn", "p12.test", "--key", "ec:p256", "--out", "@p12src.pem");
        Files.writeString(dir.resolve("p12.pass"), "p12 pass\n");

        CertCli.Run toP12 = run(dir, "cert", "convert", "@p12src.pem", "--out", "@svc.p12", "--new-passphrase-file", "@p12.pass");
        assertThat(toP12.exitCode()).as(toP12.err()).isZero();
        assertThat(openssl(dir, "pkcs12", "-in", "svc.p12", "-passin", "pass:p12 pass", "-noout").exitCode()).isZero();
        CertCli.Run back = run(dir, "cert", "convert", "@svc.p12", "--out", "@from-p12.pem", "--passphrase-file", "@p12.pass");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(openssl(dir, "x509", "-in", "from-p12.pem", "-noout", "-fingerprint", "-sha256").out())
                .isEqualTo(openssl(dir, "x509", "-in", "p12src.pem", "-noout", "-fingerprint", "-sha256").out());
        CertCli.Run noPass = run(dir, "cert", "convert", "@p12src.pem", "--out", "@nopass.p12");
        assertThat(noPass.exitCode()).isEqualTo(2);
        assertThat(noPass.err()).contains("needs a passphrase", "--new-passphrase-env VAR or --new-passphrase-file FILE");
    }

    @Test
    void inspectListsEveryObjectAsJson() throws Exception {
        Files.writeString(dir.resolve("mixed.pem"), Files.readString(dir.resolve("ca.pem")) + Files.readString(dir.resolve("ca-key.pem")));

        CertCli.Run r = run(dir, "cert", "inspect", "@mixed.pem", "--json", "--platform", "unix");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("objects").findValuesAsText("kind")).containsExactly("certificate", "private key");
        assertThat(json.at("/objects/0/sha256Fingerprint").asText()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(json.at("/objects/1/encrypted").asBoolean()).isTrue();
        assertThat(json.at("/objects/1/keyForm").asText()).isEqualTo("PKCS#8, encrypted");
        assertThat(json.get("findings").findValuesAsText("message")).anyMatch(m -> m.contains("self-signed"));

        CertCli.Run text = run(dir, "cert", "inspect", "@mixed.pem", "--passphrase-file", "@ca.pass");
        assertThat(text.out()).contains("#1 certificate (CERTIFICATE)", "#2 private key (ENCRYPTED PRIVATE KEY)",
                "Key:       EC P-256\n  Form:      PKCS#8, encrypted");
    }

    @Test
    void errorsAreOneClearLineWithExitCode2() throws Exception {
        CertCli.Run wrong = run(dir, "cert", "issue", "--ca", "@ca.pem", "--ca-key", "@ca-key.pem",
                "--ca-passphrase-file", "@wrong.pass", "--out", "@x.pem");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("wrong.pass (--ca-passphrase-file): no such file");

        Files.writeString(dir.resolve("wrong.pass"), "nope");
        CertCli.Run bad = run(dir, "cert", "issue", "--ca", "@ca.pem", "--ca-key", "@ca-key.pem",
                "--ca-passphrase-file", "@wrong.pass", "--key", "ec:p256", "--out", "@x.pem");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: ").contains("ca-key.pem: wrong passphrase or damaged key")
                .doesNotContain("Exception");
        assertThat(dir.resolve("x.pem")).doesNotExist();

        CertCli.Run noPassphrase = run(dir, "cert", "create-ca", "--out", "@ca2.pem", "--key-out", "@ca2-key.pem");
        assertThat(noPassphrase.exitCode()).isEqualTo(2);
        assertThat(noPassphrase.err()).contains("give --passphrase-env VAR or --passphrase-file FILE");

        CertCli.Run exists = run(dir, "cert", "create-ca", "--out", "@ca.pem", "--key-out", "@ca-key.pem",
                "--passphrase-file", "@ca.pass");
        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(exists.err()).contains("ca.pem exists: choose another output file or add --force");

        CertCli.Run badSan = run(dir, "cert", "self-signed", "--san", "files.example", "--out", "@y.pem");
        assertThat(badSan.exitCode()).isEqualTo(2);
        assertThat(badSan.err()).contains("write DNS:host.example.com or IP:10.0.0.5");

        CertCli.Run badKey = run(dir, "cert", "self-signed", "--key", "dsa:1024", "--out", "@y.pem");
        assertThat(badKey.err()).contains("Unknown key type 'dsa:1024'");

        CertCli.Run missingCa = run(dir, "cert", "issue", "--ca-key", "@ca-key.pem");
        assertThat(missingCa.exitCode()).isEqualTo(2);
        assertThat(missingCa.err()).contains("Missing required option: '--ca=FILE'");

        CertCli.Run notPem = run(dir, "cert", "check", "@wrong.pass");
        assertThat(notPem.exitCode()).isEqualTo(2);
        assertThat(notPem.err()).contains("no PEM block found");
    }

    @Test
    void rsa4096ShowsProgressOnStderr() throws Exception {
        CertCli.Run r = run(dir, "cert", "self-signed", "--cn", "big.test", "--key", "rsa:4096", "--out", "@big.pem");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Generating a RSA 4096-bit key (this can take a few seconds)...", "Key generated in");
        assertThat(r.out()).contains("RSA 4096-bit").doesNotContain("Generating");
    }

    /** The environment-variable path needs a real process: the JVM cannot change its own environment. */
    @Test
    void passphraseFromEnvironmentVariableInARealProcess() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "com.synconfig.app.Launcher",
                "cert", "create-ca", "--cn", "Env CA", "--key", "ec:p256", "--out", "env-ca.pem", "--key-out", "env-ca-key.pem",
                "--passphrase-env", "SYNCONFIG_TEST_CA_PASS"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("SYNCONFIG_TEST_CA_PASS", "from env");
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(openssl(dir, "pkey", "-in", "env-ca-key.pem", "-passin", "pass:from env", "-noout").exitCode()).isZero();
        assertThat(openssl(dir, "pkey", "-in", "env-ca-key.pem", "-passin", "pass:other", "-noout").exitCode()).isNotZero();

        CertCli.Run unset = run(dir, "cert", "create-ca", "--out", "@e.pem", "--key-out", "@e-key.pem",
                "--passphrase-env", "SYNCONFIG_SURELY_UNSET_VARIABLE");
        assertThat(unset.err()).contains("Environment variable SYNCONFIG_SURELY_UNSET_VARIABLE (--passphrase-env) is not set");
    }
}
