package com.synconfig.app.gui.users;

import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.Icons;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.Rows;
import com.synconfig.app.gui.StyleClasses;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Users screen: a service's secure-mode users, with Add user, Reset password and Remove user. Enter on a user
 * resets the password, Delete removes the user.
 */
public final class UsersView extends BorderPane {

    private final UsersViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;

    public UsersView(UsersViewModel vm, Messages messages, DialogService dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        ComboBox<String> service = new ComboBox<>(vm.serviceNames());
        service.setId("users-service");
        service.valueProperty().bindBidirectional(vm.serviceProperty());
        Label serviceLabel = new Label(messages.get("users.service"));
        serviceLabel.setMnemonicParsing(true);
        serviceLabel.setLabelFor(service);
        Label file = new Label();
        file.setId("users-file");
        file.textProperty().bind(vm.usersFileProperty());
        file.setMinWidth(0);
        HBox top = Rows.onlyShrinking(new HBox(8, serviceLabel, service, new Label(messages.get("users.file")), file), file);
        top.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId("users-notice");
        notice.setWrapText(true);
        notice.getStyleClass().addAll(StyleClasses.FINDING_WARNING, StyleClasses.STRONG);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox header = new VBox(6, top, notice);
        header.setPadding(new Insets(0, 0, 8, 0));

        ListView<String> list = new ListView<>(vm.users());
        list.setId("users-list");
        list.setPlaceholder(StyleClasses.placeholder(messages.get("users.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (!now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                e.consume();
                resetPassword();
            } else if (e.getCode() == KeyCode.DELETE && vm.selectedProperty().get() != null) {
                e.consume();
                vm.removeSelected();
            }
        });

        Button add = button("users-add", "users.add", Material2AL.ADD);
        add.setOnAction(e -> addUser());
        add.disableProperty().bind(vm.busyProperty().or(vm.serviceProperty().isNull()));
        Button reset = button("users-reset", "users.reset", Material2MZ.VPN_KEY);
        reset.setOnAction(e -> resetPassword());
        reset.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        Button remove = button("users-remove", "users.remove", Material2AL.DELETE);
        remove.setOnAction(e -> vm.removeSelected());
        remove.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        Button reload = button("users-reload", "users.reload", Material2MZ.REFRESH);
        reload.setOnAction(e -> vm.refresh());
        reload.disableProperty().bind(vm.busyProperty().or(vm.serviceProperty().isNull()));
        Label result = new Label();
        result.setId("users-message");
        result.textProperty().bind(vm.messageProperty());
        result.setMinWidth(0);
        Region gap = new Region();
        gap.setMinWidth(24);
        HBox buttons = new HBox(8, add, reset, remove, gap, reload, result);
        HBox.setHgrow(result, Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(messages.get("users.note"));
        note.setWrapText(true);
        VBox bottom = new VBox(6, buttons, note);
        bottom.setPadding(new Insets(8, 0, 0, 0));

        setPadding(new Insets(10));
        setTop(header);
        setCenter(list);
        setBottom(bottom);
    }

    private Button button(String id, String key, Ikon icon) {
        Button b = Icons.on(new Button(messages.get(key)), icon);
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    private void addUser() {
        PasswordForm form = vm.newUserForm();
        if (new PasswordDialog(form, vm.serviceProperty().get(), messages, dialogs, getScene().getWindow()).ask()) {
            vm.add(form);
        }
    }

    private void resetPassword() {
        vm.resetForm().ifPresent(form -> {
            if (new PasswordDialog(form, vm.serviceProperty().get(), messages, dialogs, getScene().getWindow()).ask()) {
                vm.resetPassword(form);
            }
        });
    }
}
