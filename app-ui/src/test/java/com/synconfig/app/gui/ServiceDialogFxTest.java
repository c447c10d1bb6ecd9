package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
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

/** The xfServer Information dialog: what it says about wrong input, and that it works from the keyboard. */
class ServiceDialogFxTest extends MainWindowFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private static void openModify(FxRobot robot) {
        robot.clickOn("#services-modify");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the dialog without OK, confirming the discard when it asks. */
    private static void discard(FxRobot robot) {
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(".alert").tryQuery().ifPresent(alert ->
                robot.clickOn(((DialogPane) alert).lookupButton(ButtonType.OK)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane pane(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static Optional<ValidationMessage> decoration(FxRobot robot, String id) {
        ValidationSupport validation = (ValidationSupport) pane(robot).getProperties().get(ValidationSupport.class);
        return validation.getHighestMessage(robot.lookup(id).queryAs(Control.class));
    }

    private static List<String> findingsShown(FxRobot robot) {
        ListView<?> list = robot.lookup("#editor-findings").queryAs(ListView.class);
        List<String> texts = new ArrayList<>();
        robot.from(list).lookup(".list-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> c.getText() != null).forEach(c -> texts.add(c.getText()));
        return texts;
    }

    @Test
    void aPortThatIsNotANumberShowsNoCommandLineButSaysWhy(FxRobot robot) {
        openModify(robot);
        robot.interact(() -> robot.lookup("#editor-port").queryAs(TextField.class).setText("abc"));
        TextArea preview = robot.lookup("#editor-preview").queryAs(TextArea.class);
        assertThat(preview.getText()).isEmpty();
        assertThat(preview.getPromptText()).contains("port");
        discard(robot);
    }

    @Test
    void everyFieldWithAFindingIsMarkedAndFindingsNameTheFieldsLabel(FxRobot robot) {
        openModify(robot);
        robot.interact(() -> {
            robot.lookup("#editor-encrypt").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#editor-cert").queryAs(TextField.class).setText(dir.resolve("missing.pem").toString());
            robot.lookup("#editor-user").queryAs(TextField.class).setText("guest"); // ignored in secure mode
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decoration(robot, "#editor-cert")).as("Certificate file").isPresent();
        assertThat(decoration(robot, "#editor-user")).as("Default user").isPresent();
        List<String> shown = findingsShown(robot);
        assertThat(shown).anySatisfy(t -> assertThat(t).startsWith("ERROR Certificate file: "))
                .anySatisfy(t -> assertThat(t).startsWith("WARNING Default user: "))
                .allSatisfy(t -> assertThat(t).doesNotContain("certificateFile").doesNotContain("defaultUser"));
        discard(robot);
    }

    @Test
    void scl2IsWarnedAbout(FxRobot robot) {
        openModify(robot);
        robot.clickOn("#editor-scl");
        robot.clickOn("2: TLSv1.1, TLSv1.2, TLSv1.3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decoration(robot, "#editor-scl")).hasValueSatisfying(m ->
                assertThat(m.getText()).contains("TLS 1.1"));
        assertThat(findingsShown(robot)).anySatisfy(t -> assertThat(t).startsWith("WARNING Security compliance level: "));
        discard(robot);
    }

    @Test
    void mnemonicsAreUniqueAndEachLabelsMnemonicReachesAnInputField(FxRobot robot) {
        openModify(robot);
        Map<Character, String> seen = new HashMap<>();
        for (Node n : robot.from(pane(robot)).lookup((java.util.function.Predicate<Node>) node -> node instanceof Labeled).queryAll()) {
            Labeled l = (Labeled) n;
            int at = l.getText() == null ? -1 : l.getText().indexOf('_');
            if (!l.isMnemonicParsing() || at < 0 || at + 1 >= l.getText().length()) {
                continue;
            }
            char key = Character.toUpperCase(l.getText().charAt(at + 1));
            assertThat(seen.put(key, l.getText())).as("Alt+%s is taken by %s and %s", key, seen.get(key), l.getText())
                    .isNull();
            if (l instanceof Label label) {
                assertThat(label.getLabelFor()).as(label.getText()).isInstanceOf(Control.class);
                assertThat(label.getLabelFor().isFocusTraversable()).as(label.getText()).isTrue();
            }
        }
        assertThat(seen).containsKeys('C', 'R', 'O', 'U');

        robot.push(KeyCode.ALT, KeyCode.C);
        assertThat(robot.lookup("#editor-cert").queryAs(TextField.class).isFocused()).as("Alt+C").isTrue();
        robot.push(KeyCode.ALT, KeyCode.R);
        assertThat(robot.lookup("#editor-dataroot").queryAs(TextField.class).isFocused()).as("Alt+R").isTrue();
        robot.push(KeyCode.ALT, KeyCode.O);
        assertThat(robot.lookup("#editor-startmode").queryAs(ComboBox.class).isFocused()).as("Alt+O").isTrue();
        robot.push(KeyCode.ALT, KeyCode.E);
        assertThat(robot.lookup("#editor-encrypt").queryAs(CheckBox.class).isSelected()).as("Alt+E toggles").isTrue();
        robot.push(KeyCode.ALT, KeyCode.U);
        assertThat(robot.lookup("#editor-nonsecure").queryAs(RadioButton.class).isSelected()).as("Alt+U").isTrue();
        discard(robot);
    }

    @Test
    void enterOnACheckBoxMeansOk(FxRobot robot) {
        openModify(robot);
        RadioButton nonSecure = robot.lookup("#editor-nonsecure").queryAs(RadioButton.class);
        robot.interact(nonSecure::requestFocus);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nonSecure.isSelected()).isFalse();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("OK closed the dialog").isEmpty();
        openModify(robot);
        CheckBox again = robot.lookup("#editor-encrypt").queryAs(CheckBox.class);
        robot.interact(again::requestFocus);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.isSelected()).as("Enter does not toggle").isFalse();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void escapeOnAFilledFormAsksBeforeDiscarding(FxRobot robot) {
        openModify(robot);
        robot.interact(() -> robot.lookup("#editor-port").queryAs(TextField.class).setText("2345"));
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".alert").tryQuery()).as("asks").isPresent();
        robot.clickOn(robot.lookup(".alert").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editor-port").queryAs(TextField.class).getText()).as("keeps the form").isEqualTo("2345");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".alert").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("discarded and closed").isEmpty();
        assertThat(gui.context.document().isDirty()).isFalse();
    }
}
