package com.synconfig.model.config;

import java.io.IOException;
import java.nio.file.Path;

/** The file changed on disk after it was loaded; saving would overwrite someone else's change. */
public class ConcurrentChangeException extends IOException {

    public ConcurrentChangeException(Path file) {
        super(file + " was changed by another program (or another SynConfig) after it was loaded; "
                + "nothing was saved. Reload the configuration and make your change again.");
    }
}
