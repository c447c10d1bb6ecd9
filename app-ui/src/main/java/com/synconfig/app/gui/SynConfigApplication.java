package com.synconfig.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX desktop program. */
public final class SynConfigApplication extends Application {

    public static void launchGui(String[] args) {
        Application.launch(SynConfigApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Synergy Configuration Program");
        stage.getIcons().setAll(AppIcons.images());
        stage.setScene(new Scene(new Label("xfServer services"), 640, 400));
        stage.show();
    }
}
