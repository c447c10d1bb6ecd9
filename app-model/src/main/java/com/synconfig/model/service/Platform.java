package com.synconfig.model.service;

import java.util.Locale;

/** The operating system a service configuration is written for; it decides which rules apply. */
public enum Platform {
    WINDOWS, UNIX, OPENVMS;

    /** The platform of the machine this program runs on (anything not Windows or OpenVMS counts as UNIX). */
    public static Platform current() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.contains("openvms")) {
            return OPENVMS;
        }
        return UNIX;
    }

    /** The lower-case id used in files and on the command line: {@code windows}, {@code unix}, {@code openvms}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an id case-insensitively; throws {@link IllegalArgumentException} naming the valid ids. */
    public static Platform fromId(String id) {
        for (Platform p : values()) {
            if (p.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown platform '" + id + "': use windows, unix or openvms.");
    }

    /** The name an administrator reads: {@code Windows}, {@code UNIX}, {@code OpenVMS}. */
    public String displayName() {
        return switch (this) {
            case WINDOWS -> "Windows";
            case UNIX -> "UNIX";
            case OPENVMS -> "OpenVMS";
        };
    }
}
