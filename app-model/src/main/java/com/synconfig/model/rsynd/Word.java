package com.synconfig.model.rsynd;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One word of a command line with its quotes removed, remembering which characters were quoted
 * (a quoted '=', '/' or '-' is plain text) and where in the line each character stood.
 */
final class Word {

    private final String text;
    private final BitSet quoted;
    private final int column;
    private final int[] columns;

    /**
     * @param text    the characters, quotes removed
     * @param quoted  which characters of {@code text} were inside quotes
     * @param column  1-based position in the command line where the word starts
     * @param columns 1-based position of each character of {@code text}
     */
    Word(String text, BitSet quoted, int column, int[] columns) {
        this.text = text;
        this.quoted = (BitSet) quoted.clone();
        this.column = column;
        this.columns = columns.clone();
    }

    String text() {
        return text;
    }

    int column() {
        return column;
    }

    /** Index of the first unquoted occurrence of any of {@code chars} at or after {@code from}, or -1. */
    int indexOfUnquoted(String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!quoted.get(i) && chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    boolean startsWithUnquoted(char c) {
        return !text.isEmpty() && text.charAt(0) == c && !quoted.get(0);
    }

    /** The characters from {@code from} (inclusive) to {@code to} (exclusive), as a word of their own. */
    Word part(int from, int to) {
        int start = from < columns.length ? columns[from] : column + text.length();
        return new Word(text.substring(from, to), quoted.get(from, to), start, Arrays.copyOfRange(columns, from, to));
    }
}
