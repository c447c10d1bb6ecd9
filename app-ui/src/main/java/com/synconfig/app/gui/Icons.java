package com.synconfig.app.gui;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons (Ikonli's Material Design 2 font) for buttons and menu items. Their colour and size come from the theme
 * ({@code .ikonli-font-icon}), so they follow light and dark mode and dim with a disabled control.
 */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }

    /** Puts the icon before the text of a button or label; returns it. */
    public static <T extends Labeled> T on(T labeled, Ikon ikon) {
        labeled.setGraphic(of(ikon));
        return labeled;
    }

    /** Puts the icon before a menu item's text; returns it. */
    public static <T extends MenuItem> T on(T item, Ikon ikon) {
        item.setGraphic(of(ikon));
        return item;
    }
}
