package com.synconfig.model.service;

import java.util.Locale;

/** How the service manager starts a service. */
public enum StartMode {
    AUTOMATIC("Automatic"), AUTOMATIC_DELAYED("Automatic (delayed)"), MANUAL("Manual"), DISABLED("Disabled");

    private final String label;

    StartMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The id used in files and on the command line, e.g. {@code automatic-delayed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static StartMode fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (StartMode m : values()) {
            if (m.id().equals(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "Unknown start mode '" + id + "': use automatic, automatic-delayed, manual or disabled.");
    }
}
