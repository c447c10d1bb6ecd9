package com.synconfig.app.gui;

import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The program's look: the theme the View menu chose (remembered in the user's preferences, like the window's
 * place), or the desktop's when it follows the system; applied to every window the program opens, each with
 * {@code synconfig.css} on top.
 */
public final class Appearance {

    static final String CHOICE = "appearance.theme";
    /** The program's own style classes (see the file for the list). */
    public static final String STYLESHEET = Appearance.class.getResource("synconfig.css").toExternalForm();

    private static boolean everyWindowStyled;

    private final Preferences preferences;
    private final Supplier<Theme> desktop;
    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>();
    private Theme desktopTheme;

    /**
     * @param preferences where the choice is remembered
     * @param desktop     asks the desktop which theme it wants (may take a moment: it can run a command)
     */
    public Appearance(Preferences preferences, Supplier<Theme> desktop) {
        this.preferences = preferences;
        this.desktop = desktop;
        choice.set(remembered(preferences));
    }

    private static ThemeChoice remembered(Preferences preferences) {
        try {
            return ThemeChoice.valueOf(preferences.get(CHOICE, ThemeChoice.SYSTEM.name()));
        } catch (IllegalArgumentException unknown) {
            return ThemeChoice.SYSTEM;
        }
    }

    /** Applies the chosen theme to the program (on the FX thread); windows opened from now on get synconfig.css. */
    public void install() {
        styleEveryWindow();
        apply();
    }

    /** Remembers and applies a choice from the View menu. */
    public void choose(ThemeChoice chosen) {
        preferences.put(CHOICE, chosen.name());
        choice.set(chosen);
        apply();
    }

    /**
     * When following the system, asks the desktop again (it may have switched since; call it when the window gains
     * focus) off the FX thread, and applies what it says.
     */
    public void recheckDesktop(BackgroundWork work) {
        if (choice.get() == ThemeChoice.SYSTEM) {
            work.run(desktop::get, now -> {
                desktopTheme = now;
                apply();
            }, failure -> { });
        }
    }

    private void apply() {
        Theme chosen = switch (choice.get()) {
            case LIGHT -> Theme.LIGHT;
            case DARK -> Theme.DARK;
            case SYSTEM -> {
                if (desktopTheme == null) {
                    desktopTheme = desktop.get();
                }
                yield desktopTheme;
            }
        };
        if (chosen != theme.get()) {
            theme.set(chosen);
            Application.setUserAgentStylesheet(chosen.stylesheet());
        }
    }

    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** The theme in use: the chosen one, or the desktop's. */
    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** synconfig.css on every window's scene: the main window, dialogs, alerts, and those other code opens later. */
    private static void styleEveryWindow() {
        if (everyWindowStyled) {
            return;
        }
        everyWindowStyled = true;
        Window.getWindows().forEach(Appearance::style);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(Appearance::style);
            }
        });
    }

    private static void style(Window window) {
        addStylesheet(window.getScene());
        if (window.getProperties().putIfAbsent(Appearance.class, STYLESHEET) == null) { // a window may show again
            window.sceneProperty().addListener((o, was, now) -> addStylesheet(now));
        }
    }

    /** Adds synconfig.css to {@code scene} (once); for a scene made before its window shows, e.g. the main one. */
    public static void addStylesheet(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
