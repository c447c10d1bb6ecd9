package com.synconfig.model.check;

import java.util.Collection;
import java.util.Objects;

/**
 * A problem (or a remark) about one field, in words an administrator understands, with what to do about it.
 * The GUI decorates {@link #field()} with it; the command line prints it and exits non-zero on errors.
 *
 * @param severity how serious it is
 * @param field    the setting it concerns, e.g. {@code "port"}; {@code ""} when it concerns the whole object
 * @param message  what is wrong
 * @param fix      what to do about it ({@code ""} when there is nothing to do)
 */
public record Finding(Severity severity, String field, String message, String fix) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Finding error(String field, String message, String fix) {
        return new Finding(Severity.ERROR, field, message, fix);
    }

    public static Finding warning(String field, String message, String fix) {
        return new Finding(Severity.WARNING, field, message, fix);
    }

    public static Finding info(String field, String message, String fix) {
        return new Finding(Severity.INFO, field, message, fix);
    }

    public static boolean anyError(Collection<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity().isError());
    }

    /** The message and its fix as one sentence pair, for an exception or a parse error: {@code ... Fix: ...}. */
    public String messageAndFix() {
        return fix.isEmpty() ? message : message + " Fix: " + fix;
    }

    /** One line for a terminal: {@code ERROR port: Port 80 is out of range. Fix: choose 1024-65535.} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(severity.name());
        if (!field.isEmpty()) {
            sb.append(' ').append(field).append(':');
        }
        sb.append(' ').append(message);
        if (!fix.isEmpty()) {
            sb.append(" Fix: ").append(fix);
        }
        return sb.toString();
    }
}
