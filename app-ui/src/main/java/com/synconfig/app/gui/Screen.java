package com.synconfig.app.gui;

import javafx.scene.Node;

/**
 * One entry of the main window's navigation.
 *
 * @param id    stable id (tests and screenshots use it), e.g. {@code services}
 * @param title what the navigation list shows
 * @param view  the screen's content
 */
public record Screen(String id, String title, Node view) {
}
