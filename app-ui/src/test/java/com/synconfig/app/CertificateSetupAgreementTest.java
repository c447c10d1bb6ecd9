package com.synconfig.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.app.gui.services.ServiceEditorViewModel;
import com.synconfig.model.check.Finding;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.ServerStartException;
import com.synconfig.server.control.RunningService;
import com.synconfig.server.control.ServiceRunner;
import com.synconfig.server.diag.CheckResult;
import com.synconfig.server.diag.CheckStatus;
import com.synconfig.server.diag.DiagnosticEnvironment;
import com.synconfig.server.diag.Dltest;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For every way a service can name (or fail to name) its certificate, the faces give one verdict: validation (what
 * {@code synconfig validate} and Save use), {@code dltest}, the service dialog's OK, and a real server start, which
 * happens exactly when validation passes.
 */
class CertificateSetupAgreementTest {

    @TempDir
    static Path pki;
    static Path goodDir;
    static Path emptyDir;

    @TempDir
    Path home;

    /** How the service names its certificate, and the environment the service is started from. */
    enum Setup {
        EXPLICIT(true, s -> s.certificateFile(goodDir.resolve("rsynd.pem").toString()), Map.of()),
        SERVICE_DBLDIR(true, s -> s.env("DBLDIR", goodDir.toString()), Map.of()),
        PROCESS_DBLDIR(true, s -> s, Map.of("DBLDIR", "GOOD")),
        SERVICE_DBLDIR_OVER_PROCESS(true, s -> s.env("DBLDIR", goodDir.toString()), Map.of("DBLDIR", "EMPTY")),
        BLANK_DBLDIR(false, s -> s.env("DBLDIR", " "), Map.of()),
        DBLDIR_WITHOUT_RSYND_PEM(false, s -> s.env("DBLDIR", emptyDir.toString()), Map.of("DBLDIR", "GOOD")),
        EXPLICIT_MISSING(false, s -> s.certificateFile(emptyDir.resolve("nope.pem").toString()), Map.of()),
        /** A certificate the rules reject (an RSA-1024 key) is refused at start too (#15 item 7). */
        EXPLICIT_WEAK_KEY(false, s -> s.certificateFile(pki.resolve("weak/rsynd.pem").toString()), Map.of()),
        NONE(false, s -> s, Map.of());

        final boolean usable;
        final Function<ServiceDefinition.Builder, ServiceDefinition.Builder> service;
        final Map<String, String> processEnv;

        Setup(boolean usable, Function<ServiceDefinition.Builder, ServiceDefinition.Builder> service,
              Map<String, String> processEnv) {
            this.usable = usable;
            this.service = service;
            this.processEnv = processEnv;
        }

        Map<String, String> environment() {
            return processEnv.isEmpty() ? Map.of() : Map.of("DBLDIR",
                    processEnv.get("DBLDIR").equals("GOOD") ? goodDir.toString() : emptyDir.toString());
        }
    }

    @BeforeAll
    static void certificates() throws Exception {
        goodDir = Files.createDirectories(pki.resolve("dbl"));
        emptyDir = Files.createDirectories(pki.resolve("empty"));
        serviceFile(goodDir, "rsa:2048");
        serviceFile(Files.createDirectories(pki.resolve("weak")), "rsa:1024");
    }

    /** rsynd.pem in {@code dir}: a self-signed server certificate and its key, made by the openssl binary. */
    private static void serviceFile(Path dir, String key) throws Exception {
        Path keyFile = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", key, "-nodes", "-keyout",
                keyFile.toString(), "-out", cert.toString(), "-days", "365", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-addext", "extendedKeyUsage=serverAuth",
                "-addext", "keyUsage=digitalSignature,keyEncipherment")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.writeString(dir.resolve("rsynd.pem"), Files.readString(cert) + Files.readString(keyFile));
    }

    @ParameterizedTest
    @EnumSource(Setup.class)
    void everyFaceGivesTheSameVerdict(Setup setup) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServiceDefinition service = setup.service.apply(ServiceDefinition.named("Agree").toBuilder().port(port)
                .encrypt(true).platform(Platform.current())).build();
        HostEnvironment host = new HostEnvironment(Platform.current(), setup.environment());
        ServiceLayouts layouts = new ServiceLayouts(home.resolve("synconfig.ini"), host);
        ServiceValidator validator = new ServiceValidator(new PemCertificateCheck(), layouts);

        List<Finding> validation = validator.validate(service, List.of(service));
        boolean validates = !Finding.anyError(validation);
        assertThat(validates).as("validate: %s", validation).isEqualTo(setup.usable);

        CheckResult dltest = new Dltest(new DiagnosticEnvironment(setup.environment(), DiagnosticEnvironment.Os.current(),
                List.of()), new PemCertificateCheck(), Duration.ofSeconds(20)).run(List.of(service)).results().stream()
                .filter(r -> r.check().equals("Agree certificate")).findFirst().orElseThrow();
        assertThat(dltest.status() != CheckStatus.FAIL).as("dltest: %s", dltest).isEqualTo(validates);

        ServiceEditorViewModel dialog = ServiceEditorViewModel.modify(service, List.of(service), validator, layouts);
        assertThat(!dialog.hasErrors()).as("the dialog's OK: %s", dialog.findings()).isEqualTo(validates);

        ServiceRunner runner = new ServiceRunner(validator, layouts);
        if (validates) {
            try (RunningService running = runner.start(service, List.of(service), null)) {
                assertThat(running.server().status().tlsEngine()).isIn("BoringSSL", "JDK");
            }
        } else {
            assertThatThrownBy(() -> runner.start(service, List.of(service), null))
                    .isInstanceOf(ServerStartException.class).hasMessageContaining("cannot start");
        }
    }
}
