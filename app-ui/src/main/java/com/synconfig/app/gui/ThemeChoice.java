package com.synconfig.app.gui;

/** What View offers: follow the desktop's light or dark setting, or always one of them. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK
}
