package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.control.RunningService;
import com.synconfig.server.control.ServiceRunner;
import com.synconfig.server.tls.TlsEngine;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synconfig check SERVICE} against real running services, each row proven against the real
 * {@code openssl s_client}: every protocol, every suite the check could try, secure and client-initiated
 * renegotiation, the certificate served. A service started with other settings than the saved ones must fail.
 */
class ServiceCheckCliTest {

    private static final Pattern SUITE_ROW = Pattern.compile("(\\S+) \\((TLS 1\\.\\d)\\)");
    private static final String SERVICE = "Chk";

    @TempDir
    Path home;
    Path config;
    CliRunner cli;
    int port;
    RunningService inProcess;

    @BeforeEach
    void configure() throws Exception {
        config = home.resolve("synconfig.ini");
        cli = new CliRunner(config);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        certificate("rsa", "rsa:2048");
        certificate("ec", "ec");
        certificate("other", "rsa:2048");
    }

    @AfterEach
    void stop() {
        if (inProcess != null) {
            inProcess.stop();
        }
        cli.run("server", "stop", "--service", SERVICE);
    }

    @Test
    void scl3OnTheBackgroundServerHoldsAndOpenSslAgreesRowByRow() throws Exception {
        add("3", "rsa");
        CliRunner.Result start = cli.run("server", "start", "--service", SERVICE);
        assertThat(start.exitCode()).as(start.toString()).isZero();

        JsonNode report = checkJson(0);

        assertThat(report.get("verdict").asText()).isEqualTo("HOLDS");
        assertThat(report.get("endpoint").asText()).isEqualTo("localhost:" + port);
        assertThat(report.get("engine").asText()).isEqualTo(TlsEngine.preferred().label());
        assertThat(row(report, "TLS 1.1").get("actual").asText()).isEqualTo("refused");
        assertThat(opensslAgrees(report)).isGreaterThanOrEqualTo(20);

        CliRunner.Result text = cli.run("check", SERVICE);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("Check of Chk at localhost:" + port + " (prediction for the "
                + TlsEngine.preferred().label() + " engine)\n").contains("\nProtocols\n", "\nSuites offered\n",
                "\nRenegotiation\n", "\nCertificate\n", "\nVerdict: HOLDS. Every tested prediction holds: ",
                "Note: predicted for the " + TlsEngine.preferred().label() + " engine the running server reports");
    }

    @Test
    void scl2OnTheJdkEngineHoldsAndOpenSslAgreesRowByRow() throws Exception {
        add("2", "rsa");
        startHere(TlsEngine.JDK);

        JsonNode report = checkJson(0, "--host", "127.0.0.1");

        assertThat(report.get("engine").asText()).as("the engine the running server reports").isEqualTo("JDK");
        assertThat(row(report, "TLS 1.1").get("actual").asText()).startsWith("accepted");
        assertThat(row(report, "ECDHE-RSA-AES256-SHA (TLS 1.1)").get("verdict").asText()).isEqualTo("HOLDS");
        assertThat(opensslAgrees(report)).isGreaterThanOrEqualTo(40);
    }

    @Test
    void anEcCertificateHoldsAndOpenSslAgreesRowByRow() throws Exception {
        add("3", "ec");
        startHere(TlsEngine.preferred());

        JsonNode report = checkJson(0);

        assertThat(row(report, "ECDHE-ECDSA-AES256-GCM-SHA384 (TLS 1.2)").get("verdict").asText()).isEqualTo("HOLDS");
        assertThat(row(report, "ECDHE-RSA-AES256-GCM-SHA384 (TLS 1.2)").get("actual").asText()).isEqualTo("refused");
        assertThat(opensslAgrees(report)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aServiceRunningWithOtherSettingsThanTheSavedOnesFails() throws Exception {
        add("3", "rsa");
        CliRunner.Result start = cli.run("server", "start", "--service", SERVICE, "--scl", "2", "--cert",
                home.resolve("other.pem").toString());
        assertThat(start.exitCode()).as(start.toString()).isZero();

        JsonNode report = checkJson(1);

        assertThat(report.get("verdict").asText()).isEqualTo("DIFFERS");
        JsonNode tls11 = row(report, "TLS 1.1");
        assertThat(tls11.get("predicted").asText()).isEqualTo("refused");
        assertThat(tls11.get("actual").asText()).startsWith("accepted");
        assertThat(tls11.get("verdict").asText()).isEqualTo("DIFFERS");
        JsonNode fingerprint = row(report, "fingerprint (SHA-256)");
        OpenSslPeer openssl = new OpenSslPeer(home, port);
        assertThat(fingerprint.get("predicted").asText()).isEqualTo(openssl.fingerprint(home.resolve("rsa.pem")));
        assertThat(fingerprint.get("actual").asText()).isEqualTo(openssl.fingerprint(home.resolve("other.pem")));
        assertThat(fingerprint.get("verdict").asText()).isEqualTo("DIFFERS");
        opensslAgrees(report);

        CliRunner.Result text = cli.run("check", SERVICE);
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).containsPattern("  TLS 1\\.1 +refused +accepted \\(\\S+\\) +DIFFERS\n"
                + "      why predicted: SCL 3 accepts only TLS 1.2, TLS 1.3\n").contains("\nVerdict: DIFFERS. ");
    }

    @Test
    void aClearServiceRefusesEveryHandshakeAsPredicted() throws Exception {
        assertThat(cli.run("service", "add", SERVICE, "--port", Integer.toString(port), "--no-encrypt").exitCode())
                .isZero();
        startHere(TlsEngine.preferred());

        JsonNode report = checkJson(0);

        assertThat(report.get("engine").asText()).isEqualTo("none");
        assertThat(row(report, "certificate").get("actual").asText()).isEqualTo("none");
        assertThat(opensslAgrees(report)).isEqualTo(4);
    }

    @Test
    void aServiceThatDoesNotRunIsExitCode3AndAnUnknownOneIsAUsageError() {
        add("3", "rsa");

        CliRunner.Result stopped = cli.run("check", SERVICE);
        assertThat(stopped.exitCode()).isEqualTo(3);
        assertThat(stopped.out()).isEmpty();
        assertThat(stopped.err()).startsWith("synconfig: localhost:" + port + ": nothing answers")
                .contains("Is Chk running? Start it with 'synconfig server start --service Chk'")
                .doesNotContain("Exception");

        CliRunner.Result unknown = cli.run("check", "Nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No service 'Nope' in").contains("configured: ");
    }

    /**
     * Runs the real openssl s_client for every row the check tried and asserts it saw the same; returns how many rows
     * were compared (suites OpenSSL does not know are skipped).
     */
    private int opensslAgrees(JsonNode report) throws Exception {
        OpenSslPeer openssl = new OpenSslPeer(home, port);
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (JsonNode item : report.get("items")) {
            String name = item.get("item").asText();
            String actual = item.get("actual").asText();
            String what = name + " (check said: " + actual + ", " + item.get("evidence").asText() + ")";
            if (item.get("verdict").asText().equals("NOT_TESTABLE")) {
                continue;
            }
            switch (item.get("group").asText()) {
                case "Protocols" -> {
                    OpenSslPeer.Answer a = name.equals("TLS 1.0") || name.equals("TLS 1.1")
                            ? openssl.handshake(OpenSslPeer.flag(name), "-cipher", "DEFAULT:@SECLEVEL=0")
                            : openssl.handshake(OpenSslPeer.flag(name));
                    softly.assertThat(a.connected()).as(what + "\n" + a.output()).isEqualTo(actual.startsWith("accepted"));
                    compared++;
                }
                case "Suites offered", "Suites not offered" -> {
                    Matcher m = SUITE_ROW.matcher(name);
                    assertThat(m.matches()).as(name).isTrue();
                    OpenSslPeer.Answer a = m.group(2).equals("TLS 1.3")
                            ? openssl.handshake("-tls1_3", "-ciphersuites", m.group(1))
                            : openssl.handshake(OpenSslPeer.flag(m.group(2)), "-cipher", m.group(1) + ":@SECLEVEL=0");
                    if (!a.unknownSuite()) {
                        softly.assertThat(a.connected()).as(what + "\n" + a.output()).isEqualTo(actual.equals("accepted"));
                        compared++;
                    }
                }
                case "Renegotiation" -> {
                    if (name.startsWith("secure")) {
                        softly.assertThat(openssl.secureRenegotiation()).as(what).isEqualTo(actual.equals("supported"));
                    } else {
                        String out = openssl.renegotiate();
                        softly.assertThat(out).as(what).contains("RENEGOTIATING");
                        softly.assertThat(OpenSslPeer.RENEGOTIATION_REFUSED.matcher(out).find()).as(what + "\n" + out)
                                .isEqualTo(actual.equals("refused"));
                    }
                    compared++;
                }
                case "Certificate" -> {
                    if (name.startsWith("fingerprint")) {
                        softly.assertThat(openssl.servedFingerprint()).as(what).isEqualTo(actual);
                        compared++;
                    }
                }
                default -> throw new AssertionError("unexpected group in " + item);
            }
        }
        softly.assertAll();
        return compared;
    }

    /** {@code synconfig check Chk --json OPTIONS}: its exit code must be {@code exit}; returns the report. */
    private JsonNode checkJson(int exit, String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("check", SERVICE, "--json"));
        args.addAll(List.of(options));
        CliRunner.Result check = cli.run(args.toArray(String[]::new));
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(exit);
        return new ObjectMapper().readTree(check.out());
    }

    private static JsonNode row(JsonNode report, String item) {
        for (JsonNode i : report.get("items")) {
            if (i.get("item").asText().equals(item)) {
                return i;
            }
        }
        throw new AssertionError("no row " + item + " in " + report);
    }

    private void add(String scl, String key) {
        CliRunner.Result added = cli.run("service", "add", SERVICE, "--port", Integer.toString(port), "--encrypt",
                "--cert", home.resolve(key + ".pem").toString(), "--scl", scl);
        assertThat(added.exitCode()).as(added.toString()).isZero();
    }

    /** Runs the saved service in this process on {@code engine}, as 'server start --foreground' would. */
    private void startHere(TlsEngine engine) throws Exception {
        ServiceLayouts layouts = ServiceLayouts.current(config);
        List<ServiceDefinition> all = new ConfigStore(config).load().services().services();
        System.setProperty(TlsEngine.ENGINE_PROPERTY, engine.name().toLowerCase(java.util.Locale.ROOT));
        try {
            inProcess = new ServiceRunner(new ServiceValidator(new PemCertificateCheck(), layouts), layouts)
                    .start(all.stream().filter(s -> s.name().equals(SERVICE)).findFirst().orElseThrow(), all, null);
        } finally {
            System.clearProperty(TlsEngine.ENGINE_PROPERTY);
        }
    }

    /** A self-signed CN=localhost certificate and its key, made by the real openssl, in one file {@code NAME.pem}. */
    private void certificate(String name, String newkey) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl", "req", "-x509", "-newkey", newkey));
        if (newkey.equals("ec")) {
            command.addAll(List.of("-pkeyopt", "ec_paramgen_curve:P-256"));
        }
        command.addAll(List.of("-noenc", "-keyout", name + "-key.pem", "-out", name + "-cert.pem", "-days", "30",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"));
        Process p = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        Files.writeString(home.resolve(name + ".pem"), Files.readString(home.resolve(name + "-cert.pem"))
                + Files.readString(home.resolve(name + "-key.pem")));
    }
}
