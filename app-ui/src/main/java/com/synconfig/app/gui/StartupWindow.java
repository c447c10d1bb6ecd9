package com.synconfig.app.gui;

import java.util.prefs.Preferences;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * The main window's first frame: the window, themed and where it was last time, with the outline of the screens to
 * come and "Loading...", titled "(loading)", shown before anything is loaded. Building the screens takes seconds on a cold or busy
 * machine; without this the window stayed blank all that time. {@link GuiContext#open} then puts the real content in.
 */
final class StartupWindow {

    static final double DEFAULT_WIDTH = 1000;
    static final double DEFAULT_HEIGHT = 680;

    private StartupWindow() {
    }

    static void show(Stage stage, Preferences preferences, Theme theme, Messages messages) {
        Label loading = new Label(messages.get("app.loading"));
        loading.setId("startup-loading");
        BorderPane outline = StyleClasses.with(new BorderPane(loading), "skeleton");
        BorderPane.setAlignment(loading, Pos.CENTER);
        outline.setTop(StyleClasses.with(new Region(), "menu-bar"));
        outline.setLeft(StyleClasses.with(new Region(), "navigation")); // as wide as the real one (synconfig.css)
        outline.setBottom(StyleClasses.with(new Region(), "status-bar"));
        Scene scene = new Scene(outline);
        scene.setFill(theme.background()); // the frame before the first one: not white in dark mode
        Appearance.addStylesheet(scene);
        stage.titleProperty().unbind(); // a stage shown again (tests) keeps the title binding of its last content
        stage.setTitle(messages.get("app.title.loading")); // the real title when the screens are in
        stage.getIcons().setAll(AppIcons.images());
        stage.setScene(scene);
        new WindowPlacement(preferences).restore(stage, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.show();
    }
}
