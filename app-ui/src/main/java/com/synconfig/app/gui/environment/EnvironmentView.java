package com.synconfig.app.gui.environment;

import com.synconfig.app.gui.Icons;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.Rows;
import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.TableColumns;
import com.synconfig.model.check.Severity;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The Environment screen: the service's variables with where each comes from and its check. */
public final class EnvironmentView extends BorderPane {

    public EnvironmentView(EnvironmentViewModel vm, Messages messages) {
        ComboBox<String> service = new ComboBox<>(vm.serviceNames());
        service.setId("environment-service");
        service.valueProperty().bindBidirectional(vm.serviceProperty());
        Button edit = Icons.on(new Button(messages.get("environment.edit")), Material2AL.EDIT);
        edit.setMnemonicParsing(true);
        edit.setOnAction(e -> vm.editSelectedService());
        HBox top = Rows.onlyShrinking(new HBox(8, new Label(messages.get("environment.service")), service, edit), null);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<VariableRow> table = new TableView<>(vm.rows());
        table.setId("environment-table");
        table.setPlaceholder(StyleClasses.placeholder(messages.get("environment.none")));
        table.getColumns().add(TableColumns.text(messages.get("environment.col.name"), VariableRow::name, 130));
        table.getColumns().add(TableColumns.text(messages.get("environment.col.value"), VariableRow::value, 260));
        table.getColumns().add(TableColumns.text(messages.get("environment.col.source"), VariableRow::source, 170));
        TableColumn<VariableRow, String> check = TableColumns.text(messages.get("environment.col.check"), VariableRow::check, 420);
        check.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                TableRow<VariableRow> row = getTableRow();
                Severity severity = empty || row == null || row.getItem() == null ? null : row.getItem().severity();
                StyleClasses.severity(this, severity);
            }
        });
        table.getColumns().add(check);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label note = new Label(messages.get("environment.note"));
        note.setWrapText(true);
        note.setPadding(new Insets(8, 0, 0, 0));
        setPadding(new Insets(10));
        setTop(top);
        setCenter(table);
        setBottom(note);
    }

}
