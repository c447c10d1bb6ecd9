package com.synconfig.app.gui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the main window's navigation.
 *
 * @param id    stable id (tests and screenshots use it), e.g. {@code services}
 * @param title what the navigation list shows
 * @param view  the screen's content
 * @param icon  what the navigation list shows before the title (none when null)
 */
public record Screen(String id, String title, Node view, Ikon icon) {

    /** A screen without an icon. */
    public Screen(String id, String title, Node view) {
        this(id, title, view, null);
    }
}
