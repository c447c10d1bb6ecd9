package com.synconfig.server.diag;

/** The outcome of one diagnostic check, in rising order of seriousness. */
public enum CheckStatus {
    PASS, WARN, FAIL
}
