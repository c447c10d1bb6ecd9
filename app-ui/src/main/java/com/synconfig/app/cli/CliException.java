package com.synconfig.app.cli;

import com.synconfig.app.cli.base.ExitCodes;

/** A command cannot do what was asked; the message says why and what to do. Exit code 2 unless stated. */
final class CliException extends RuntimeException {

    private final int exitCode;

    CliException(String message) {
        this(message, ExitCodes.USAGE);
    }

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
