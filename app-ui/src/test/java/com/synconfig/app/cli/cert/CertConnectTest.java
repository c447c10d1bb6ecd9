package com.synconfig.app.cli.cert;

import static com.synconfig.app.cli.cert.CertCli.openssl;
import static com.synconfig.app.cli.cert.CertCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cert inspect/check --connect}: the chain a real {@code openssl s_server} presents, judged by the same rules. */
class CertConnectTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void makeChainWithOpenSsl() throws Exception {
        ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout", "ca-key.pem",
                "-out", "ca.pem", "-days", "400", "-subj", "/CN=Connect CA",
                "-addext", "basicConstraints=critical,CA:true", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        for (String eku : List.of("serverAuth", "clientAuth")) {
            ok("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout",
                    eku + "-key.pem", "-out", eku + ".csr", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-addext", "extendedKeyUsage=" + eku);
            ok("x509", "-req", "-in", eku + ".csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
                    "-copy_extensions", "copy", "-days", "200", "-out", eku + ".pem");
        }
    }

    @Test
    void inspectsTheChainAnOpenSslServerPresents() throws Exception {
        try (SServer server = new SServer("-cert", "serverAuth.pem", "-key", "serverAuth-key.pem", "-cert_chain", "ca.pem")) {
            CertCli.Run r = run(dir, "cert", "inspect", "--connect", "127.0.0.1:" + server.port, "--json");

            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.get("connect").asText()).isEqualTo("127.0.0.1:" + server.port);
            assertThat(json.get("objects").findValuesAsText("sha256Fingerprint"))
                    .containsExactly(fingerprint("serverAuth.pem"), fingerprint("ca.pem"));
            assertThat(json.at("/objects/0/extendedKeyUsage/0").asText()).isEqualTo("TLS Web Server Authentication");
            assertThat(json.at("/objects/1/ca").asBoolean()).isTrue();
            assertThat(subjects(json.get("chain"))).containsExactly("CN=Connect CA", "CN=localhost");
            assertThat(json.get("chain")).allSatisfy(link -> assertThat(link.get("origin").asText()).isEqualTo("INSPECTED"));
            assertThat(json.get("findings")).isEmpty();
        }
    }

    @Test
    void checkFailsAServedCertificateNotAllowedForTlsServers() throws Exception {
        try (SServer server = new SServer("-cert", "clientAuth.pem", "-key", "clientAuth-key.pem", "-cert_chain", "ca.pem")) {
            CertCli.Run r = run(dir, "cert", "check", "--connect", "localhost:" + server.port);

            assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.out()).contains("ERROR certificateFile: The server certificate 'CN=localhost' is not allowed"
                    + " for TLS servers").doesNotContain("private key");
        }
    }

    @Test
    void nothingListeningOrABadEndpointIsOneClearLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CertCli.Run closed = run(dir, "cert", "inspect", "--connect", "127.0.0.1:" + port);
        assertThat(closed.exitCode()).isEqualTo(2);
        assertThat(closed.err()).startsWith("error: 127.0.0.1:" + port + ": cannot connect").doesNotContain("Exception");

        CertCli.Run bad = run(dir, "cert", "inspect", "--connect", "localhost");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--connect 'localhost' is not HOST:PORT");
        CertCli.Run both = run(dir, "cert", "inspect", "@ca.pem", "--connect", "localhost:1");
        assertThat(both.err()).contains("Give a FILE or --connect HOST:PORT (one of them).");
    }

    private static String fingerprint(String file) throws Exception {
        return openssl(dir, "x509", "-in", file, "-noout", "-fingerprint", "-sha256").out().trim()
                .replace("sha256 Fingerprint=", "");
    }

    private static void ok(String... args) throws Exception {
        CertCli.Run r = openssl(dir, args);
        assertThat(r.exitCode()).as("openssl %s\n%s", String.join(" ", args), r.out()).isZero();
    }

    /** {@code openssl s_server -www} on a free port (it never reads stdin, so /dev/null keeps it serving). */
    private static final class SServer implements AutoCloseable {

        final Process process;
        final int port;

        SServer(String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of("stdbuf", "-oL", "openssl", "s_server", "-accept", "0", "-www"));
            command.addAll(List.of(args));
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            int found = -1;
            String line;
            while (found < 0 && (line = lines.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher m = Pattern.compile("^ACCEPT .*:(\\d+)$").matcher(line);
                if (m.find()) {
                    found = Integer.parseInt(m.group(1));
                }
            }
            assertThat(found).as("s_server did not start:\n%s", seen).isPositive();
            port = found;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The subjects of the chain's links in the JSON of {@code cert inspect}, root first. */
    private static List<String> subjects(JsonNode chain) {
        List<String> out = new ArrayList<>();
        chain.forEach(link -> out.add(link.get("subject").asText()));
        return out;
    }
}
