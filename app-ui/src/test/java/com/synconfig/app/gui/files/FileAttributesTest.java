package com.synconfig.app.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.cli.SynConfigCommand;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.pki.CertificateToolkit;
import com.synconfig.model.pki.DistinguishedName;
import com.synconfig.model.pki.SubjectAltNames;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.FileServer;
import com.synconfig.server.ServerSettings;
import com.synconfig.server.ServerState;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.client.FileAttributes;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import com.synconfig.server.tls.ServiceTlsSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * GETFA from the Files screen against a real running service (TLS with a certificate made by openssl): the answer,
 * the server's errors as {@code synconfig client getfa} reports them, and the refusals before anything is sent.
 */
class FileAttributesTest {

    @TempDir
    Path home;

    private ServiceLayouts layouts() {
        return new ServiceLayouts(home.resolve("synconfig.ini"), new HostEnvironment(Platform.current(), Map.of()));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A started server for {@code service}, serving its data root with a network-encrypted ISAM file. */
    private FileServer serve(ServiceDefinition service) throws Exception {
        ServiceLayout layout = layouts().of(service);
        Files.createDirectories(layout.dataRoot());
        try (IsamFile f = IsamFile.create(layout.dataRoot().resolve("secret.ism"),
                new IsamDefinition(8, List.of(KeySpec.parse("1:8")), true))) {
            f.insert("SECRET01".getBytes());
        }
        new UserFile(layout.usersFile()).add("alice", "wonderland".toCharArray());
        FileServer server = new FileServer(ServerSettings.from(layout, service.encrypt()
                ? ServiceTlsSource.of(service, Path.of(service.certificateFile()), null) : null));
        server.start();
        return server;
    }

    private FilesViewModel screen(ServiceDefinition service, ServerState state) {
        FilesViewModel vm = new FilesViewModel(new SimpleObjectProperty<>(new ServiceConfiguration(List.of(service))),
                layouts(), name -> state);
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.name().equals("secret.ism")).findFirst()
                .orElseThrow());
        return vm;
    }

    /** Runs the request as the view does off the FX thread, and shows its answer or failure. */
    private static void ask(FilesViewModel vm, String user, String password) {
        Callable<FileAttributes> request = vm.attributesRequest(user, password).orElseThrow();
        assertThat(vm.askingProperty().get()).isTrue();
        try {
            vm.showAttributes(request.call());
        } catch (Exception e) {
            vm.showAttributesFailure(e);
        }
        assertThat(vm.askingProperty().get()).isFalse();
    }

    @Test
    void anEncryptedSecureServiceAnswersSleAndSlcToItsUser() throws Exception {
        ServiceDefinition service = ServiceDefinition.named("EncSrv").toBuilder().port(freePort()).encrypt(true)
                .certificateFile(opensslCertificate().toString()).build();
        try (FileServer server = serve(service)) {
            FilesViewModel vm = screen(service, ServerState.RUNNING);
            assertThat(vm.secureProperty().get()).isTrue();
            ask(vm, "alice", "wonderland");
            assertThat(vm.attributesFailedProperty().get()).as(vm.attributesProperty().get()).isFalse();
            assertThat(vm.attributesProperty().get()).startsWith("secret.ism: SLE 1 (encrypted), SLC TLS_AES_")
                    .contains("TLSv1.3 Kx=any");

            ask(vm, "alice", "rabbit");
            assertThat(vm.attributesFailedProperty().get()).isTrue();
            assertThat(vm.attributesProperty().get()).startsWith("GETFA failed: $ERR_LOGIN: Invalid user name or password");

            // The file replaced while the service runs: it still presents the certificate it started with.
            new CertificateToolkit(m -> { }).selfSigned(DistinguishedName.ofCommonName("localhost"),
                    SubjectAltNames.defaults(), com.synconfig.model.pki.KeySpec.EC_P256, 30, Path.of(service.certificateFile()), null);
            ask(vm, "alice", "wonderland");
            assertThat(vm.attributesProperty().get()).startsWith("GETFA failed: $ERR_CLNTERR: Client server error")
                    .contains("restart the service");
        }
    }

    @Test
    void theServersErrorIsShownAsSynconfigClientGetfaReportsIt() throws Exception {
        ServiceDefinition service = ServiceDefinition.named("ClearSrv").toBuilder().port(freePort()).encrypt(false)
                .nonSecure(true).defaultUser(System.getProperty("user.name")).build();
        try (FileServer server = serve(service)) {
            FilesViewModel vm = screen(service, ServerState.RUNNING);
            assertThat(vm.secureProperty().get()).isFalse();
            ask(vm, "", "");
            StringWriter err = new StringWriter();
            String[] getfa = {"--config", home.resolve("synconfig.ini").toString(), "client", "getfa", "secret.ism",
                    "SLE", "--host", "127.0.0.1", "--port", String.valueOf(service.port())};
            CommandLine cli = SynConfigCommand.forArguments(getfa);
            cli.setErr(new PrintWriter(err, true));
            assertThat(cli.execute(getfa)).isEqualTo(2);

            assertThat(vm.attributesFailedProperty().get()).isTrue();
            assertThat(vm.attributesProperty().get()).isEqualTo("GETFA failed: " + err.toString().trim())
                    .contains("$ERR_NETCRYPT: File requires network encryption");
        }
    }

    @Test
    void aServiceThatIsNotRunningOrNoFileChosenIsSaidBeforeAnythingIsSent() throws Exception {
        ServiceDefinition service = ServiceDefinition.named("Idle").toBuilder().port(freePort()).build();
        Files.createDirectories(layouts().of(service).dataRoot());
        Files.writeString(layouts().of(service).dataRoot().resolve("secret.ism"), "not yet ISAM");
        FilesViewModel vm = screen(service, ServerState.STOPPED);
        assertThat(vm.attributesRequest("", "")).isEmpty();
        assertThat(vm.attributesProperty().get()).isEqualTo("Service Idle is not running: start it (Server screen, or"
                + " Start on the services screen), then ask again.");
        vm.selectedProperty().set(null);
        assertThat(vm.attributesRequest("", "")).isEmpty();
        assertThat(vm.attributesProperty().get()).isEqualTo("Choose a file first: GETFA opens it on the service.");
    }

    /** A self-signed certificate and key for localhost, made by the openssl binary, in one service-ready file. */
    private Path opensslCertificate() throws Exception {
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-noenc", "-keyout",
                home.resolve("key.pem").toString(), "-out", home.resolve("cert.pem").toString(), "-days", "30",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Path pem = home.resolve("rsynd.pem");
        Files.writeString(pem, Files.readString(home.resolve("cert.pem")) + Files.readString(home.resolve("key.pem")));
        return pem;
    }
}
