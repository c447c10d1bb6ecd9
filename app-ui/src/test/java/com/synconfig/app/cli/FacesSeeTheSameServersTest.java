package com.synconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.process.ThisProgram;
import com.synconfig.app.gui.server.ServerViewModel;
import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.pki.PemCertificateCheck;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.ServerState;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.control.ServiceController;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the desktop program's Server screen control the same servers: what one starts the other
 * sees running and can stop, and a server started from the window does not belong to the window.
 */
class FacesSeeTheSameServersTest {

    @TempDir
    Path home;
    Path config;
    int port;
    ServerViewModel gui;

    @BeforeEach
    void configure() throws Exception {
        config = home.resolve("synconfig.ini");
        System.setProperty(ConfigLocation.SYSTEM_PROPERTY, config.toString());
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConfigStore store = new ConfigStore(config);
        ServiceConfiguration saved = store.save(store.load(), new ServiceConfiguration(List.of(
                ServiceDefinition.named("Faces").toBuilder().port(port).nonSecure(true).defaultUser("app").build())))
                .services();
        // wired as GuiContext wires the Server screen
        ServiceLayouts layouts = ServiceLayouts.current(config);
        ServiceController controller = ServiceController.forThisMachine(layouts,
                new ServiceValidator(new PemCertificateCheck(), layouts), ThisProgram.command());
        gui = new ServerViewModel(new SimpleObjectProperty<>(saved), controller);
    }

    @AfterEach
    void stopAll() {
        Cli.run("server", "stop", "--service", "Faces");
        System.clearProperty(ConfigLocation.SYSTEM_PROPERTY);
    }

    @Test
    void aServiceStartedOnTheCommandLineIsSeenAndStoppedByTheWindow() throws Exception {
        Cli start = Cli.run("server", "start", "--service", "Faces");
        assertThat(start.exit()).as(start.err()).isZero();
        gui.refresh();
        assertThat(gui.stateProperty().get()).isEqualTo(ServerState.RUNNING);
        assertThat(gui.statusTextProperty().get()).startsWith("Running on port " + port + " (background process");
        // the server process runs with this JVM's options (SYNCONFIG_JAVA_OPTS, -D settings), not without them
        long pid = gui.runtime("Faces").orElseThrow().status().orElseThrow().pid();
        Path cmdline = Path.of("/proc/" + pid + "/cmdline");
        if (Files.exists(cmdline)) { // Linux: the process's own arguments, NUL-separated
            assertThat(List.of(Files.readString(cmdline).split("\0")))
                    .containsAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        }

        gui.stop("Faces");
        Cli status = Cli.run("server", "status", "--service", "Faces");
        assertThat(status.exit()).as("LSB: 3 = not running").isEqualTo(3);
        assertThat(status.out()).contains("state: STOPPED").contains("manager: background process");
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aServiceStartedFromTheWindowIsSeenAndStoppedByTheCommandLine() throws Exception {
        gui.start("Faces");
        Cli status = Cli.run("server", "status", "--service", "Faces");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains("state: RUNNING").contains("port: " + port);
        // the window is gone (nothing of it is kept): the server is not its child and still serves
        gui = null;
        try (RemoteFileClient c = RemoteFileClient.connect(ClientOptions.of("127.0.0.1", port))) {
            assertThat(c.serviceName()).isEqualTo("Faces");
        }
        Cli stop = Cli.run("server", "stop", "--service", "Faces");
        assertThat(stop.out()).contains("Service Faces stopped");
    }

    @Test
    void removingARunningServiceStopsItAndAskedForForceWhileClientsAreConnected() throws Exception {
        assertThat(Cli.run("server", "start", "--service", "Faces").exit()).isZero();
        try (RemoteFileClient c = RemoteFileClient.connect(ClientOptions.of("127.0.0.1", port))) {
            Cli refused = waitForClientThenRemove();
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains("connected client(s) (127.0.0.1:").contains("--force");
            assertThat(new ConfigStore(config).load().services().find("Faces")).isPresent();
        }
        Cli removed = Cli.run("service", "remove", "Faces", "--force");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Stopped service Faces (background process)").contains("Removed service Faces");
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).as("nothing serves a service that no longer exists").isEqualTo(port);
        }
    }

    /** The status file is rewritten every 2 s: remove once it lists the client. */
    private Cli waitForClientThenRemove() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Cli.run("server", "status", "--service", "Faces").out().contains("connections: 1")
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return Cli.run("service", "remove", "Faces");
    }
}
