package com.synconfig.app.gui;

import java.util.logging.Logger;

/**
 * Keeps one JavaFX start-up warning out of the terminal. The program runs JavaFX from the class path (a class-path
 * jar and jpackage image, see ARCHITECTURE.md), which JavaFX calls an "unsupported configuration" on every launch;
 * it works, and the warning only alarms the person who started the program. Every other JavaFX message still shows.
 */
final class JavaFxWarnings {

    private static final String UNNAMED_MODULE = "Unsupported JavaFX configuration: classes were loaded from";

    /** JavaFX logs through java.util.logging's "javafx" logger; held here so the filter is not garbage-collected. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxWarnings() {
    }

    /** Call before JavaFX starts. */
    static void quietClassPathWarning() {
        JAVAFX.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(UNNAMED_MODULE));
    }
}
