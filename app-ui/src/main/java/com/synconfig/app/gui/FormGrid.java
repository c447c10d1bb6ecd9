package com.synconfig.app.gui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A dialog's form: one row per field, its label on the left (the label's Alt mnemonic focuses the field), the field
 * taking the rest of the width.
 */
public final class FormGrid extends GridPane {

    private int row;

    public FormGrid() {
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(8));
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(new ColumnConstraints(), fields);
    }

    /** Adds a row: {@code text} (with {@code _} before its mnemonic letter) labelling {@code field}. */
    public void addRow(String text, Control field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Control.USE_PREF_SIZE);
        addRow(row++, label, field);
    }

    /** Adds a row with no label, under the fields. */
    public void addUnlabelled(Node node) {
        add(node, 1, row++);
    }
}
