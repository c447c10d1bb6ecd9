package com.synconfig.model.rsynd;

import com.synconfig.model.check.Finding;
import java.util.List;
import java.util.Locale;

/** Recognises the program word: {@code rsynd}, {@code rsynd.exe}, or a path to it in any platform's syntax. */
final class ProgramWord {

    static final String NAME = "rsynd";

    private ProgramWord() {
    }

    /** Reports a first word that does not name rsynd; the rest of the line is still read. */
    static void check(Word word, List<Finding> out) {
        if (!isRsynd(word.text())) {
            out.add(Finding.error("commandLine", "The command line starts with '" + word.text() + "' (position "
                    + word.column() + "), which is not rsynd.", "Start with rsynd (or its path), or with the first option."));
        }
    }

    static boolean isRsynd(String path) {
        String name = path.substring(lastSeparator(path) + 1).toLowerCase(Locale.ROOT);
        int version = name.indexOf(';'); // OpenVMS file version, e.g. RSYND.EXE;3
        if (version >= 0) {
            name = name.substring(0, version);
        }
        return name.equals(NAME) || name.equals(NAME + ".exe");
    }

    /** The last character that ends a directory part: '/', '\' or OpenVMS ':', ']' and '>'. */
    private static int lastSeparator(String path) {
        int last = -1;
        for (char c : new char[] {'/', '\\', ':', ']', '>'}) {
            last = Math.max(last, path.lastIndexOf(c));
        }
        return last;
    }
}
