package com.synconfig.app.gui.files;

import com.synconfig.app.gui.BackgroundWork;
import com.synconfig.app.gui.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * GETFA from the Files screen: the login a secure-mode service asks for, the button that asks the running service
 * for the chosen file's channel attributes (off the FX thread), and the answer or the server's error.
 */
final class FileAttributesBar extends VBox {

    FileAttributesBar(FilesViewModel vm, Messages messages, BackgroundWork work) {
        super(4);
        TextField user = new TextField();
        user.setId("files-user");
        user.setPrefColumnCount(10);
        PasswordField password = new PasswordField();
        password.setId("files-password");
        password.setPrefColumnCount(10);
        user.disableProperty().bind(vm.secureProperty().not());
        password.disableProperty().bind(vm.secureProperty().not());
        Button getfa = new Button(messages.get("files.getfa"));
        getfa.setId("files-getfa");
        getfa.setMnemonicParsing(true);
        getfa.setTooltip(new Tooltip(messages.get("files.getfa.tip")));
        getfa.disableProperty().bind(vm.selectedProperty().isNull().or(vm.askingProperty()));
        Label answer = new Label();
        answer.setId("files-getfa-result");
        answer.setWrapText(true);
        answer.textProperty().bind(vm.attributesProperty());
        vm.attributesFailedProperty().addListener((o, was, failed) -> {
            answer.getStyleClass().remove("error-text");
            if (failed) {
                answer.getStyleClass().add("error-text");
            }
        });
        getfa.setOnAction(e -> vm.attributesRequest(user.getText(), password.getText()).ifPresent(request -> {
            getfa.disableProperty().unbind();
            getfa.setDisable(true);
            work.run(request, done -> {
                vm.showAttributes(done);
                getfa.disableProperty().bind(vm.selectedProperty().isNull().or(vm.askingProperty()));
            }, failure -> {
                vm.showAttributesFailure(failure);
                getfa.disableProperty().bind(vm.selectedProperty().isNull().or(vm.askingProperty()));
            });
        }));
        HBox login = new HBox(8, labelFor(messages.get("files.user"), user), user,
                labelFor(messages.get("files.password"), password), password, getfa);
        login.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(login, answer);
    }

    private static Label labelFor(String text, javafx.scene.control.Control field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
