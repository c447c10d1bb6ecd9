package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * GETFA from the Files screen, from the keyboard (#14): refused while the service is stopped; once started (an
 * encrypted, secure-mode service with a certificate made by openssl) the answer is the channel's SLE and SLC.
 */
@ExtendWith(ApplicationExtension.class)
class FileAttributesFxTest {

    @TempDir
    static Path dir;
    GuiTestSupport gui;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("t" + System.nanoTime()));
        gui = new GuiTestSupport(home);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path pem = GuiTestSupport.selfSignedPem(home);
        ConfigStore store = new ConfigStore(gui.configFile);
        var snapshot = store.load();
        ServiceDefinition synSrv = snapshot.services().find("SynSrv").orElseThrow().toBuilder().port(port)
                .encrypt(true).certificateFile(pem.toString()).build();
        store.save(snapshot, snapshot.services().with(synSrv));
        ServiceLayout layout = ServiceLayouts.current(gui.configFile).of(synSrv);
        Files.createDirectories(layout.dataRoot());
        try (IsamFile f = IsamFile.create(layout.dataRoot().resolve("secret.ism"),
                new IsamDefinition(8, List.of(KeySpec.parse("1:8")), true))) {
            f.insert("SECRET01".getBytes());
        }
        new UserFile(layout.usersFile()).add("alice", "wonderland".toCharArray());
        gui.start(stage);
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void getfaAsksTheRunningServiceAsItsClientsDo(FxRobot robot) throws Exception {
        GuiTestSupport.show(robot, gui.context, "files");
        robot.clickOn("secret.ism");
        Label answer = robot.lookup("#files-getfa-result").queryAs(Label.class);
        robot.push(KeyCode.ALT, KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.getText()).startsWith("Service SynSrv is not running: start it");
        assertThat(answer.getStyleClass()).contains("error-text");

        GuiTestSupport.show(robot, gui.context, "server");
        robot.clickOn("#server-start");
        Label status = robot.lookup("#server-status").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> status.getText().startsWith("Running"), 60);

        GuiTestSupport.show(robot, gui.context, "files");
        robot.clickOn("secret.ism");
        robot.push(KeyCode.ALT, KeyCode.U).write("alice"); // the screen shown again: its labels' Alt keys still work
        assertThat(robot.lookup("#files-user").queryAs(TextField.class).getText()).isEqualTo("alice");
        robot.push(KeyCode.ALT, KeyCode.W).write("wonderland");
        robot.push(KeyCode.ALT, KeyCode.G);
        GuiTestSupport.waitUntil(() -> answer.getText().startsWith("secret.ism: SLE"), 60);
        assertThat(answer.getText()).startsWith("secret.ism: SLE 1 (encrypted), SLC TLS_AES_").contains("TLSv1.3");
        assertThat(answer.getStyleClass()).doesNotContain("error-text");
    }
}
