package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayout;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * GETFA from the Files screen, from the keyboard (#14): refused while the service is stopped; once started (an
 * encrypted, secure-mode service with a certificate made by openssl) the answer is the channel's SLE and SLC.
 */
class FileAttributesFxTest extends MainWindowFxTest {


    @Start
    void start(Stage stage) throws Exception {
        open(stage, fresh -> {
            int port = GuiTestSupport.freePort();
            Path pem = GuiTestSupport.selfSignedPem(fresh.serviceHome);
            ServiceDefinition synSrv = fresh.saveSynSrv(b -> b.port(port).encrypt(true).certificateFile(pem.toString()));
            ServiceLayout layout = ServiceLayouts.current(fresh.configFile).of(synSrv);
            Files.createDirectories(layout.dataRoot());
            try (IsamFile f = IsamFile.create(layout.dataRoot().resolve("secret.ism"),
                    new IsamDefinition(8, List.of(KeySpec.parse("1:8")), true))) {
                f.insert("SECRET01".getBytes());
            }
            new UserFile(layout.usersFile()).add("alice", "wonderland".toCharArray());
        });
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
