package com.synconfig.model.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines of an INI file exactly as written, each classified, so a save can change single lines and keep
 * everything else (comments, blank lines, order, spelling) byte for byte. Scanning is strict where Commons
 * Configuration's reader is lenient: a garbage line, an unterminated section header, a setting outside a
 * section, a duplicate section or key, or a value continued onto the next line is an error naming the line.
 * The line rules mirror {@code INIConfiguration}'s, which reads the values.
 */
public final class IniDocument {

    private static final String COMMENT_CHARS = "#;";

    /** What a line is. */
    public enum Kind { BLANK, COMMENT, SECTION, ENTRY }

    /**
     * One line.
     *
     * @param number  1-based line number
     * @param text    the line as written (without its line separator)
     * @param kind    its kind
     * @param section the section it belongs to (for a SECTION line its own name); {@code null} before the first
     * @param key     the setting's key for an ENTRY, else {@code null}
     * @param comment an ENTRY's trailing comment as written (starting with {@code ;} or {@code #}), else {@code ""}
     */
    public record Line(int number, String text, Kind kind, String section, String key, String comment) {

        /** The leading white space, kept when the line is rewritten. */
        public String indent() {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return text.substring(0, i);
        }
    }

    private final List<Line> lines;
    private final String lineSeparator;
    private final boolean finalNewline;
    private final boolean byteOrderMark;

    private IniDocument(List<Line> lines, String lineSeparator, boolean finalNewline, boolean byteOrderMark) {
        this.lines = List.copyOf(lines);
        this.lineSeparator = lineSeparator;
        this.finalNewline = finalNewline;
        this.byteOrderMark = byteOrderMark;
    }

    /** A document with no lines, for writing a new file. */
    public static IniDocument empty() {
        return new IniDocument(List.of(), System.lineSeparator(), true, false);
    }

    /** Scans {@code text}; {@code file} only names the file in errors. */
    public static IniDocument scan(String text, Path file) throws ConfigFileException {
        boolean bom = text.startsWith("\uFEFF");
        String body = bom ? text.substring(1) : text;
        String separator = body.contains("\r\n") ? "\r\n" : "\n";
        boolean finalNewline = body.isEmpty() || body.endsWith("\n");
        String[] raw = body.split("\r?\n", -1);
        int count = finalNewline ? raw.length - 1 : raw.length;

        List<Line> lines = new ArrayList<>(count);
        Map<String, Integer> sectionLines = new HashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        String section = null;
        for (int i = 0; i < count; i++) {
            int number = i + 1;
            String text1 = raw[i];
            String trimmed = text1.trim();
            if (trimmed.isEmpty()) {
                lines.add(new Line(number, text1, Kind.BLANK, section, null, ""));
            } else if (COMMENT_CHARS.indexOf(trimmed.charAt(0)) >= 0) {
                lines.add(new Line(number, text1, Kind.COMMENT, section, null, ""));
            } else if (trimmed.startsWith("[")) {
                section = sectionName(trimmed, file, number);
                Integer earlier = sectionLines.putIfAbsent(section.toLowerCase(Locale.ROOT), number);
                if (earlier != null) {
                    throw new ConfigFileException(file, number, "section [" + section
                            + "] appears a second time (first on line " + earlier + "). Fix: merge the two sections"
                            + " into one; service names are unique and compared ignoring case.");
                }
                keyLines.clear();
                lines.add(new Line(number, text1, Kind.SECTION, section, null, ""));
            } else {
                Line entry = entry(text1, trimmed, section, file, number);
                Integer earlier = keyLines.putIfAbsent(entry.key(), number);
                if (earlier != null) {
                    throw new ConfigFileException(file, number, "'" + entry.key() + "' is set a second time in ["
                            + section + "] (first on line " + earlier + "). Fix: keep only one of the two lines.");
                }
                lines.add(entry);
            }
        }
        return new IniDocument(lines, separator, finalNewline, bom);
    }

    private static String sectionName(String trimmed, Path file, int number) throws ConfigFileException {
        if (!trimmed.endsWith("]")) {
            throw new ConfigFileException(file, number, "section header '" + trimmed + "' is not closed with ']'."
                    + " Fix: write it as [ServiceName] and put any comment on a line of its own.");
        }
        String name = trimmed.substring(1, trimmed.length() - 1);
        if (name.isBlank()) {
            throw new ConfigFileException(file, number, "section header '[]' has no service name."
                    + " Fix: write the service's name between the brackets, e.g. [SynSrv].");
        }
        return name;
    }

    private static Line entry(String text, String trimmed, String section, Path file, int number)
            throws ConfigFileException {
        int separator = firstOf(trimmed, "=:", 0);
        if (separator < 0) {
            throw new ConfigFileException(file, number, "'" + trimmed + "' is not a setting."
                    + " Fix: write key = value, or start the line with # to make it a comment.");
        }
        String key = trimmed.substring(0, separator).trim();
        if (key.isEmpty()) {
            throw new ConfigFileException(file, number, "'" + trimmed + "' has no key before the '"
                    + trimmed.charAt(separator) + "'. Fix: write key = value.");
        }
        if (section == null) {
            throw new ConfigFileException(file, number, "'" + key + "' is set outside any section."
                    + " Fix: put it below the [ServiceName] header of the service it belongs to.");
        }
        String comment = trailingComment(trimmed.substring(separator + 1).trim(), file, number);
        return new Line(number, text, Kind.ENTRY, section, key, comment);
    }

    /**
     * Finds the comment after a value the way {@code INIConfiguration.parseValue} does: in an unquoted value it
     * starts at a comment character that follows white space; after a quoted value, at the closing quote.
     * Refuses a value that would continue onto the next line (one ending in a backslash after white space).
     */
    private static String trailingComment(String value, Path file, int number) throws ConfigFileException {
        boolean quoted = value.startsWith("\"") || value.startsWith("'");
        if (!quoted) {
            int i = 0;
            char last = 0;
            while (i < value.length() && !(COMMENT_CHARS.indexOf(value.charAt(i)) >= 0 && Character.isWhitespace(last))) {
                last = value.charAt(i++);
            }
            refuseContinuation(value.substring(0, i), file, number);
            return value.substring(i);
        }
        char quote = value.charAt(0);
        boolean escape = false;
        int i = 1;
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && !escape) {
                escape = true;
            } else if (c == quote && !escape) {
                break;
            } else {
                escape = false;
            }
        }
        if (i >= value.length()) {
            throw new ConfigFileException(file, number, "the value " + value + " has no closing " + quote
                    + ". Fix: end the value with " + quote + " (a \\ right before it escapes it).");
        }
        String rest = value.substring(i + 1).trim();
        if (!rest.isEmpty() && COMMENT_CHARS.indexOf(rest.charAt(0)) < 0) {
            refuseContinuation(rest, file, number);
            throw new ConfigFileException(file, number, "'" + rest + "' follows the closing " + quote
                    + ". Fix: move it inside the quotes, or start it with # to make it a comment.");
        }
        return rest;
    }

    private static void refuseContinuation(String value, Path file, int number) throws ConfigFileException {
        String s = value.trim();
        if (s.equals("\\") || (s.length() > 2 && s.endsWith("\\") && Character.isWhitespace(s.charAt(s.length() - 2)))) {
            throw new ConfigFileException(file, number, "the value ends with a separate '\\', which would continue"
                    + " it onto the next line. Fix: SynConfig settings are one line each; remove the '\\'.");
        }
    }

    private static int firstOf(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    public List<Line> lines() {
        return lines;
    }

    public String lineSeparator() {
        return lineSeparator;
    }

    public boolean finalNewline() {
        return finalNewline;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }
}
