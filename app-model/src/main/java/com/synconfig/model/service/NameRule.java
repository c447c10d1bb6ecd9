package com.synconfig.model.service;

import com.synconfig.model.check.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A service name is present, made of characters every platform's service manager, file system and the config file
 * accept (so it is also safe as a directory name: no {@code ..}, no separators), and unique.
 */
public final class NameRule implements ServiceRule {

    static final int MAX_LENGTH = 64;
    private static final String CHARACTERS = "letters, digits, '_', '-' and '.', starting with a letter or digit";

    /** The finding for a name no service may have, whatever the other services are called. */
    public static Optional<Finding> wellFormed(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Finding.error("name", "The service has no name.",
                    "Enter a name such as " + ServiceDefinition.DEFAULT_NAME + " (" + CHARACTERS + ")."));
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(Finding.error("name", "Service name '" + name + "' is " + name.length()
                    + " characters long.", "Shorten it to at most " + MAX_LENGTH + " characters."));
        }
        String bad = badCharacter(name);
        return bad == null ? Optional.empty() : Optional.of(Finding.error("name",
                "Service name '" + name + "' contains " + bad + ".", "Use only " + CHARACTERS + "."));
    }

    @Override
    public void check(ServiceDefinition service, List<ServiceDefinition> others, List<Finding> out) {
        String name = service.name();
        Optional<Finding> malformed = wellFormed(name);
        malformed.ifPresent(out::add);
        if (name.isBlank()) {
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        others.stream().filter(o -> o.name().toLowerCase(Locale.ROOT).equals(key)).findFirst().ifPresent(o ->
                out.add(Finding.error("name", "Service name '" + name + "' is already used by service '" + o.name()
                        + "' (names are not case-sensitive).", "Choose a different name.")));
    }

    /** What makes the name invalid, or {@code null} when it is fine. */
    private static String badCharacter(String name) {
        char first = name.charAt(0);
        if (!isAsciiLetterOrDigit(first)) {
            return allowedInside(first) ? "'" + first + "' at the start" : describe(first);
        }
        for (int i = 1; i < name.length(); i++) {
            if (!allowedInside(name.charAt(i))) {
                return describe(name.charAt(i));
            }
        }
        return null;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean allowedInside(char c) {
        return isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static String describe(char c) {
        return Character.isWhitespace(c) ? "a space" : "'" + c + "'";
    }
}
