package com.synconfig.app.cli.base;

/** The command line's exit codes (README.md, "Command line"). */
public final class ExitCodes {

    public static final int OK = 0;
    /** A check found an error; nothing was written. */
    public static final int FINDINGS = 1;
    /** A usage error, or a file that cannot be read or written. */
    public static final int USAGE = 2;
    /** LSB's code of {@code status} for a service that is not running. */
    public static final int NOT_RUNNING = 3;

    private ExitCodes() {
    }
}
