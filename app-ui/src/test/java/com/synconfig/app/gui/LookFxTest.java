package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.rsynd.RsyndCommandLine;
import com.synconfig.model.service.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The look: theme and View menu, the stylesheet's colours in both modes, placeholders, the dialog's tooltips. */
class LookFxTest extends MainWindowFxTest {

    /** AtlantaFX Primer's -color-fg-muted, the placeholders' text colour, in each mode. */
    private static final Map<Theme, Color> MUTED = Map.of(Theme.LIGHT, Color.web("#57606a"), Theme.DARK, Color.web("#8b949e"));

    @Start
    void start(Stage stage) throws Exception {
        open(stage, fresh -> fresh.preferences.put(Appearance.CHOICE, ThemeChoice.LIGHT.name()));
    }

    private static List<String> screenIds(FxRobot robot) {
        ListView<?> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        return navigation.getItems().stream().map(s -> ((Screen) s).id()).toList();
    }

    private Parent shownScreen() {
        return (Parent) ((StackPane) gui.context.view().getCenter()).getChildren().get(0);
    }

    private void openServiceDialog(FxRobot robot) throws Exception {
        GuiTestSupport.show(robot, gui.context, "services");
        robot.clickOn("#services-modify");
        GuiTestSupport.waitUntil(() -> robot.lookup("#editor-ok").tryQuery().isPresent(), 20);
    }

    private static void closeDialog(FxRobot robot) {
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(".alert").tryQuery().ifPresent(a -> robot.clickOn(((DialogPane) a).lookupButton(ButtonType.OK)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(FxRobot robot, String item) {
        robot.clickOn("View");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label placeholderOf(Control tableOrList) {
        Node placeholder = tableOrList instanceof TableView<?> t ? t.getPlaceholder() : ((ListView<?>) tableOrList).getPlaceholder();
        assertThat(placeholder).as("placeholder of %s", tableOrList.getId()).isInstanceOf(Label.class);
        return (Label) placeholder;
    }

    @Test
    void everyTableAndListSaysWhatToDoWhenEmpty(FxRobot robot) throws Exception {
        List<Control> checked = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (String screen : screenIds(robot)) {
            GuiTestSupport.show(robot, gui.context, screen);
            List<Control> here = robot.from(shownScreen()).lookup((java.util.function.Predicate<Node>)
                    n -> n instanceof TableView<?> || n instanceof ListView<?>).queryAllAs(Control.class).stream().toList();
            checked.addAll(here);
            cut.addAll(cutPlaceholders(robot, here));
        }
        openServiceDialog(robot);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<Control> inDialog = robot.from(dialog).lookup((java.util.function.Predicate<Node>)
                n -> n instanceof TableView<?> || n instanceof ListView<?>).queryAllAs(Control.class).stream().toList();
        checked.addAll(inDialog);
        cut.addAll(cutPlaceholders(robot, inDialog));
        assertThat(cut).as("placeholders cut short where they show").isEmpty();
        // (a combo box's drop-down is a list too, and the navigation always lists the screens)
        checked.removeIf(c -> c.getParent() instanceof ComboBox<?> || "navigation".equals(c.getId()));
        assertThat(checked).extracting(Node::getId).contains("services-table", "environment-table", "editor-environment",
                "editor-findings", "ciphers-matrix", "server-log");
        for (Control c : checked) {
            Label placeholder = placeholderOf(c);
            assertThat(placeholder.getText()).as("placeholder of %s", c.getId()).isNotBlank();
            assertThat(placeholder.getStyleClass()).as("placeholder of %s", c.getId()).contains(StyleClasses.PLACEHOLDER);
        }
        assertThat(placeholderOf(robot.lookup("#services-table").queryAs(TableView.class)).getText())
                .contains("Add\u2026").contains("Import");
        closeDialog(robot);
    }

    /** The placeholders showing now (their table or list is empty) whose drawn text is not all of it. */
    private static List<String> cutPlaceholders(FxRobot robot, List<Control> tablesAndLists) {
        List<String> cut = new ArrayList<>();
        for (Control c : tablesAndLists) {
            Node placeholder = c instanceof TableView<?> t ? t.getPlaceholder() : c instanceof ListView<?> l ? l.getPlaceholder() : null;
            if (placeholder instanceof Label label && label.getScene() != null && label.isVisible()) {
                robot.from(label).lookup(".text").tryQueryAs(javafx.scene.text.Text.class)
                        .filter(drawn -> !drawn.getText().equals(label.getText()))
                        .ifPresent(drawn -> cut.add(c.getId() + ": '" + drawn.getText() + "'"));
            }
        }
        return cut;
    }

    @Test
    void everyFieldOfTheServiceDialogNamesItsRsyndOptionForThePlatform(FxRobot robot) throws Exception {
        openServiceDialog(robot);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<Control> fields = robot.from(dialog).lookup((java.util.function.Predicate<Node>) n -> n instanceof TextField
                || n instanceof ComboBox<?> || n instanceof CheckBox || n instanceof RadioButton || n instanceof TableView<?>)
                .queryAllAs(Control.class).stream().filter(c -> c.getId() == null || c.getId().startsWith("editor-"))
                .filter(c -> !(c.getParent() instanceof ComboBox<?>)).toList();
        assertThat(fields).hasSizeGreaterThanOrEqualTo(13);
        for (Control field : fields) {
            assertThat(field.getTooltip()).as("tooltip of %s", field.getId() == null ? field : field.getId()).isNotNull();
        }
        Map<String, String> settings = Map.of("#editor-port", "port", "#editor-encrypt", "encrypt", "#editor-cert",
                "certificateFile", "#editor-scl", "scl", "#editor-nonsecure", "nonSecure", "#editor-user", "defaultUser",
                "#editor-loglevel", "logLevel", "#editor-logfile", "logFile");
        ComboBox<Platform> platform = robot.lookup("#editor-platform").queryAs(ComboBox.class);
        for (Platform p : new Platform[] {Platform.UNIX, Platform.OPENVMS}) {
            robot.interact(() -> platform.setValue(p));
            settings.forEach((id, setting) -> assertThat(robot.lookup(id).queryAs(Control.class).getTooltip().getText())
                    .as("%s on %s", id, p).contains("rsynd option: " + RsyndCommandLine.optionFor(setting, p).orElseThrow()));
        }
        assertThat(robot.lookup("#editor-port").queryAs(Control.class).getTooltip().getText()).contains("/PORT=PORT")
                .contains("1024-65535").contains("2330");
        assertThat(robot.lookup("#editor-dataroot").queryAs(Control.class).getTooltip().getText())
                .contains("Not an rsynd option");
        closeDialog(robot);
    }

    @Test
    void theViewMenuSwitchesBetweenLightAndDarkAndRemembersTheChoice(FxRobot robot) {
        GuiTestSupport.show(robot, gui.context, "diagnostics");
        Label placeholder = placeholderOf(robot.lookup("#diagnostics-table").queryAs(TableView.class));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT.stylesheet());
        assertThat(placeholder.getTextFill()).isEqualTo(MUTED.get(Theme.LIGHT));

        choose(robot, "Dark");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.stylesheet());
        assertThat(placeholder.getTextFill()).as("the stylesheet's colours follow the theme").isEqualTo(MUTED.get(Theme.DARK));
        assertThat(stage.getScene().getFill()).isEqualTo(Theme.DARK.background());
        assertThat(new Appearance(gui.preferences, () -> Theme.LIGHT).choiceProperty().get()).isEqualTo(ThemeChoice.DARK);

        choose(robot, "Light");
        assertThat(placeholder.getTextFill()).isEqualTo(MUTED.get(Theme.LIGHT));
        assertThat(new Appearance(gui.preferences, () -> Theme.DARK).choiceProperty().get()).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void followingTheSystemTakesTheDesktopsThemeAndNoticesWhenItChanges(FxRobot robot) throws Exception {
        Theme[] desktop = {Theme.DARK};
        java.util.prefs.Preferences node = gui.preferences.node("follow");
        Appearance appearance = new Appearance(node, () -> desktop[0]);
        robot.interact(appearance::install);
        assertThat(appearance.choiceProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.stylesheet());
        desktop[0] = Theme.LIGHT;
        try (BackgroundWork work = new BackgroundWork()) {
            robot.interact(() -> appearance.recheckDesktop(work));
            GuiTestSupport.waitUntil(() -> appearance.themeProperty().get() == Theme.LIGHT, 20);
        }
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT.stylesheet());
    }

    /** JavaFX logs a style it cannot apply (e.g. a colour the theme does not define) to "javafx.css". */
    @Test
    void noScreenOrDialogHasStylesTheThemeCannotApplyInEitherMode(FxRobot robot) throws Exception {
        Logger css = Logger.getLogger("javafx.css");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        css.addHandler(handler);
        try {
            for (String mode : new String[] {"Light", "Dark"}) {
                choose(robot, mode);
                for (String screen : screenIds(robot)) {
                    GuiTestSupport.show(robot, gui.context, screen);
                }
                openServiceDialog(robot);
                closeDialog(robot);
            }
        } finally {
            css.removeHandler(handler);
            choose(robot, "Light");
        }
        assertThat(warnings).isEmpty();
    }

    /**
     * At 800x600 (the smallest screen the window is made for) every button, choice and label of every screen shows
     * its whole text; only the long values made to give way (they carry their whole text as a tooltip) and table
     * cells may be cut.
     */
    @Test
    void onAnEightHundredPixelScreenNoButtonOrLabelIsCutShort(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(798);
            stage.setHeight(556);
        });
        List<String> cut = new ArrayList<>();
        for (String screen : screenIds(robot)) {
            GuiTestSupport.show(robot, gui.context, screen);
            for (Node n : robot.from(shownScreen()).lookup((java.util.function.Predicate<Node>) n -> n instanceof Labeled)
                    .queryAll()) {
                Labeled l = (Labeled) n;
                if (l.getTooltip() != null || insideCellOrHeader(l) || !showing(l) || l.getText() == null) {
                    continue;
                }
                String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
                robot.from(l).lookup(".text").tryQueryAs(javafx.scene.text.Text.class)
                        .filter(drawn -> !drawn.getText().equals(whole))
                        .ifPresent(drawn -> cut.add(screen + ": '" + whole + "' drawn as '" + drawn.getText() + "'"));
            }
        }
        assertThat(cut).isEmpty();
    }

    private static boolean insideCellOrHeader(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.IndexedCell<?> || p.getStyleClass().contains("column-header")
                    || p.getStyleClass().contains("tab-header-area") || p instanceof ComboBox<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The placeholders' style is in force: muted text that wraps rather than running off a narrow table. */
    @Test
    void placeholdersWrap(FxRobot robot) {
        GuiTestSupport.show(robot, gui.context, "diagnostics");
        Labeled placeholder = placeholderOf(robot.lookup("#diagnostics-table").queryAs(TableView.class));
        assertThat(placeholder.isWrapText()).isTrue();
    }
}
