package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.process.ThisProgram;
import com.synconfig.model.config.ConfigLocation;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.CertificateCheck;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.model.service.ServiceValidator;
import com.synconfig.server.control.ServiceControlException;
import com.synconfig.server.control.ServiceController;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a temporary configuration file and a throw-away preferences node. */
final class GuiTestSupport implements AutoCloseable {

    final Path configFile;
    final Preferences preferences = Preferences.userRoot().node("synconfig-test-" + UUID.randomUUID());
    GuiContext context;

    /** Services' runtime files live next to the configuration file, in {@code services/NAME/}. */
    final Path serviceHome;

    GuiTestSupport(Path dir) {
        configFile = dir.resolve("synconfig.ini");
        serviceHome = dir;
    }

    void start(Stage stage) {
        context = new GuiContext(new ConfigLocation(configFile, ConfigLocation.Source.COMMAND_LINE), preferences);
        assertThat(context.open(stage)).isTrue();
    }

    /** Waits (generously: the machine may be busy) until {@code condition} holds on the FX thread. */
    static void waitUntil(BooleanSupplier condition, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }

    /** A TCP port nothing listens on now, for a service the test starts. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A real self-signed RSA certificate and key in one PEM file, made by the openssl binary. */
    static Path selfSignedPem(Path dir) throws IOException, InterruptedException {
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Process p = new ProcessBuilder(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "365", "-subj", "/CN=localhost"))
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Path pem = dir.resolve("rsynd.pem");
        Files.writeString(pem, Files.readString(cert) + Files.readString(key));
        return pem;
    }

    /**
     * Saves SynSrv encrypted with a real self-signed certificate ({@link #selfSignedPem}), non-secure, on
     * {@code port}, before the window opens; returns the certificate file.
     */
    Path saveEncryptedSynSrv(int port) throws IOException, InterruptedException {
        Path pem = selfSignedPem(Files.createDirectories(serviceHome));
        saveSynSrv(b -> b.port(port).encrypt(true).certificateFile(pem.toString()).nonSecure(true).defaultUser("app"));
        return pem;
    }

    /** Saves SynSrv as {@code change} makes it, before the window opens; returns it as saved. */
    ServiceDefinition saveSynSrv(UnaryOperator<ServiceDefinition.Builder> change) throws IOException {
        ConfigStore store = new ConfigStore(configFile);
        var snapshot = store.load();
        ServiceDefinition synSrv = change.apply(snapshot.services().find("SynSrv").orElseThrow().toBuilder()).build();
        store.save(snapshot, snapshot.services().with(synSrv));
        return synSrv;
    }

    static void show(FxRobot robot, GuiContext context, String screen) {
        robot.interact(() -> context.view().show(screen));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Services outlive the window (they belong to the service controller): stop the ones the test started. */
    private void stopServices() throws IOException {
        if (!Files.exists(configFile)) {
            return;
        }
        ServiceLayouts layouts = ServiceLayouts.current(configFile);
        ServiceController controller = ServiceController.forThisMachine(layouts,
                new ServiceValidator(CertificateCheck.NONE, layouts), ThisProgram.command());
        for (ServiceDefinition s : new ConfigStore(configFile).load().services().services()) {
            try {
                controller.stop(s);
            } catch (ServiceControlException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() throws BackingStoreException, TimeoutException, IOException {
        if (context != null) {
            context.close();
        }
        stopServices();
        preferences.removeNode();
        FxToolkit.cleanupStages();
    }
}
