package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.config.ConfigStore;
import com.synconfig.model.service.ServiceDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window from the keyboard alone, and unsaved changes that show. */
class KeyboardAndSavingFxTest extends MainWindowFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void changePort(FxRobot robot, int port) {
        robot.interact(() -> gui.context.document().update(gui.context.document().services().with(
                gui.context.document().services().find("SynSrv").orElseThrow().toBuilder().port(port).build())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTitleShowsUnsavedChangesAndTheServicesScreenSavesThem(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).doesNotStartWith("*");
        Button save = robot.lookup("#services-save").queryAs(Button.class);
        assertThat(save.isDisabled()).as("nothing to save").isTrue();
        changePort(robot, 2345);
        assertThat(stage.getTitle()).startsWith("*");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).doesNotStartWith("*");
        ServiceDefinition onDisk = new ConfigStore(gui.configFile).load().services().find("SynSrv").orElseThrow();
        assertThat(onDisk.port()).isEqualTo(2345);
    }

    @Test
    void enterOnAServiceModifiesItAndDeleteRemovesIt(FxRobot robot) throws Exception {
        robot.clickOn("SynSrv");
        robot.push(KeyCode.ENTER);
        // (the dialog opens in a nested event loop: on a busy machine after a few more pulses)
        GuiTestSupport.waitUntil(() -> robot.lookup("#editor-ok").tryQuery().isPresent(), 10);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("SynSrv");
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".alert").queryAs(DialogPane.class);
        assertThat(question.getContentText()).contains("Remove the service SynSrv");
        robot.clickOn(question.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gui.context.document().services().find("SynSrv")).isEmpty();
    }

    @Test
    void f1OpensTheDocumentation(FxRobot robot) throws Exception {
        List<String> opened = new CopyOnWriteArrayList<>();
        gui.context.setDocumentOpener(uri -> {
            opened.add(uri);
            return Optional.empty();
        });
        robot.push(KeyCode.F1);
        GuiTestSupport.waitUntil(() -> !opened.isEmpty(), 20);
        assertThat(opened).singleElement().satisfies(url -> assertThat(url).startsWith("file:").endsWith("/docs/"));
    }

    @Test
    void documentationThatCannotBeOpenedSaysWhyAndWhereItIs(FxRobot robot) throws Exception {
        // the real opener's answer when the program it needs is missing
        gui.context.setDocumentOpener(uri -> DocumentOpener.running(List.of("synconfig-no-such-opener", uri)));
        robot.clickOn("Help");
        robot.clickOn("Documentation");
        GuiTestSupport.waitUntil(() -> !robot.lookup(".alert").queryAll().isEmpty(), 20);
        DialogPane error = robot.lookup(".alert").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains("There is no synconfig-no-such-opener")
                .contains(Documentation.folder().orElseThrow().toString());
        robot.clickOn(error.lookupButton(ButtonType.OK));
    }

    @Test
    void aboutShowsTheLicenceAndWhereTheDocumentationIsUncut(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("About");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = robot.lookup(".alert").queryAs(DialogPane.class);
        assertThat(about.getContentText()).contains("Apache-2.0").contains(Documentation.folder().orElseThrow().toString());
        Labeled content = robot.from(about).lookup(".content").queryAs(Labeled.class);
        javafx.scene.text.Text drawn = robot.from(content).lookup(".text").queryAs(javafx.scene.text.Text.class);
        assertThat(drawn.getText()).as("drawn in full").isEqualTo(about.getContentText());
        robot.clickOn(about.lookupButton(ButtonType.OK));
    }

    /** Every enabled input control of every screen receives the focus by pressing Tab, starting from the navigation. */
    @Test
    void tabReachesEveryControlOfEveryScreen(FxRobot robot) {
        ListView<?> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        for (int i = 0; i < navigation.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> {
                navigation.getSelectionModel().select(index);
                navigation.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Parent screen = (Parent) ((StackPane) gui.context.view().getCenter()).getChildren().get(0);
            Set<Node> reached = new HashSet<>();
            for (int press = 0; press < 60; press++) {
                robot.push(KeyCode.TAB);
                for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
                    reached.add(n);
                }
            }
            List<String> missed = robot.from(screen).lookup((java.util.function.Predicate<Node>) n -> n instanceof Control c && c.isFocusTraversable()
                    && !c.isDisabled() && shown(c)).queryAll().stream().filter(c -> !reached.contains(c))
                    .map(c -> c.getClass().getSimpleName() + "#" + c.getId()).toList();
            assertThat(missed).as("not reachable with Tab on %s", navigation.getItems().get(index)).isEmpty();
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
