package com.synconfig.app.gui.services;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Callback;

/** One editable row of a service's environment: a variable name and its value. */
public final class EnvironmentEntry {

    /** Makes a list report changes inside its rows, not only rows added or removed. */
    public static final Callback<EnvironmentEntry, Observable[]> EXTRACTOR = e -> new Observable[] {e.name, e.value};

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public EnvironmentEntry(String name, String value) {
        this.name.set(name);
        this.value.set(value);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
