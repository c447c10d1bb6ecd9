package com.synconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.environment.EnvironmentViewModel;
import com.synconfig.app.gui.environment.VariableRow;
import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.LogLevel;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerStartException;
import com.synconfig.server.control.RunningService;
import com.synconfig.server.control.ServiceRunner;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.diag.CheckResult;
import com.synconfig.server.diag.CheckStatus;
import com.synconfig.server.diag.DiagnosticEnvironment;
import com.synconfig.server.diag.Dltest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SYNSSL_RAND has one answer (#11 item 3): for each value of the matrix, dltest, the validator (which server start
 * runs), the Environment screen, the client's start and a real server start give the same verdict, and it is the
 * expected one.
 */
class RandomSourceAgreementTest {

    @TempDir
    Path dir;

    private Map<String, Boolean> matrix() throws Exception {
        Map<String, Boolean> usable = new LinkedHashMap<>();
        usable.put("", true); // unset
        usable.put(Files.write(dir.resolve("random.dat"), new byte[4096]).toString(), true);
        usable.put(Files.writeString(dir.resolve("short.dat"), "entropy").toString(), false);
        usable.put("/dev/urandom", true);
        usable.put(dir.resolve("missing.dat").toString(), false);
        return usable;
    }

    @Test
    void everyFaceGivesTheSameVerdictForEveryValue() throws Exception {
        HostEnvironment host = new HostEnvironment(Platform.current(), Map.of());
        ServiceValidator validator = new ServiceValidator(CertificateCheck.NONE, host);
        try (FileServer server = clearServer()) {
            for (Map.Entry<String, Boolean> e : matrix().entrySet()) {
                String value = e.getKey();
                ServiceDefinition service = ServiceDefinition.named("SynSrv").toBuilder().platform(Platform.current())
                        .encrypt(true).env("SYNSSL_RAND", value).build();
                Map<String, Boolean> verdicts = new LinkedHashMap<>();
                verdicts.put("dltest", dltestPasses(service));
                verdicts.put("validate", validator.validate(service, List.of(service)).stream()
                        .noneMatch(f -> f.severity().isError() && f.message().startsWith("Cannot load random state")));
                verdicts.put("Environment screen", environmentRow(service, host, validator).severity() != Severity.ERROR);
                verdicts.put("client start", clientStarts(server, value));
                verdicts.put("server start", serverStarts(service.toBuilder().encrypt(false).build()));
                assertThat(verdicts).as("usable? per face, SYNSSL_RAND='%s'", value)
                        .allSatisfy((face, ok) -> assertThat(ok).as(face).isEqualTo(e.getValue()));
            }
        }
    }

    private static boolean dltestPasses(ServiceDefinition service) {
        List<CheckResult> results = new Dltest(new DiagnosticEnvironment(Map.of(), DiagnosticEnvironment.Os.current(),
                List.of()), CertificateCheck.NONE, Duration.ofSeconds(60)).run(List.of(service)).results();
        return results.stream().filter(r -> r.check().equals("SynSrv randomness"))
                .allMatch(r -> r.status() != CheckStatus.FAIL);
    }

    private static VariableRow environmentRow(ServiceDefinition service, HostEnvironment host, ServiceValidator validator) {
        EnvironmentViewModel vm = new EnvironmentViewModel(new SimpleObjectProperty<>(
                new ServiceConfiguration(List.of(service))), host, validator, name -> { });
        return vm.rows().stream().filter(r -> r.name().equals("SYNSSL_RAND")).findFirst().orElseThrow();
    }

    private static boolean clientStarts(FileServer server, String value) {
        try (RemoteFileClient c = RemoteFileClient.connect(ClientOptions.of("127.0.0.1", server.port())
                .randomSource(value.isEmpty() ? null : value))) {
            return true;
        } catch (RemoteFileException e) {
            assertThat(e.info()).startsWith("Cannot load random state: SYNSSL_RAND names " + value);
            return false;
        }
    }

    /** A real start of the service (in clear: the randomness rule applies whatever the encryption). */
    private boolean serverStarts(ServiceDefinition service) throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ServiceDefinition onFreePort = service.toBuilder().port(port).build();
        ServiceLayouts layouts = new ServiceLayouts(dir.resolve("synconfig.ini"),
                new HostEnvironment(Platform.current(), Map.of()));
        ServiceRunner runner = new ServiceRunner(new ServiceValidator(CertificateCheck.NONE, layouts), layouts);
        try (RunningService running = runner.start(onFreePort, List.of(onFreePort), null)) {
            return true;
        } catch (ServerStartException refused) {
            assertThat(refused.getMessage()).contains("Cannot load random state");
            return false;
        }
    }

    private FileServer clearServer() throws Exception {
        FileServer server = new FileServer(new ServerSettings("Plain", "127.0.0.1", 0, null, Scl.LEVEL_3, false,
                "tester", LogLevel.BASIC, Files.createDirectories(dir.resolve("data")), dir.resolve("users")));
        server.start();
        return server;
    }

    @Test
    void theVerdictNamesTheProblemAndTheFix() throws Exception {
        Path shortFile = Files.writeString(dir.resolve("short.dat"), "entropy");
        List<Finding> findings = com.synconfig.model.service.RandomSourceRule.check(shortFile.toString());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Cannot load random state: SYNSSL_RAND names " + shortFile
                    + ", which holds 7 bytes (at least 1024 needed).");
            assertThat(f.fix()).startsWith("Point the environment variable SYNSSL_RAND (on the client or the server,");
        });
    }
}
