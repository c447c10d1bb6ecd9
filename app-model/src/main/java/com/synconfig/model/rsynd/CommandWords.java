package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits a command line into words at unquoted white space. A double-quoted stretch is taken literally
 * (spaces, '=', '/', backslashes); inside it, {@code ""} stands for one double quote.
 */
final class CommandWords {

    private CommandWords() {
    }

    /** The words; an unterminated quote adds an error to {@code out} and drops the broken word. */
    static List<Word> split(String line, List<Finding> out) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder text = new StringBuilder();
            BitSet quoted = new BitSet();
            List<Integer> columns = new ArrayList<>();
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                if (line.charAt(i) != '"') {
                    columns.add(i + 1);
                    text.append(line.charAt(i++));
                    continue;
                }
                int open = i++;
                while (true) {
                    if (i >= line.length()) {
                        out.add(Finding.error("commandLine", "The double quote at position " + (open + 1)
                                + " is never closed.", "Add the closing double quote after the quoted value."));
                        return words;
                    }
                    if (line.charAt(i) == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            quoted.set(text.length());
                            columns.add(i + 1);
                            text.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    quoted.set(text.length());
                    columns.add(i + 1);
                    text.append(line.charAt(i++));
                }
            }
            words.add(new Word(text.toString(), quoted, start + 1, columns.stream().mapToInt(Integer::intValue).toArray()));
        }
        return words;
    }

    /** The value as it must be written so that {@link #split} gives it back as one word's text. */
    static String quoteIfNeeded(String value, boolean mustQuote) {
        boolean needed = mustQuote || value.isEmpty() || value.indexOf('"') >= 0
                || value.chars().anyMatch(Character::isWhitespace);
        return needed ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
