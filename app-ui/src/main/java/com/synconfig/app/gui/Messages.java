package com.synconfig.app.gui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The program's words, from {@code messages.properties}. */
public final class Messages {

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load() {
        return new Messages(ResourceBundle.getBundle("com.synconfig.app.gui.messages"));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }
}
