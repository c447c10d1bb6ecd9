package com.synconfig.app.gui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for a screen whose core is not part of this build yet, and says which part it waits for. */
public final class PendingView extends VBox {

    public PendingView(String title, String waitsFor) {
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        Label text = new Label(waitsFor);
        text.setWrapText(true);
        getChildren().addAll(heading, text);
        setSpacing(10);
        setPadding(new Insets(16));
    }
}
