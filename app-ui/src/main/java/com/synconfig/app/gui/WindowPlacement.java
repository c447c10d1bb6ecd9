package com.synconfig.app.gui;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Remembers the main window's size and position between runs (java.util.prefs), and keeps every window it places
 * wholly on a screen: a place remembered on a larger or vanished screen is clamped, never reused as it was.
 */
public final class WindowPlacement {

    /** The smallest useful window; still fits an 800x600 screen with a panel. */
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 440;

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences preferences;

    public WindowPlacement(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Puts the stage where it was last time, clamped to the screen it is (mostly) on; else centred on the primary one. */
    public void restore(Stage stage, double defaultWidth, double defaultHeight) {
        double width = preferences.getDouble(WIDTH, defaultWidth);
        double height = preferences.getDouble(HEIGHT, defaultHeight);
        double x = preferences.getDouble(X, Double.NaN);
        double y = preferences.getDouble(Y, Double.NaN);
        boolean remembered = !Double.isNaN(x) && !Double.isNaN(y);
        Rectangle2D screen = visibleBounds(remembered ? new Rectangle2D(x, y, Math.max(1, width), Math.max(1, height))
                : null);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        width = Math.max(stage.getMinWidth(), Math.min(width, screen.getWidth()));
        height = Math.max(stage.getMinHeight(), Math.min(height, screen.getHeight()));
        stage.setWidth(width);
        stage.setHeight(height);
        if (remembered) {
            stage.setX(clamp(x, screen.getMinX(), screen.getMaxX() - width));
            stage.setY(clamp(y, screen.getMinY(), screen.getMaxY() - height));
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 3);
        }
        stage.setMaximized(preferences.getBoolean(MAXIMIZED, false));
    }

    /**
     * Shrinks and moves a window (a dialog, once shown) so all of it is on the screen it is mostly on; its content
     * scrolls for what no longer fits.
     */
    public static void keepOnScreen(Window window) {
        Rectangle2D screen = visibleBounds(new Rectangle2D(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight())));
        if (window.getWidth() > screen.getWidth()) {
            window.setWidth(screen.getWidth());
        }
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        window.setX(clamp(window.getX(), screen.getMinX(), screen.getMaxX() - window.getWidth()));
        window.setY(clamp(window.getY(), screen.getMinY(), screen.getMaxY() - window.getHeight()));
    }

    /** Room a window's title bar and frame take, which the window manager adds to a dialog's content. */
    private static final double WINDOW_FRAME = 48;

    /**
     * Makes a dialog no taller than the usable height of the screen its owner is on (its content must scroll), so
     * its buttons stay in reach on a small screen. Call before it shows: a window manager sizes a window once.
     */
    public static void fitToScreen(javafx.scene.control.DialogPane pane, Window owner) {
        Rectangle2D area = owner == null ? null
                : new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        double limit = visibleBounds(area).getHeight() - WINDOW_FRAME;
        pane.applyCss(); // before it shows, the pane has no skins yet: its preferred height would be too small
        pane.layout();
        if (pane.prefHeight(pane.getPrefWidth()) > limit) {
            pane.setPrefHeight(limit);
        }
    }

    /** The usable area (without task bars) of the screen that shows most of {@code area}; the primary one if none. */
    static Rectangle2D visibleBounds(Rectangle2D area) {
        List<Screen> screens = area == null ? List.of() : Screen.getScreensForRectangle(area);
        Screen best = Screen.getPrimary();
        double bestOverlap = 0;
        for (Screen s : screens) {
            double overlap = overlap(s.getVisualBounds(), area);
            if (overlap > bestOverlap) {
                best = s;
                bestOverlap = overlap;
            }
        }
        return best.getVisualBounds();
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
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
