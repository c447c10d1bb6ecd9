package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.pki.ServiceCredentials;
import com.synconfig.model.service.Scl;
import com.synconfig.model.service.ServiceDefinition;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** End to end through the real window: the services table, the xfServer Information dialog, the file on disk. */
class ServicesScreenFxTest extends MainWindowFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void openModifySynSrv(FxRobot robot) {
        TableView<?> table = robot.lookup("#services-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("#services-modify");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void retype(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        assertThat(field.getText()).isEmpty();
        robot.write(text);
    }

    private static Optional<ValidationMessage> decoration(FxRobot robot, String id) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ValidationSupport validation = (ValidationSupport) pane.getProperties().get(ValidationSupport.class);
        return validation.getHighestMessage(robot.lookup(id).queryAs(javafx.scene.control.Control.class));
    }

    @Test
    void modifySynSrvWithEncryptionAndScl2WritesTheFileAndShowsTheRsyndLine(FxRobot robot) throws Exception {
        Path pem = dir.resolve("gui-made-" + System.nanoTime() + ".pem");
        openModifySynSrv(robot);
        assertThat(robot.lookup("#editor-name").queryAs(TextField.class).isEditable()).isFalse();

        robot.clickOn("#editor-encrypt");
        assertThat(robot.lookup("#editor-encrypt").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#editor-ok").queryAs(Button.class).isDisabled())
                .as("encryption without a usable certificate is an error").isTrue();

        // Create a self-signed certificate with the wizard (real key generation in the background).
        robot.clickOn("#editor-cert-create");
        retype(robot, "#wizard-cn", "localhost");
        robot.clickOn("#wizard-key");
        robot.clickOn("ec:p256");
        retype(robot, "#wizard-out", pem.toString());
        robot.clickOn("#wizard-ok");
        TextField cert = robot.lookup("#editor-cert").queryAs(TextField.class);
        GuiTestSupport.waitUntil(() -> cert.getText().equals(pem.toString()), 120);
        assertThat(ServiceCredentials.load(pem, null).chain().get(0).getSubjectX500Principal().getName())
                .isEqualTo("CN=localhost");

        robot.clickOn("#editor-scl");
        robot.clickOn("2: TLSv1.1, TLSv1.2, TLSv1.3");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#editor-scl").queryAs(ComboBox.class).getValue()).isEqualTo(Scl.LEVEL_2);
        assertThat(robot.lookup("#editor-preview").queryAs(TextArea.class).getText())
                .isEqualTo("rsynd -p 2330 -encrypt -cert=" + pem + " -scl=2");
        assertThat(robot.lookup("#editor-ok").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#editor-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gui.context.document().isDirty()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ServiceDefinition onDisk = new ConfigStore(gui.configFile).load().services().find("SynSrv").orElseThrow();
        assertThat(onDisk.encrypt()).isTrue();
        assertThat(onDisk.scl()).isEqualTo(Scl.LEVEL_2);
        assertThat(onDisk.certificateFile()).isEqualTo(pem.toString());
        assertThat(onDisk.port()).isEqualTo(2330);
        assertThat(gui.context.document().isDirty()).isFalse();
    }

    @Test
    void anInvalidPortIsDecoratedWithItsFixAndDisablesOk(FxRobot robot) {
        openModifySynSrv(robot);
        retype(robot, "#editor-port", "80");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#editor-ok").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(decoration(robot, "#editor-port")).hasValueSatisfying(m -> {
            assertThat(m.getSeverity()).isEqualTo(org.controlsfx.validation.Severity.ERROR);
            assertThat(m.getText()).contains("80").contains("Fix:");
        });
        assertThat(decoration(robot, "#editor-name")).isEmpty();

        retype(robot, "#editor-port", "2345");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decoration(robot, "#editor-port")).isEmpty();
        assertThat(robot.lookup("#editor-ok").queryAs(Button.class).isDisabled()).isFalse();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane discard = robot.lookup(".alert").queryAs(DialogPane.class); // the form was changed: asks first
        robot.clickOn(discard.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gui.context.document().isDirty()).isFalse();
    }
}
