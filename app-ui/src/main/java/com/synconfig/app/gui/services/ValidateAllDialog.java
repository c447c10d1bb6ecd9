package com.synconfig.app.gui.services;

import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.TableColumns;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.WindowPlacement;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Validate all: each service's verdict and findings (field label, message, fix) and the summary line
 * {@code synconfig validate} ends with. Modify (or Enter on a row) opens the service's dialog; Validate again checks
 * the services as they are now.
 */
final class ValidateAllDialog extends Dialog<Void> {

    private final Messages messages;

    /** @param modify opens the xfServer Information dialog of the named service */
    ValidateAllDialog(ValidateAllViewModel vm, Messages messages, boolean unsaved, Consumer<String> modify,
                      Window owner) {
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("validate.title"));
        setResizable(true);
        TableView<ValidationRow> table = new TableView<>(vm.rows());
        table.setId("validate-table");
        table.getColumns().add(column("validate.col.service", ValidationRow::service, 110));
        table.getColumns().add(column("validate.col.severity",
                r -> r.finding() == null ? r.verdict() : r.finding().severity().name(), 80));
        table.getColumns().add(column("validate.col.field",
                r -> r.finding() == null ? "" : FindingText.label(r.finding(), messages), 120));
        table.getColumns().add(column("validate.col.message", r -> r.finding() == null
                ? messages.get("validate.ok") : r.finding().messageAndFix(), 470));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button again = new Button(messages.get("validate.again"));
        again.setId("validate-again");
        again.setMnemonicParsing(true);
        again.setOnAction(e -> vm.run());
        Button edit = new Button(messages.get("validate.modify"));
        edit.setId("validate-modify");
        edit.setMnemonicParsing(true);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable modifySelected = () -> {
            modify.accept(table.getSelectionModel().getSelectedItem().service());
            vm.run();
        };
        edit.setOnAction(e -> modifySelected.run());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                modifySelected.run();
            }
        });
        Label summary = new Label();
        summary.setId("validate-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label note = new Label(messages.get(unsaved ? "validate.unsaved" : "validate.saved"));
        note.setWrapText(true);
        HBox bottom = new HBox(8, summary, again, edit);
        bottom.setAlignment(Pos.CENTER_LEFT);
        BorderPane content = new BorderPane(table, note, null, bottom, null);
        BorderPane.setMargin(note, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(860, 420);
        getDialogPane().getStyleClass().add(StyleClasses.FORM_DIALOG); // as wide as it asks, not the theme's 600 px
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setOnShowing(e -> WindowPlacement.fitToScreen(getDialogPane(), getOwner()));
        setOnShown(e -> {
            WindowPlacement.keepOnScreen(getDialogPane().getScene().getWindow());
            javafx.application.Platform.runLater(table::requestFocus);
        });
    }

    private TableColumn<ValidationRow, String> column(String key, Function<ValidationRow, String> value, double width) {
        TableColumn<ValidationRow, String> column = TableColumns.text(messages.get(key), value, width);
        column.setCellFactory(c -> new TableCell<>() {
            private final Text shown = new Text(); // wraps to the column's width: every finding is read in full

            {
                shown.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                shown.fillProperty().bind(textFillProperty());
                setGraphic(shown);
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                shown.setText(empty || text == null ? "" : text);
                ValidationRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                StyleClasses.severity(this, r == null || r.finding() == null ? null : r.finding().severity());
            }
        });
        column.setMinWidth(Math.min(width, 80)); // "WARNING" and "Result" whole in a narrow dialog
        return column;
    }
}
