package com.synconfig.model.pki;

import java.util.Arrays;

/**
 * A new passphrase is typed twice (the command line's prompt, the wizards' confirmation field): the one rule for
 * when the two differ, and its message.
 */
public final class NewPassphrase {

    private NewPassphrase() {
    }

    /**
     * @param what what the passphrase protects, e.g. "the CA key"
     * @return {@code first}, when {@code again} is the same
     * @throws IllegalArgumentException naming what it is for, when the two differ
     */
    public static char[] confirmed(char[] first, char[] again, String what) {
        if (!Arrays.equals(first, again)) {
            throw new IllegalArgumentException("The two passphrases for " + what + " differ: type the same passphrase"
                    + " twice.");
        }
        return first;
    }
}
