package com.synconfig.app.gui;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Rows of controls above a screen's table: what gives way when the window is narrow. */
public final class Rows {

    private Rows() {
    }

    /**
     * Only {@code flexible} (e.g. a long path or status text; none when null) gives way in a narrow window, and it
     * shows its beginning and end, and the whole text as a tooltip; every other label, button and choice keeps its whole text.
     */
    public static HBox onlyShrinking(HBox row, Labeled flexible) {
        for (Node n : row.getChildren()) {
            if (n instanceof Region r && n != flexible) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        if (flexible != null) {
            flexible.setMinWidth(0);
            flexible.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            if (flexible.getTooltip() == null && flexible instanceof Control) {
                Tooltip whole = new Tooltip();
                whole.textProperty().bind(flexible.textProperty());
                flexible.setTooltip(whole);
            }
        }
        return row;
    }
}
