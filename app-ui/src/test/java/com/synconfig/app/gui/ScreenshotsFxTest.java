package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ConfigStore;
import com.synconfig.server.ConnectionInfo;
import com.synconfig.model.pki.CertificateToolkit;
import com.synconfig.model.pki.DistinguishedName;
import com.synconfig.model.pki.KeySpec;
import com.synconfig.model.pki.SubjectAltNames;
import com.synconfig.server.client.ClientOptions;
import com.synconfig.server.client.RemoteFile;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.wire.OpenMode;
import java.util.List;
import javafx.scene.control.Label;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes a screenshot of every screen (Monocle's headless {@code Scene.snapshot()}) into {@code target/screenshots},
 * or into the directory named by {@code -Dsynconfig.screenshots.dir} (the README's come from
 * {@code -Dsynconfig.screenshots.dir=../docs/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsFxTest {

    private static final Path OUT = Path.of(System.getProperty("synconfig.screenshots.dir", "target/screenshots"));

    @TempDir
    static Path dir;
    GuiTestSupport gui;
    int port;

    @Start
    void start(Stage stage) throws Exception {
        Path home = dir.resolve("synconfig");
        gui = new GuiTestSupport(home);
        ConfigStore store = new ConfigStore(gui.configFile);
        var snapshot = store.load();
        Path pem = home.resolve("rsynd.pem");
        new CertificateToolkit(m -> { }).selfSigned(DistinguishedName.ofCommonName("localhost"),
                SubjectAltNames.defaults(), KeySpec.RSA_2048, 398, pem, null);
        new CertificateToolkit(m -> { }).selfSigned(DistinguishedName.ofCommonName("old-host"),
                SubjectAltNames.defaults(), KeySpec.EC_P256, 20, home.resolve("expiring.pem"), null);
        port = GuiTestSupport.freePort();
        ServiceDefinition synSrv = snapshot.services().find("SynSrv").orElseThrow().toBuilder().port(port)
                .encrypt(true).certificateFile(pem.toString()).scl(Scl.LEVEL_3).nonSecure(true).defaultUser("app")
                .env("DBLDIR", home.toString()).env("SYNSSL_RAND", "/dev/urandom").build();
        ServiceDefinition clear = ServiceDefinition.named("SynSrvClear").toBuilder().port(port + 1).build();
        Path data = Files.createDirectories(gui.serviceHome.resolve("services/SynSrv/data/orders"));
        try (IsamFile cust = IsamFile.create(data.resolve("cust.ism"), new IsamDefinition(20,
                List.of(com.synconfig.server.store.KeySpec.parse("1:6"), com.synconfig.server.store.KeySpec.parse("7:10,dups")), true))) {
            cust.insert("A00001PARIS     1234".getBytes());
            cust.insert("A00002LYON      5678".getBytes());
        }
        Files.writeString(data.resolve("notes.txt"), "sequential file\n");
        store.save(snapshot, snapshot.services().with(synSrv).with(clear));
        stage.setWidth(1180);
        stage.setHeight(720);
        gui.preferences.put(Appearance.CHOICE, ThemeChoice.LIGHT.name()); // the README's pictures: light mode
        gui.start(stage);
        stage.setWidth(1180);
        stage.setHeight(720);
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyScreen(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        Scene main = robot.lookup("#navigation").query().getScene();
        shoot(robot, main, "services");

        robot.clickOn("#services-modify");
        WaitForAsyncUtils.waitForFxEvents();
        Scene dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene();
        shoot(robot, dialog, "service-dialog");
        robot.clickOn("#editor-port");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("80");
        robot.moveTo("#editor-port");
        shoot(robot, dialog, "service-dialog-invalid-port");
        robot.push(KeyCode.ESCAPE); // the form was changed: Escape asks before it discards
        GuiTestSupport.waitUntil(() -> robot.lookup(".alert").tryQuery().isPresent(), 20);
        robot.clickOn(robot.lookup(".alert").queryAs(DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#services-paste");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#paste-line").queryAs(javafx.scene.control.TextArea.class)
                .setText("rsynd -p " + port + " -encrypt -cert=" + gui.serviceHome.resolve("rsynd.pem") + " -scl=2"));
        shoot(robot, robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene(), "paste-rsynd");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents(); // a line was pasted: Escape asks before it drops it
        robot.clickOn(robot.lookup(".alert").queryAs(DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#services-validate");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane validation = robot.lookup("#validate-table").query().getScene().getRoot() instanceof DialogPane d
                ? d : null;
        shoot(robot, validation.getScene(), "validate-all");
        robot.interact(() -> ((javafx.scene.control.Button) validation.lookupButton(javafx.scene.control.ButtonType.CLOSE))
                .fire());

        new com.synconfig.server.auth.UserFile(gui.serviceHome.resolve("services/SynSrvClear/users"))
                .add("alice", "correct horse".toCharArray());
        GuiTestSupport.show(robot, gui.context, "users");
        robot.interact(() -> robot.lookup("#users-service").queryAs(javafx.scene.control.ComboBox.class)
                .setValue("SynSrvClear"));
        clickWhenShown(robot, "alice");
        shoot(robot, main, "users");

        for (String screen : new String[] {"certificates", "environment", "files"}) {
            GuiTestSupport.show(robot, gui.context, screen);
            if (screen.equals("certificates")) {
                clickWhenShown(robot, "rsynd.pem");
            }
            if (screen.equals("files")) {
                clickWhenShown(robot, "orders/cust.ism");
            }
            shoot(robot, main, screen);
        }

        GuiTestSupport.show(robot, gui.context, "server");
        robot.clickOn("#server-start");
        Label status = robot.lookup("#server-status").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> status.getText().startsWith("Running"), 60);
        TableView<ConnectionInfo> connections = robot.lookup("#server-connections").queryAs(TableView.class);
        try (RemoteFileClient client = RemoteFileClient.connect(ClientOptions.of("localhost", port).encrypt(true)
                .trust(com.synconfig.server.client.ServerTrust.anyServer()));
             RemoteFile file = client.open("orders/cust.ism", OpenMode.INPUT, "")) {
            GuiTestSupport.waitUntil(() -> connections.getItems().size() == 1
                    && connections.getItems().get(0).openFiles().contains("orders/cust.ism"), 30);
            shoot(robot, main, "server");
        }
        GuiTestSupport.waitUntil(() -> connections.getItems().isEmpty(), 30);
        robot.clickOn("#server-check");
        GuiTestSupport.waitUntil(() -> checkWindow().isPresent(), 30);
        javafx.stage.Stage check = checkWindow().orElseThrow();
        Label verdict = robot.from(check.getScene().getRoot()).lookup("#check-verdict").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> verdict.getText().startsWith("Verdict: holds."), 120);
        shoot(robot, check.getScene(), "check");
        robot.interact(check::close);
        GuiTestSupport.waitUntil(() -> connections.getItems().isEmpty(), 30); // the check's last probe, polled
        robot.clickOn("#server-stop");
        GuiTestSupport.waitUntil(() -> status.getText().startsWith("Stopped"), 60);

        GuiTestSupport.show(robot, gui.context, "ciphers");
        TableView<?> ciphers = robot.lookup("#ciphers-table").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> !ciphers.getItems().isEmpty(), 120);
        shoot(robot, main, "ciphers");

        GuiTestSupport.show(robot, gui.context, "diagnostics");
        robot.clickOn("#diagnostics-run");
        TableView<com.synconfig.server.diag.CheckResult> checks =
                robot.lookup("#diagnostics-table").queryAs(TableView.class);
        GuiTestSupport.waitUntil(() -> !checks.getItems().isEmpty(), 120);
        BufferedImage light = shoot(robot, main, "diagnostics");

        // What the pictures show must agree: the Environment screen's SYNSSL_RAND verdict is dltest's.
        GuiTestSupport.show(robot, gui.context, "environment");
        TableView<com.synconfig.app.gui.environment.VariableRow> variables =
                robot.lookup("#environment-table").queryAs(TableView.class);
        var random = variables.getItems().stream().filter(r -> r.name().equals("SYNSSL_RAND")).findFirst().orElseThrow();
        var dltest = checks.getItems().stream().filter(c -> c.check().equals("SynSrv randomness")).findFirst()
                .orElseThrow();
        assertThat(random.severity() != com.synconfig.model.check.Severity.ERROR)
                .as("Environment says '%s', dltest says %s", random.check(), dltest.status())
                .isEqualTo(dltest.status() != com.synconfig.server.diag.CheckStatus.FAIL);

        // Dark mode: the same screen, drawn on the dark theme's background.
        GuiTestSupport.show(robot, gui.context, "diagnostics");
        robot.clickOn("View");
        robot.clickOn("Dark");
        BufferedImage dark = shoot(robot, main, "diagnostics-dark");
        assertThat(brightness(mostCommonColour(dark))).as("dark mode's background").isLessThan(0.2);
        assertThat(brightness(mostCommonColour(light))).as("light mode's background").isGreaterThan(0.8);
        robot.clickOn("View");
        robot.clickOn("Light");
    }

    private static double brightness(int argb) {
        return javafx.scene.paint.Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff).getBrightness();
    }

    private static int mostCommonColour(BufferedImage image) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static java.util.Optional<javafx.stage.Stage> checkWindow() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage s
                && "Check SynSrv".equals(s.getTitle())).map(javafx.stage.Stage.class::cast).findFirst();
    }

    private static void clickWhenShown(FxRobot robot, String text) throws Exception {
        GuiTestSupport.waitUntil(() -> robot.lookup(text).tryQuery().isPresent(), 30);
        robot.clickOn(text);
    }

    private static BufferedImage shoot(FxRobot robot, Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] taken = new WritableImage[1];
        robot.interact(() -> taken[0] = scene.snapshot(null));
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(toBufferedImage(taken[0]), "png", file.toFile());
        BufferedImage back = ImageIO.read(file.toFile());
        assertThat(back.getWidth()).isEqualTo((int) taken[0].getWidth());
        assertThat(distinctColours(back)).as("%s shows more than a blank pane", name).isGreaterThan(8);
        return back;
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
