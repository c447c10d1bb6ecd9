package com.synconfig.app.gui.users;

import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.FormGrid;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.WindowPlacement;
import com.synconfig.model.check.Finding;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Add user and Reset password: the user name, the password and the password again, with what is wrong shown as it is
 * typed; OK stays disabled until the user rules accept the entry. Escape asks before it drops what was typed.
 */
final class PasswordDialog extends Dialog<ButtonType> {

    private final PasswordForm form;
    private final FormGrid grid = new FormGrid();

    PasswordDialog(PasswordForm form, String service, Messages messages, DialogService dialogs, Window owner) {
        this.form = form;
        initOwner(owner);
        setTitle(form.isNewUser() ? messages.format("users.form.addTitle", service)
                : messages.format("users.form.resetTitle", form.userName(), service));
        setResizable(true);
        TextField user = field(new TextField(), "users-form-user", form.userProperty());
        user.setDisable(!form.isNewUser());
        grid.addRow(messages.get("users.form.user"), user);
        grid.addRow(messages.get("users.form.password"),
                field(new PasswordField(), "users-form-password", form.passwordProperty()));
        grid.addRow(messages.get("users.form.confirmation"),
                field(new PasswordField(), "users-form-confirmation", form.confirmationProperty()));
        Label problems = new Label();
        problems.setId("users-form-findings");
        problems.setWrapText(true);
        problems.setMaxWidth(460);
        problems.getStyleClass().add(StyleClasses.FINDING_ERROR);
        problems.textProperty().bind(Bindings.createStringBinding(() -> form.findings().stream()
                .map(Finding::messageAndFix).collect(Collectors.joining("\n")), form.findings()));
        grid.addUnlabelled(problems);

        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("users-form-ok");
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.acceptableProperty().not());
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                if (!form.isChanged() || dialogs.confirm(messages.get("users.form.discardTitle"),
                        messages.get("users.form.discard"))) {
                    setResult(ButtonType.CANCEL);
                    close();
                }
            }
        });
        setOnShown(e -> {
            WindowPlacement.keepOnScreen(getDialogPane().getScene().getWindow());
            // after the dialog has focused its default button: typing starts in the first field to fill in
            javafx.application.Platform.runLater((form.isNewUser() ? user : grid.lookup("#users-form-password"))::requestFocus);
        });
    }

    /** Shows the dialog; true when the admin pressed OK (the form is then acceptable). */
    boolean ask() {
        return showAndWait().filter(b -> b == ButtonType.OK).isPresent() && form.acceptableProperty().get();
    }

    private static <T extends TextField> T field(T field, String id, StringProperty text) {
        field.setId(id);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
