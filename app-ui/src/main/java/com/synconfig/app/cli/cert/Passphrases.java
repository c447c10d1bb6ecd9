package com.synconfig.app.cli.cert;

import com.synconfig.model.pki.NewPassphrase;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where passphrases come from: an environment variable, a file (its first line), or a prompt on the
 * terminal. Never from a plain command-line option, where {@code ps} would show it.
 */
final class Passphrases {

    /** Whether a passphrase must be had, and whether a prompt asks twice (for a new one). */
    enum Need { OPTIONAL, EXISTING, NEW }

    private final Function<String, String> environment;
    private final Console console;

    Passphrases(Function<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    /**
     * @param option the option stem for messages, e.g. {@code --ca-passphrase} (its {@code -env}/{@code -file} forms)
     * @param what   what the passphrase protects, e.g. "the CA key"
     * @return the passphrase, or {@code null} when optional and none was given
     */
    char[] read(String option, String envVar, Path file, String what, Need need) throws IOException {
        if (envVar != null && file != null) {
            throw new IllegalArgumentException("Give either " + option + "-env or " + option + "-file, not both.");
        }
        if (envVar != null) {
            String value = environment.apply(envVar);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("Environment variable " + envVar + " (" + option + "-env) is "
                        + (value == null ? "not set" : "empty") + ": export the passphrase for " + what + " in it.");
            }
            return value.toCharArray();
        }
        if (file != null) {
            return fromFile(option, file, what);
        }
        if (need == Need.OPTIONAL) {
            return null;
        }
        return prompt(option, what, need == Need.NEW);
    }

    private static char[] fromFile(String option, Path file, String what) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(file + " (" + option + "-file): no such file", e);
        }
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).replaceAll("\r$", "");
        if (first.isEmpty()) {
            throw new IllegalArgumentException(file + " (" + option + "-file) is empty: write the passphrase for "
                    + what + " on its first line.");
        }
        return first.toCharArray();
    }

    private char[] prompt(String option, String what, boolean confirm) {
        if (console == null) {
            throw new IllegalArgumentException(capitalised(what) + " needs a passphrase and there is no terminal to ask on:"
                    + " give " + option + "-env VAR or " + option + "-file FILE.");
        }
        char[] first = console.readPassword("Passphrase for %s: ", what);
        if (first == null || first.length == 0) {
            throw new IllegalArgumentException("No passphrase entered for " + what + ".");
        }
        if (confirm) {
            NewPassphrase.confirmed(first, console.readPassword("Repeat the passphrase for %s: ", what), what);
        }
        return first;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
