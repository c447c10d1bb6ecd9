package com.synconfig.app.gui;

import javafx.scene.paint.Color;

/**
 * The two looks of the program: AtlantaFX's Primer light and dark themes. Only the theme's stylesheet is used (its
 * binary form, which loads several times faster than the CSS at start-up); AtlantaFX 2.1's classes are Java 21
 * class files and the program runs on Java 17. {@code synconfig.css} adds the program's own style classes on top,
 * in the theme's looked-up colours, so they follow the theme.
 */
public enum Theme {
    LIGHT("/atlantafx/base/theme/primer-light.bss", Color.web("#ffffff")),
    DARK("/atlantafx/base/theme/primer-dark.bss", Color.web("#0d1117"));

    private final String stylesheet;
    private final Color background;

    Theme(String stylesheet, Color background) {
        this.stylesheet = stylesheet;
        this.background = background;
    }

    /** The theme's stylesheet as a URL for {@code Application.setUserAgentStylesheet}. */
    public String stylesheet() {
        return Theme.class.getResource(stylesheet).toExternalForm();
    }

    /** The theme's window background ({@code -color-bg-default}): the scene fill before the first frame is drawn. */
    public Color background() {
        return background;
    }
}
