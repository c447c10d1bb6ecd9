package com.synconfig.server.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.servicecheck.CheckItem;
import com.synconfig.model.servicecheck.ProbeKind;
import com.synconfig.model.servicecheck.ServiceCheckReport;
import com.synconfig.model.servicecheck.Verdict;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.tls.ServerTlsContexts;
import com.synconfig.server.tls.TlsEngine;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check against real servers: the embedded server on each engine must hold every prediction; openssl s_server,
 * which accepts more than the preview predicts for a service, must be caught row by row.
 */
class ServiceCheckTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void certificates() throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-noenc", "-keyout", "rsa-key.pem", "-out", "rsa-cert.pem",
                "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-noenc", "-keyout",
                "ec-key.pem", "-out", "ec-cert.pem", "-days", "30", "-subj", "/CN=localhost");
        for (String key : List.of("rsa", "ec")) {
            Files.writeString(dir.resolve(key + ".pem"), Files.readString(dir.resolve(key + "-cert.pem"))
                    + Files.readString(dir.resolve(key + "-key.pem")));
        }
    }

    static Stream<Arguments> servers() {
        List<Arguments> out = new ArrayList<>();
        for (TlsEngine engine : TlsEngine.values()) {
            if (engine.isAvailable()) {
                out.add(Arguments.of(engine, Scl.LEVEL_2, "rsa"));
                out.add(Arguments.of(engine, Scl.LEVEL_3, "ec"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} SCL {1} {2} certificate")
    @MethodSource("servers")
    void theEmbeddedServerDoesWhatThePreviewPredicts(TlsEngine engine, Scl scl, String key) throws Exception {
        ServiceDefinition service = ServiceDefinition.named("Proof").toBuilder().encrypt(true).scl(scl)
                .certificateFile(dir.resolve(key + ".pem").toString()).build();
        try (FileServer server = start(service, engine)) {
            AtomicInteger steps = new AtomicInteger();
            ServiceCheck check = ServiceCheck.of(layout(service), Optional.empty(), "127.0.0.1", server.port(), engine);
            ServiceCheckReport report = check.run((done, total, item) -> {
                assertThat(done).isEqualTo(steps.incrementAndGet());
                assertThat(total).isEqualTo(check.plan().steps());
            });

            assertThat(report.items()).filteredOn(i -> i.verdict() == Verdict.DIFFERS).isEmpty();
            assertThat(report.overall()).isEqualTo(Verdict.HOLDS);
            assertThat(steps.get()).isEqualTo(check.plan().steps());
            assertThat(rows(report, ProbeKind.OFFERED_SUITE.group())).isNotEmpty()
                    .allMatch(i -> i.verdict() == Verdict.HOLDS);
            assertThat(rows(report, "Renegotiation")).extracting(CheckItem::actual)
                    .containsExactly("supported", "refused");
            assertThat(rows(report, "Certificate")).hasSize(4).allMatch(i -> i.verdict() == Verdict.HOLDS);
            List<CheckItem> protocols = rows(report, ProbeKind.PROTOCOL.group());
            assertThat(protocols.get(1).actual()).startsWith(scl == Scl.LEVEL_2 ? "accepted" : "refused");
            assertThat(protocols).filteredOn(i -> i.verdict() == Verdict.NOT_TESTABLE)
                    .as("BoringSSL, where it loads, offers TLS 1.0 too").hasSize(TlsEngine.BORINGSSL.isAvailable() ? 0 : 1);
            assertThat(report.engine()).isEqualTo(engine.label());
        }
    }

    @Test
    void aServerThatAcceptsMoreThanPredictedIsCaughtRowByRow() throws Exception {
        ServiceDefinition service = ServiceDefinition.named("Proof").toBuilder().encrypt(true).scl(Scl.LEVEL_3)
                .certificateFile(dir.resolve("rsa.pem").toString()).build();
        int port = freePort();
        Process other = sServer(port, "-cert", "rsa-cert.pem", "-key", "rsa-key.pem", "-client_renegotiation");
        try {
            ServiceCheckReport report = ServiceCheck.of(layout(service), Optional.empty(), "127.0.0.1", port,
                    TlsEngine.BORINGSSL.isAvailable() ? TlsEngine.BORINGSSL : TlsEngine.JDK).run(ServiceCheck.Progress.NONE);

            assertThat(report.overall()).isEqualTo(Verdict.DIFFERS);
            CheckItem renegotiation = row(report, "client-initiated renegotiation");
            assertThat(renegotiation.predicted()).isEqualTo("refused");
            assertThat(renegotiation.actual()).isEqualTo("accepted");
            assertThat(renegotiation.verdict()).isEqualTo(Verdict.DIFFERS);
            CheckItem dhe = row(report, "DHE-RSA-AES128-GCM-SHA256 (TLS 1.2)");
            assertThat(dhe.predicted()).isEqualTo("refused");
            assertThat(dhe.actual()).isEqualTo("accepted");
            assertThat(dhe.evidence()).startsWith("JDK client negotiated TLSv1.2 TLS_DHE_RSA_WITH_AES_128_GCM_SHA256");
            assertThat(row(report, "fingerprint (SHA-256)").verdict()).isEqualTo(Verdict.HOLDS);
            assertThat(report.summary()).contains(" tested predictions differ from what Proof at 127.0.0.1:" + port);
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void anotherCertificateServedDiffers() throws Exception {
        ServiceDefinition service = ServiceDefinition.named("Proof").toBuilder().encrypt(true).scl(Scl.LEVEL_3)
                .certificateFile(dir.resolve("rsa.pem").toString()).build();
        ServiceDefinition running = service.toBuilder().certificateFile(dir.resolve("ec.pem").toString()).build();
        try (FileServer server = start(running, TlsEngine.preferred())) {
            ServiceCheckReport report = ServiceCheck.of(layout(service), Optional.empty(), "127.0.0.1", server.port(),
                    null).run(ServiceCheck.Progress.NONE);

            assertThat(row(report, "fingerprint (SHA-256)").verdict()).isEqualTo(Verdict.DIFFERS);
            assertThat(row(report, "TLS 1.2").verdict()).as("an EC server refuses the RSA suites the saved file"
                    + " predicts").isEqualTo(Verdict.HOLDS);
            assertThat(row(report, "ECDHE-RSA-AES256-GCM-SHA384 (TLS 1.2)").actual()).isEqualTo("refused");
            assertThat(report.overall()).isEqualTo(Verdict.DIFFERS);
        }
    }

    @Test
    void nothingListeningIsSaidOnceNotProbedRowByRow() throws Exception {
        int port = freePort();
        ServiceDefinition service = ServiceDefinition.named("Gone").toBuilder().encrypt(true).port(port)
                .certificateFile(dir.resolve("rsa.pem").toString()).build();
        ServiceCheck check = ServiceCheck.of(layout(service), Optional.empty(), "127.0.0.1", null, null);

        assertThat(check.plan().endpoint().port()).as("the configured port").isEqualTo(port);
        assertThatThrownBy(() -> check.run(ServiceCheck.Progress.NONE)).isInstanceOf(NoAnswerException.class)
                .hasMessageStartingWith("127.0.0.1:" + port + ": nothing answers");
    }

    private static FileServer start(ServiceDefinition service, TlsEngine engine) throws Exception {
        ServiceCredentials credentials = ServiceCredentials.load(Path.of(service.certificateFile()), null);
        Path data = Files.createDirectories(dir.resolve("data"));
        FileServer server = new FileServer(new ServerSettings(service.name(), "127.0.0.1", 0,
                () -> ServerTlsContexts.setupFor(service, credentials, engine).context(), service.scl(), false, "tester",
                LogLevel.BASIC, data, dir.resolve("users")));
        server.start();
        return server;
    }

    private static ServiceLayout layout(ServiceDefinition service) {
        return ServiceLayouts.current(dir.resolve("synconfig.ini")).of(service);
    }

    private static List<CheckItem> rows(ServiceCheckReport report, String group) {
        return report.items().stream().filter(i -> i.group().equals(group)).toList();
    }

    private static CheckItem row(ServiceCheckReport report, String item) {
        return report.items().stream().filter(i -> i.item().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + item + " in " + report.items()));
    }

    private static void openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("%s%n%s", command, out).isZero();
    }

    /** {@code openssl s_server -www} listening on {@code port}: a TLS server nobody here wrote. Destroy it after. */
    private static Process sServer(int port, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port, "-www"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.startsWith("ACCEPT")) {
            line = out.readLine();
        }
        assertThat(line).as("s_server listens").isNotNull();
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(Writer.nullWriter());
            } catch (IOException ended) {
                // s_server is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
