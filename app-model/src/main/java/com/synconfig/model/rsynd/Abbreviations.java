package com.synconfig.model.rsynd;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * OpenVMS-style keyword matching: case-insensitive; a full name always matches; otherwise a prefix of at
 * least {@code minimum} characters matches when exactly one name starts with it.
 */
final class Abbreviations {

    /** The outcome: {@code MATCH} with the one name, or why not with the names that were close. */
    enum Kind { MATCH, UNKNOWN, TOO_SHORT, AMBIGUOUS }

    record Resolution(Kind kind, List<String> names) {
    }

    private final Collection<String> names;
    private final int minimum;

    /** @param names the full names, upper case */
    Abbreviations(Collection<String> names, int minimum) {
        this.names = List.copyOf(names);
        this.minimum = minimum;
    }

    Resolution resolve(String given) {
        String wanted = given.toUpperCase(Locale.ROOT);
        if (names.contains(wanted)) {
            return new Resolution(Kind.MATCH, List.of(wanted));
        }
        List<String> candidates = wanted.isEmpty() ? List.of() : names.stream().filter(n -> n.startsWith(wanted)).toList();
        if (candidates.isEmpty()) {
            return new Resolution(Kind.UNKNOWN, List.of());
        }
        if (wanted.length() < minimum) {
            return new Resolution(Kind.TOO_SHORT, candidates);
        }
        return new Resolution(candidates.size() == 1 ? Kind.MATCH : Kind.AMBIGUOUS, candidates);
    }
}
