package com.synconfig.model.service;

import java.util.List;

/**
 * Security compliance level: which TLS protocols an encrypted service accepts.
 * Level 0 means "whatever the current default is", today level 3.
 */
public enum Scl {
    DEFAULT(0), LEVEL_2(2), LEVEL_3(3);

    /** The level that {@link #DEFAULT} stands for in this release. */
    public static final Scl CURRENT_DEFAULT = LEVEL_3;

    private final int number;

    Scl(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The level actually enforced: {@link #DEFAULT} resolves to {@link #CURRENT_DEFAULT}. */
    public Scl effective() {
        return this == DEFAULT ? CURRENT_DEFAULT : this;
    }

    /** JSSE/OpenSSL protocol names the server accepts at this level, oldest first. */
    public List<String> protocols() {
        return switch (effective()) {
            case LEVEL_2 -> List.of("TLSv1.1", "TLSv1.2", "TLSv1.3");
            default -> List.of("TLSv1.2", "TLSv1.3");
        };
    }

    /** What the UI shows: {@code "0 (default, currently 3)"}, {@code "2"}, {@code "3"}. */
    public String label() {
        return this == DEFAULT ? "0 (default, currently " + CURRENT_DEFAULT.number + ")" : Integer.toString(number);
    }

    /** Parses a level number; throws {@link IllegalArgumentException} naming the valid levels. */
    public static Scl of(int number) {
        for (Scl s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("Security compliance level " + number
                + " is not valid: use 0 (default, currently " + CURRENT_DEFAULT.number + "), 2 or 3.");
    }

    public static Scl parse(String text) {
        try {
            return of(Integer.parseInt(text == null ? "" : text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Security compliance level '" + text
                    + "' is not a number: use 0 (default, currently " + CURRENT_DEFAULT.number + "), 2 or 3.");
        }
    }
}
