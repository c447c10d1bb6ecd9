package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.List;
import java.util.Optional;

/** A port lies in 1024-65535 and no other service on the host listens on it. */
public final class PortRule implements ServiceRule {

    public static final int MIN = 1024;
    public static final int MAX = 65535;

    /** A port as typed (dialog, command line, configuration file, rsynd line); empty when it is not a number. */
    public static java.util.OptionalInt parse(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("[0-9]{1,9}")) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(Integer.parseInt(t));
    }

    /** The finding for a port that is not a number. */
    public static Finding notANumber(String text) {
        return notANumber(text, "", Integer.toString(ServiceDefinition.DEFAULT_PORT));
    }

    /**
     * @param where   places the value for a person, e.g. {@code " (position 9)"}; may be empty
     * @param example the default port as the face writes it, e.g. {@code -p 2330}
     */
    public static Finding notANumber(String text, String where, String example) {
        return Finding.error("port", "Port '" + (text == null ? "" : text.trim()) + "'" + where + " is not a number.",
                "Give a port from " + MIN + " to " + MAX + ", e.g. " + example + ".");
    }

    /** The finding for a port outside 1024-65535; shared with the {@code rsynd} command-line parser. */
    public static Optional<Finding> range(int port) {
        if (port >= MIN && port <= MAX) {
            return Optional.empty();
        }
        return Optional.of(Finding.error("port", "Port " + port + " is outside " + MIN + "-" + MAX + ".",
                "Choose a port from " + MIN + " to " + MAX + "; " + ServiceDefinition.DEFAULT_PORT + " is the default."));
    }

    @Override
    public void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out) {
        range(service.port()).ifPresent(out::add);
        others.stream().filter(o -> o.port() == service.port()).findFirst().ifPresent(o ->
                out.add(Finding.error("port", "Port " + service.port() + " is already used by service '" + o.name() + "'.",
                        "Choose a port that no other service on this host uses.")));
    }
}
