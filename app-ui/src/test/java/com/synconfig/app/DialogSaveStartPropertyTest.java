package com.synconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.services.EnvironmentEntry;
import com.synconfig.app.gui.services.ServiceEditorViewModel;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.control.RunningService;
import com.synconfig.server.control.ServiceRunner;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever the service dialog's OK accepts, Save writes (and reads back the same) and the server starts: no face
 * accepts a service that another refuses. Drafts are what an admin might type, good and bad.
 */
class DialogSaveStartPropertyTest {

    static Path dir;
    static Path goodPem;

    /** A dialog filled in as typed. {@code where} names a place below the test directory, or null. */
    record Draft(String name, String port, boolean encrypt, String certificate, Scl scl, boolean nonSecure,
                 String defaultUser, LogLevel logLevel, String logFile, String dataRoot, String envName,
                 String envValue, String maxPerHost) {
    }

    @BeforeContainer
    static void certificate() throws Exception {
        dir = Files.createTempDirectory("synconfig-property");
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-days",
                "365", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-addext", "extendedKeyUsage=serverAuth").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        goodPem = Files.writeString(Files.createDirectories(dir.resolve("dbl")).resolve("rsynd.pem"),
                Files.readString(cert) + Files.readString(key));
    }

    @AfterContainer
    static void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Draft> drafts() {
        // mostly what an admin means to type, sometimes a slip
        Arbitrary<String> names = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("SynSrv", "Backup-2", "v.1")),
                Tuple.of(1, Arbitraries.of("has space", "..", "a/b", "", "x".repeat(65))));
        Arbitrary<String> ports = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("FREE")),
                Tuple.of(1, Arbitraries.of("abc", "", "80", "70000")));
        Arbitrary<String> certificates = Arbitraries.of("", "GOOD", "GOOD", "MISSING");
        Arbitrary<String> users = Arbitraries.of("", "app", "app");
        Arbitrary<String> logFiles = Arbitraries.of("", "logs/x.log");
        Arbitrary<String> dataRoots = Arbitraries.of("", "", "shared", "SERVICE_DIR", "dbl");
        Arbitrary<String> envNames = Arbitraries.of("", "", "DBLDIR", "OK_NAME", "SYS$NODE", "1X");
        Arbitrary<String> envValues = Arbitraries.of("DBL", "value", "value", "two\nlines");
        Arbitrary<String> perHost = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("64", "3")),
                Tuple.of(1, Arbitraries.of("0", "many", "2000")));
        return Combinators.combine(names, ports, Arbitraries.of(true, false), certificates,
                        Arbitraries.of(Scl.values()), Arbitraries.of(true, false), users, Arbitraries.of(LogLevel.values()))
                .flatAs((n, p, e, c, s, ns, u, l) -> Combinators.combine(logFiles, dataRoots, envNames, envValues,
                                perHost)
                        .as((lf, dr, en, ev, ph) -> new Draft(n, p, e, c, s, ns, u, l, lf, dr, en, ev, ph)));
    }

    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = false)
    void whatTheDialogAcceptsSaveWritesAndTheServerRuns(@ForAll("drafts") Draft draft) throws Exception {
        Path home = Files.createTempDirectory(dir, "home");
        HostEnvironment host = new HostEnvironment(Platform.current(), Map.of());
        ServiceLayouts layouts = new ServiceLayouts(home.resolve("synconfig.ini"), host);
        ServiceValidator validator = new ServiceValidator(new PemCertificateCheck(), layouts);
        ServiceEditorViewModel dialog = ServiceEditorViewModel.add(List.of(), validator, layouts);
        fill(dialog, draft, home);
        Statistics.collect(dialog.hasErrors() ? "refused" : "accepted");
        // a property that only ever met refused drafts would prove nothing
        Statistics.coverage(c -> c.check("accepted").percentage(p -> p >= 5));
        if (dialog.hasErrors()) {
            return; // OK is disabled: nothing is saved or started
        }
        ServiceDefinition accepted = dialog.result();

        ConfigStore store = new ConfigStore(home.resolve("synconfig.ini"));
        store.save(store.load(), new ServiceConfiguration(List.of(accepted)));
        ServiceDefinition saved = store.load().services().find(accepted.name()).orElseThrow();
        assertThat(saved).isEqualTo(accepted);

        try (RunningService running = new ServiceRunner(validator, layouts).start(saved, List.of(saved), null)) {
            assertThat(running.server().port()).isEqualTo(saved.port());
        }
    }

    private static void fill(ServiceEditorViewModel dialog, Draft d, Path home) throws Exception {
        dialog.nameProperty().set(d.name());
        dialog.portTextProperty().set(d.port().equals("FREE") ? Integer.toString(freePort()) : d.port());
        dialog.encryptProperty().set(d.encrypt());
        dialog.certificateFileProperty().set(switch (d.certificate()) {
            case "GOOD" -> goodPem.toString();
            case "MISSING" -> dir.resolve("missing.pem").toString();
            default -> "";
        });
        dialog.sclProperty().set(d.scl());
        dialog.nonSecureProperty().set(d.nonSecure());
        dialog.defaultUserProperty().set(d.defaultUser());
        dialog.logLevelProperty().set(d.logLevel());
        dialog.maxConnectionsPerHostProperty().set(d.maxPerHost());
        dialog.logFileProperty().set(d.logFile().isEmpty() ? "" : home.resolve(d.logFile()).toString());
        dialog.dataRootProperty().set(switch (d.dataRoot()) {
            case "shared" -> Files.createDirectories(home.resolve("shared")).toString();
            case "SERVICE_DIR" -> home.resolve("services").resolve(d.name().isEmpty() ? "x" : d.name()).toString();
            case "dbl" -> goodPem.getParent().toString();
            default -> "";
        });
        if (!d.envName().isEmpty()) {
            String value = d.envValue().equals("DBL") ? goodPem.getParent().toString() : d.envValue();
            dialog.environment().add(new EnvironmentEntry(d.envName(), value));
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
