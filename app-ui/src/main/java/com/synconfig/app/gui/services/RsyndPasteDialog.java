package com.synconfig.app.gui.services;

import com.synconfig.app.gui.StyleClasses;
import com.synconfig.app.gui.DialogService;
import com.synconfig.app.gui.FormGrid;
import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.WindowPlacement;
import com.synconfig.model.check.Finding;
import com.synconfig.model.service.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Paste rsynd line: the service to create or update, the line, and, as it is typed, the resulting settings or what
 * is wrong with each word and how to fix it. OK (named for what it does: Create or Update the service) stays
 * disabled while anything is an error; Enter in the line is OK, Tab leaves it, Escape asks before it drops the line.
 */
final class RsyndPasteDialog extends Dialog<ButtonType> {

    private final RsyndPasteViewModel vm;
    private final Messages messages;
    private final FormGrid grid = new FormGrid();

    RsyndPasteDialog(RsyndPasteViewModel vm, Messages messages, DialogService dialogs, Window owner) {
        this.vm = vm;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("paste.title"));
        setResizable(true);
        TextField name = new TextField();
        name.setId("paste-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        grid.addRow(messages.get("paste.name"), name);
        grid.addRow(messages.get("paste.platform"), platformChooser());
        TextArea line = area("paste-line", 3);
        line.setEditable(true);
        line.setPromptText(messages.get("paste.line.prompt"));
        line.textProperty().bindBidirectional(vm.lineProperty());
        grid.addRow(messages.get("paste.line"), line);
        TextArea preview = area("paste-preview", 9);
        preview.textProperty().bind(vm.previewProperty());
        grid.addRow(messages.get("paste.result"), preview);
        grid.addRow(messages.get("paste.findings"), findingsList());

        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(760);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("paste-ok");
        ok.textProperty().bind(vm.actionProperty());
        ok.disableProperty().bind(vm.acceptableProperty().not());
        line.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { // one line: Enter means OK, as in a text field
                e.consume();
                if (!ok.isDisabled()) {
                    ok.fire();
                }
            }
        });
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                if (!vm.isChanged() || dialogs.confirm(messages.get("paste.title"), messages.get("paste.discard"))) {
                    setResult(ButtonType.CANCEL);
                    close();
                }
            }
        });
        setOnShowing(e -> WindowPlacement.fitToScreen(getDialogPane(), getOwner()));
        setOnShown(e -> {
            WindowPlacement.keepOnScreen(getDialogPane().getScene().getWindow());
            javafx.application.Platform.runLater(line::requestFocus); // after the dialog focused its default button
        });
    }

    /** Shows the dialog; true when the admin pressed OK (the line then makes an acceptable service). */
    boolean ask() {
        return showAndWait().filter(b -> b == ButtonType.OK).isPresent() && vm.acceptableProperty().get();
    }

    /** A text area that Tab leaves (a pasted line never needs a tab character). */
    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setEditable(false);
        area.setPrefRowCount(rows);
        area.getStyleClass().add(StyleClasses.MONOSPACE);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume(); // Ctrl+Tab is how a text area moves the focus on
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return area;
    }

    private ComboBox<Platform> platformChooser() {
        List<Platform> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(Platform.values()));
        ComboBox<Platform> box = new ComboBox<>();
        box.setId("paste-platform");
        box.getItems().setAll(choices);
        box.valueProperty().bindBidirectional(vm.platformProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Platform p) { return p == null ? messages.get("paste.detect") : p.displayName(); }
            @Override
            public Platform fromString(String s) { return null; }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Platform p, boolean empty) {
                super.updateItem(p, empty);
                setText(box.getConverter().toString(p));
            }
        });
        return box;
    }

    private ListView<Finding> findingsList() {
        ListView<Finding> list = new ListView<>(vm.findings());
        list.setId("paste-findings");
        list.setPrefHeight(96);
        list.setPlaceholder(new Label(messages.get("editor.noFindings")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : FindingText.describe(f, messages));
                setWrapText(true);
                setPrefWidth(0);
                StyleClasses.severity(this, empty || f == null ? null : f.severity());
            }
        });
        return list;
    }
}
