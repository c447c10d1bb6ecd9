package com.synconfig.app.gui.services;

import com.synconfig.app.gui.Icons;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.ServiceControl;
import com.synconfig.app.gui.StyleClasses;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The xfServer services screen: the services table and its buttons. Changes are kept in the window until Save
 * (here, in the File menu or Ctrl+S); Enter on a row modifies it, Delete removes it.
 */
public final class ServicesView extends BorderPane {

    /**
     * @param save    saves the configuration file
     * @param unsaved whether there is anything to save
     */
    public ServicesView(ServicesViewModel vm, Messages messages, ServiceControl control, Runnable save,
                        ObservableBooleanValue unsaved) {
        TableView<ServiceRow> table = new TableView<>(vm.rows());
        table.setId("services-table");
        table.setPlaceholder(StyleClasses.placeholder(messages.get("services.none")));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                e.consume();
                vm.modifySelected();
            } else if (e.getCode() == KeyCode.DELETE && vm.selectedProperty().get() != null) {
                e.consume();
                vm.removeSelected();
            }
        });
        table.getColumns().add(column(messages.get("services.col.name"), ServiceRow::name));
        table.getColumns().add(column(messages.get("services.col.port"), ServiceRow::port));
        table.getColumns().add(column(messages.get("services.col.encrypted"),
                r -> messages.get(r.encrypted() ? "services.encrypted.yes" : "services.encrypted.no")));
        table.getColumns().add(column(messages.get("services.col.scl"), ServiceRow::scl));
        table.getColumns().add(column(messages.get("services.col.state"), ServiceRow::state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setRowFactory(t -> {
            TableRow<ServiceRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.modifySelected();
                }
            });
            return row;
        });

        Button add = button("services-add", messages.get("services.add"), Material2AL.ADD);
        add.setOnAction(e -> vm.add());
        Button modify = button("services-modify", messages.get("services.modify"), Material2AL.EDIT);
        modify.setOnAction(e -> vm.modifySelected());
        modify.disableProperty().bind(vm.selectedProperty().isNull());
        Button remove = button("services-remove", messages.get("services.remove"), Material2AL.DELETE);
        remove.setOnAction(e -> vm.removeSelected());
        remove.disableProperty().bind(vm.selectedProperty().isNull());

        Button start = button("services-start", messages.get("server.start"), Material2MZ.PLAY_ARROW);
        start.setOnAction(e -> control.start(vm.selectedProperty().get().name()));
        Button stop = button("services-stop", messages.get("server.stop"), Material2MZ.STOP);
        stop.setOnAction(e -> control.stop(vm.selectedProperty().get().name()));
        Button restart = button("services-restart", messages.get("server.restart"), Material2MZ.REPLAY);
        restart.setOnAction(e -> control.restart(vm.selectedProperty().get().name()));
        start.disableProperty().bind(vm.canStartProperty().not());
        stop.disableProperty().bind(vm.canStopProperty().not());
        restart.disableProperty().bind(vm.canStopProperty().not());
        Button saveButton = button("services-save", messages.get("services.save"), Material2MZ.SAVE);
        saveButton.setOnAction(e -> save.run());
        saveButton.disableProperty().bind(Bindings.not(unsaved));
        Region gap = new Region();
        gap.setMinWidth(24);
        Region gap2 = new Region();
        gap2.setMinWidth(24);
        // (a narrow window wraps the row rather than cutting the buttons' words)
        FlowPane buttons = new FlowPane(8, 6, add, modify, remove, gap, saveButton, gap2, start, stop, restart);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        setPadding(new Insets(10));
        setCenter(table);
        setBottom(buttons);
        if (!vm.rows().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Puts tools that act on all services (e.g. Paste rsynd line, Validate all) above the table. */
    public void addTools(javafx.scene.Node tools) {
        BorderPane.setMargin(tools, new Insets(0, 0, 8, 0));
        setTop(tools);
    }

    private static Button button(String id, String text, Ikon icon) {
        Button b = Icons.on(new Button(text), icon);
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    private static <T> TableColumn<ServiceRow, T> column(String title, Function<ServiceRow, T> value) {
        TableColumn<ServiceRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
