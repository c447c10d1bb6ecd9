package com.synconfig.app.cli.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synconfig.app.cli.SynConfigCommand;
import com.synconfig.model.config.ConfigSnapshot;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TlsCommandsTest {

    /** Exit code, stdout and stderr of one in-process run. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = SynConfigCommand.forArguments(args); // as the launcher builds it
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> openssl(String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(args).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }

    @Test
    void ciphersDashVPrintsExactlyOpenSslsLinesForTheOfferedSuites() throws Exception {
        Run r = run("ciphers", "--scl", "3", "--key", "rsa", "-v");
        assertThat(r.exit()).isZero();
        List<String> ours = r.out().lines().toList();
        assertThat(ours).isNotEmpty();
        String names = String.join(":", ours.stream().map(l -> l.split(" ")[0]).toList());
        List<String> real = openssl("openssl", "ciphers", "-v", names);
        // openssl lists TLS 1.3 suites from its own setting first; compare each of our lines with its own line
        assertThat(real).containsAll(ours);
        assertThat(ours.get(0)).startsWith("TLS_AES_256_GCM_SHA384 ");
    }

    @Test
    void ciphersTableMarksSuitesWithoutForwardSecrecyAndExplainsExclusions() {
        Run r = run("ciphers", "--scl", "2", "--engine", "jdk", "--excluded");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("SCL 2 on JDK with an RSA certificate: TLSv1.1, TLSv1.2, TLSv1.3;")
                .containsPattern("AES256-GCM-SHA384 +TLS_RSA_WITH_AES_256_GCM_SHA384 +NO forward secrecy, AEAD")
                .containsPattern("ECDHE-RSA-AES256-SHA +TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA +forward secrecy, CBC")
                .containsPattern("NULL-SHA256 +not HIGH \\(NULL\\)")
                .containsPattern("ECDHE-ECDSA-AES256-GCM-SHA384 +needs an EC certificate");
    }

    @Test
    void ciphersJsonAndBadScl() throws Exception {
        Run r = run("ciphers", "--scl", "3", "--key", "ec", "--json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("protocols").toString()).isEqualTo("[\"TLSv1.2\",\"TLSv1.3\"]");
        assertThat(root.get("offered").get(3).get("iana").asText()).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");

        Run bad = run("ciphers", "--scl", "1");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("Security compliance level 1 is not valid: use 0 (default, currently 3), 2 or 3.")
                .doesNotContain("Exception");
    }

    @Test
    void previewOneClientSaysWhatGetfaSlcWillReturnOrWhyItFails() {
        Run ok = run("preview", "--scl", "3", "--client", "openssl-1.0.2");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("Result:  TLSv1.2").contains(
                "SLC:     ECDHE-RSA-AES256-GCM-SHA384    TLSv1.2 Kx=ECDH     Au=RSA   Enc=AESGCM(256)            Mac=AEAD");

        Run fail = run("preview", "--scl", "2", "--client", "openssl-3.0", "--client-protocols", "TLSv1.1",
                "--host", "db1");
        assertThat(fail.exit()).isEqualTo(1);
        assertThat(fail.out()).contains("Client sees: Client server error, host:db1")
                .contains("Error requesting secure connection: socket error: an EOF was observed that violates the protocol.")
                .contains("Why:     the client's OpenSSL refuses TLS 1.1 at security level 2");
    }

    @Test
    void previewMatrixAndAllProfiles() {
        Run m = run("preview", "--matrix", "--key", "ec");
        assertThat(m.exit()).isZero();
        assertThat(m.out()).contains("SCL 0 (default, currently 3)").contains("SCL 2").contains("SCL 3")
                .containsPattern("openssl-1.0.2 +\\| TLSv1.2 ECDHE-ECDSA-AES256-GCM-SHA384");

        Run all = run("preview", "--client-scl", "2", "--scl", "3");
        assertThat(all.out()).contains("Client:  scl=2").contains("Result:  TLSv1.3");

        Run unknown = run("preview", "--client", "netscape");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown client profile 'netscape'");
    }

    @Test
    void serviceOptionTakesSclAndKeyTypeFromTheConfiguredService(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("k.pem");
        Path cert = dir.resolve("c.pem");
        openssl("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "398", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-addext", "extendedKeyUsage=serverAuth");
        Path pem = Files.writeString(dir.resolve("rsynd.pem"), Files.readString(cert) + Files.readString(key));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path ini = dir.resolve("synconfig.ini");
        ConfigStore store = new ConfigStore(ini);
        ConfigSnapshot snapshot = store.load();
        store.save(snapshot, snapshot.services().with(ServiceDefinition.named("Secure").toBuilder().encrypt(true)
                .scl(Scl.LEVEL_2).port(port).certificateFile(pem.toString()).dataRoot(dir.toString()).build()));
        String config = ini.toString();

        Run table = run("ciphers", "--config", config, "--service", "Secure");
        assertThat(table.out()).startsWith("SCL 2 on ").contains("with an EC certificate: TLSv1.1, TLSv1.2, TLSv1.3;");
        Run v = run("ciphers", "--config", config, "--service", "Secure", "-v");
        assertThat(v.out().lines()).isNotEmpty().allMatch(l -> l.contains("Au=ECDSA") || l.contains("Au=any"));

        Run tls11 = run("preview", "--config", config, "--service", "Secure", "--client", "openssl-3.0-seclevel0",
                "--client-protocols", "TLSv1.1");
        assertThat(tls11.exit()).isZero();
        assertThat(tls11.out()).contains("Result:  TLSv1.1").contains("SLC:     ECDHE-ECDSA-AES256-SHA ");

        Run dltest = run("dltest", "--config", config, "--service", "Secure");
        assertThat(dltest.out()).contains("PASS  Secure certificate").contains("PASS  Secure port")
                .contains("PASS  Secure data root");

        Run unknown = run("ciphers", "--config", config, "--service", "Nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("No service 'Nope' in " + ini).contains("configured: SynSrv, Secure.");
        Run both = run("ciphers", "--config", config, "--service", "Secure", "--scl", "3");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("Give --service or --scl, not both.");
    }

    @Test
    void dltestOnThisMachinePassesAndSaysSo() throws Exception {
        Run r = run("dltest", "--details", "--config", "/nonexistent/synconfig.ini");
        assertThat(r.out()).contains("PASS  Native OpenSSL").contains("search path (LD_LIBRARY_PATH")
                .contains("checks:");
        Run j = run("dltest", "--json", "--config", "/nonexistent/synconfig.ini");
        JsonNode root = new ObjectMapper().readTree(j.out());
        assertThat(root.get("exitCode").asInt()).isEqualTo(j.exit());
        assertThat(root.get("checks").get(0).get("check").asText()).isEqualTo("Native OpenSSL");
    }
}
