package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Windows stay wholly on the screen, however small, and the service dialog scrolls so OK is always in reach. */
class SmallScreenFxTest extends MainWindowFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private static Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    private static void assertOnScreen(Window w) {
        Rectangle2D s = screen();
        assertThat(w.getX()).as("x").isBetween(s.getMinX(), s.getMaxX());
        assertThat(w.getY()).as("y").isBetween(s.getMinY(), s.getMaxY());
        assertThat(w.getX() + w.getWidth()).as("right edge").isLessThanOrEqualTo(s.getMaxX());
        assertThat(w.getY() + w.getHeight()).as("bottom edge").isLessThanOrEqualTo(s.getMaxY());
    }

    @Test
    void aPlaceRememberedOffScreenIsClampedToTheScreen(FxRobot robot) throws Exception {
        Preferences prefs = Preferences.userRoot().node("synconfig-test-" + UUID.randomUUID());
        try {
            prefs.putDouble("window.x", -201); // what an 800x600 screen left behind
            prefs.putDouble("window.y", -92);
            prefs.putDouble("window.width", screen().getWidth() + 300);
            prefs.putDouble("window.height", screen().getHeight() + 200);
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                new WindowPlacement(prefs).restore(stage[0], 1000, 680);
            });
            assertOnScreen(stage[0]);
            assertThat(stage[0].getMinWidth()).isPositive().isLessThanOrEqualTo(screen().getWidth());
            assertThat(stage[0].getMinHeight()).isPositive().isLessThanOrEqualTo(screen().getHeight());
        } finally {
            prefs.removeNode();
        }
    }

    @Test
    void aDialogTallerThanTheScreenIsShrunkOntoItAndItsFormScrolls(FxRobot robot) {
        robot.clickOn("#services-modify");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        assertOnScreen(dialog);

        // A screen shorter than the form (800x600 with a panel): the window manager gives the dialog 450 px.
        robot.interact(() -> {
            dialog.setY(screen().getMaxY() - 300);
            dialog.setHeight(450);
            WindowPlacement.keepOnScreen(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertOnScreen(dialog);
        Node ok = robot.lookup("#editor-ok").query();
        Bounds okInScene = ok.localToScene(ok.getBoundsInLocal());
        assertThat(okInScene.getMaxY()).as("OK stays inside the dialog").isLessThanOrEqualTo(pane.getScene().getHeight());
        ScrollPane form = robot.lookup("#editor-scroll").queryAs(ScrollPane.class);
        assertThat(form.getContent().getLayoutBounds().getHeight()).as("the form is taller than its viewport")
                .isGreaterThan(form.getViewportBounds().getHeight());
        robot.interact(() -> form.setVvalue(form.getVmax()));
        Node preview = robot.lookup("#editor-preview").query();
        Bounds previewInForm = form.sceneToLocal(preview.localToScene(preview.getBoundsInLocal()));
        assertThat(previewInForm.getMaxY()).as("scrolled down, the last field is visible")
                .isLessThanOrEqualTo(form.getHeight() + 1);
    }
}
