package com.synconfig.model.config;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A configuration file that cannot be read as written: names the file, the line (1-based; 0 when the
 * problem concerns the whole file) and the problem, e.g.
 * {@code /etc/synconfig/synconfig.ini, line 4: port 'abc' is not a number. Fix: ...}.
 */
public class ConfigFileException extends IOException {

    private final transient Path file;
    private final int line;
    private final String problem;

    public ConfigFileException(Path file, int line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
