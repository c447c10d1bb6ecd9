package com.synconfig.app.gui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size and position between runs (java.util.prefs). */
public final class WindowPlacement {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences preferences;

    public WindowPlacement(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Puts the stage where it was last time, if that place is still on a screen; else leaves it centred. */
    public void restore(Stage stage, double defaultWidth, double defaultHeight) {
        double width = preferences.getDouble(WIDTH, defaultWidth);
        double height = preferences.getDouble(HEIGHT, defaultHeight);
        stage.setWidth(width);
        stage.setHeight(height);
        double x = preferences.getDouble(X, Double.NaN);
        double y = preferences.getDouble(Y, Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(preferences.getBoolean(MAXIMIZED, false));
    }

    public void remember(Stage stage) {
        preferences.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            preferences.putDouble(X, stage.getX());
            preferences.putDouble(Y, stage.getY());
            preferences.putDouble(WIDTH, stage.getWidth());
            preferences.putDouble(HEIGHT, stage.getHeight());
        }
    }
}
