package com.synconfig.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.server.auth.UserFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Users screen through the real window, from the keyboard: add, reset and remove a secure-mode user. */
class UsersScreenFxTest extends MainWindowFxTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private Path usersFile() {
        return gui.serviceHome.resolve("services/SynSrv/users");
    }

    /** Types into the focused field of the window in front (the password dialog once it is open). */
    private static void type(FxRobot robot, String text) {
        robot.targetWindow(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused)
                .reduce((older, newer) -> newer).orElseThrow());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    @Test
    void addResetAndRemoveAUserWithTheKeyboard(FxRobot robot) throws Exception {
        GuiTestSupport.show(robot, gui.context, "users");
        Label notice = robot.lookup("#users-notice").queryAs(Label.class);
        GuiTestSupport.waitUntil(() -> notice.getText().startsWith("Nobody can log in to SynSrv"), 30);

        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT); // Add user...
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = robot.lookup("#users-form-ok").queryAs(Button.class);
        assertThat(ok.isDisabled()).isTrue();
        type(robot, "alice");
        robot.push(KeyCode.TAB);
        type(robot, "correct horse");
        robot.push(KeyCode.TAB);
        type(robot, "correct hors");
        Label problems = robot.lookup("#users-form-findings").queryAs(Label.class);
        assertThat(problems.getText()).isEqualTo("The two passwords differ. Fix: Type the same password twice.");
        assertThat(ok.isDisabled()).isTrue();
        type(robot, "e");
        assertThat(problems.getText()).isEmpty();
        robot.push(KeyCode.ENTER);
        ListView<String> list = robot.lookup("#users-list").queryAs(ListView.class);
        GuiTestSupport.waitUntil(() -> list.getItems().contains("alice"), 60);
        assertThat(new UserFile(usersFile()).verify("alice", "correct horse".toCharArray())).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(usersFile()))).isEqualTo("rw-------");
        assertThat(notice.isVisible()).as("someone can log in now").isFalse();

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select("alice");
        });
        robot.push(KeyCode.ENTER); // Enter on a user: Reset password...
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#users-form-user").queryAs(javafx.scene.control.TextField.class).isDisabled()).isTrue();
        type(robot, "battery staple");
        robot.push(KeyCode.TAB);
        type(robot, "battery staple");
        robot.push(KeyCode.ENTER);
        GuiTestSupport.waitUntil(() -> robot.lookup("#users-message").queryAs(Label.class).getText()
                .equals("Changed the password of alice (SynSrv)."), 60);
        assertThat(new UserFile(usersFile()).verify("alice", "battery staple".toCharArray())).isTrue();

        robot.interact(list::requestFocus);
        robot.push(KeyCode.DELETE); // Delete on a user: Remove, after asking
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".alert").queryAs(DialogPane.class);
        assertThat(question.getContentText()).isEqualTo("Remove user alice from SynSrv? Clients can no longer log in as alice.");
        robot.clickOn(question.lookupButton(ButtonType.OK));
        GuiTestSupport.waitUntil(list.getItems()::isEmpty, 60);
        assertThat(new UserFile(usersFile()).list()).isEmpty();
    }

    @Test
    void escapeAsksBeforeItDropsATypedPasswordAndANonSecureServiceSaysUsersAreNotUsed(FxRobot robot) {
        GuiTestSupport.show(robot, gui.context, "users");
        robot.clickOn("#users-add");
        type(robot, "bob");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".alert").queryAs(DialogPane.class);
        assertThat(question.getContentText()).isEqualTo("Close without saving what you typed?");
        robot.clickOn(question.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#users-form-ok").tryQuery()).isEmpty();

        robot.interact(() -> gui.context.document().update(gui.context.document().services().with(gui.context
                .document().services().find("SynSrv").orElseThrow().toBuilder().nonSecure(true).defaultUser("app")
                .build())));
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#users-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("SynSrv runs in non-secure mode: clients do not log in, they run as the"
                + " default user (app), so these users are not used.");
    }
}
