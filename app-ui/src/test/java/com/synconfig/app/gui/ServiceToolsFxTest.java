package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.check.Finding;
import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.ServiceDefinition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The services screen's Paste rsynd line and Validate all, from the keyboard. */
class ServiceToolsFxTest extends MainWindowFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into the focused control of the window in front. */
    private static void type(FxRobot robot, String text) {
        robot.targetWindow(Window.getWindows().stream().filter(Window::isFocused).reduce((a, b) -> b).orElseThrow());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() {
        Window front = Window.getWindows().stream().filter(Window::isFocused).reduce((a, b) -> b).orElseThrow();
        return front.getScene().getFocusOwner();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aPastedLineCreatesAServiceThatSaveWrites(FxRobot robot) throws Exception {
        alt(robot, KeyCode.P); // Paste rsynd line...
        TextArea line = robot.lookup("#paste-line").queryAs(TextArea.class);
        assertThat(robot.lookup("#paste-name").queryAs(TextField.class).getText()).as("the selected service")
                .isEqualTo("SynSrv");
        assertThat(focused()).as("typing starts in the line").isSameAs(line);
        type(robot, "rsynd -p 2331 -n -u guest -x");
        Button ok = robot.lookup("#paste-ok").queryAs(Button.class);
        assertThat(ok.getText()).isEqualTo("Update SynSrv");
        assertThat(ok.isDisabled()).isTrue();
        ListView<Finding> findings = robot.lookup("#paste-findings").queryAs(ListView.class);
        assertThat(findings.getItems()).anySatisfy(f -> assertThat(f.messageAndFix())
                .startsWith("Unknown option '-x' at position 27. Fix: Use one of: -p PORT"));
        robot.push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok.isDisabled()).isFalse();
        assertThat(robot.lookup("#paste-preview").queryAs(TextArea.class).getText())
                .startsWith("Updates the service SynSrv").contains("Port: 2331");

        robot.push(KeyCode.TAB);
        assertThat(focused()).as("Tab leaves the line").isSameAs(robot.lookup("#paste-preview").query());
        alt(robot, KeyCode.S); // the service name
        robot.push(KeyCode.CONTROL, KeyCode.A);
        type(robot, "Backup");
        assertThat(ok.getText()).isEqualTo("Create Backup");
        alt(robot, KeyCode.C); // back to the line; Enter is OK
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#paste-line").tryQuery()).as("closed").isEmpty();

        TableView<com.synconfig.app.gui.services.ServiceRow> table =
                robot.lookup("#services-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().name()).as("the new service is selected")
                .isEqualTo("Backup");
        assertThat(stage.getTitle()).startsWith("*");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ServiceDefinition backup = new ConfigStore(gui.configFile).load().services().find("Backup").orElseThrow();
        assertThat(backup.port()).isEqualTo(2331);
        assertThat(backup.nonSecure()).isTrue();
        assertThat(backup.defaultUser()).isEqualTo("guest");
    }

    @SuppressWarnings("unchecked")
    @Test
    void validateAllShowsEachServicesVerdictAndModifyOpensTheOneToFix(FxRobot robot) {
        robot.interact(() -> gui.context.document().update(gui.context.document().services().with(
                ServiceDefinition.named("Backup").toBuilder().port(2330).build())));
        alt(robot, KeyCode.L); // Validate all...
        TableView<com.synconfig.app.gui.services.ValidationRow> rows =
                robot.lookup("#validate-table").queryAs(TableView.class);
        assertThat(rows.getItems()).extracting(r -> r.service() + " " + r.verdict()).contains("SynSrv ERROR",
                "Backup ERROR");
        assertThat(robot.lookup("#validate-summary").queryAs(javafx.scene.control.Label.class).getText())
                .matches("2 service\\(s\\) checked: [1-9]\\d* error\\(s\\), \\d+ warning\\(s\\)\\.");
        assertThat(rows.getItems()).anySatisfy(r -> assertThat(r.finding().message())
                .isEqualTo("Port 2330 is already used by service 'SynSrv'."));

        robot.interact(() -> {
            rows.requestFocus();
            rows.getSelectionModel().select(rows.getItems().stream().filter(r -> r.service().equals("Backup"))
                    .findFirst().orElseThrow());
        });
        robot.push(KeyCode.ENTER); // Modify the service of the row
        WaitForAsyncUtils.waitForFxEvents();
        TextField port = robot.lookup("#editor-port").queryAs(TextField.class);
        assertThat(robot.lookup("#editor-name").queryAs(TextField.class).getText()).isEqualTo("Backup");
        robot.interact(() -> port.setText("2331"));
        robot.clickOn("#editor-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows.getItems()).as("validated again after Modify").extracting(r -> r.service() + " " + r.verdict())
                .containsExactly("SynSrv OK", "Backup OK");
        DialogPane dialog = robot.lookup("#validate-table").query().getScene().getRoot() instanceof DialogPane d ? d
                : null;
        assertThat(dialog).isNotNull();
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.CLOSE)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#validate-table").tryQuery()).isEmpty();
    }
}
