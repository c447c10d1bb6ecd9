package com.synconfig.server.auth;

import com.synconfig.model.check.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a secure-mode login may be: its user name, its password and the password typed again. The one answer the
 * user file, {@code synconfig user} and the Users screen all ask; each problem is a finding with its fix.
 */
public final class UserRules {

    /** The finding fields: the user name, the password, and the password typed again. */
    public static final String USER = "user";
    public static final String PASSWORD = "password";
    public static final String CONFIRMATION = "confirmation";

    public static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads only this many bytes of a password: a longer one would let in anyone who knows its start. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_NAME_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_NAME_LENGTH + "}");

    private UserRules() {
    }

    /** The finding for a user name the user file cannot hold (it could not be told from the hash after it). */
    public static Optional<Finding> nameProblem(String user) {
        if (user == null || user.isEmpty()) {
            return Optional.of(Finding.error(USER, "The user has no name.",
                    "Enter the name the client logs in with, e.g. alice."));
        }
        if (!NAME.matcher(user).matches()) {
            return Optional.of(Finding.error(USER, "User name '" + user + "' is not valid.",
                    "Use 1-" + MAX_NAME_LENGTH + " letters, digits, '.', '_' or '-'."));
        }
        return Optional.empty();
    }

    /** What is wrong with a new password itself: empty, shorter than bcrypt should protect, or longer than it reads. */
    public static Optional<Finding> passwordProblem(char[] password) {
        if (password == null || password.length == 0) {
            return Optional.of(Finding.error(PASSWORD, "The password is empty.",
                    "Enter a password of at least " + MIN_PASSWORD_LENGTH + " characters."));
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            return Optional.of(Finding.error(PASSWORD, "The password is too short (" + password.length
                    + " characters).", "Use at least " + MIN_PASSWORD_LENGTH + " characters."));
        }
        int bytes = utf8Length(password);
        if (bytes > MAX_PASSWORD_BYTES) {
            return Optional.of(Finding.error(PASSWORD, "The password is " + bytes + " bytes long in UTF-8, but bcrypt"
                    + " uses only the first " + MAX_PASSWORD_BYTES + ".", "Use at most " + MAX_PASSWORD_BYTES
                    + " bytes (" + MAX_PASSWORD_BYTES + " ASCII characters, fewer with accented letters or other"
                    + " scripts)."));
        }
        return Optional.empty();
    }

    /** Whether the password typed again is the password. */
    public static Optional<Finding> confirmationProblem(char[] password, char[] again) {
        return Arrays.equals(password == null ? new char[0] : password, again == null ? new char[0] : again)
                ? Optional.empty()
                : Optional.of(Finding.error(CONFIRMATION, "The two passwords differ.", "Type the same password twice."));
    }

    /** Every problem with a password typed twice, the password's own first. */
    public static List<Finding> newPasswordProblems(char[] password, char[] again) {
        List<Finding> found = new ArrayList<>();
        passwordProblem(password).ifPresent(found::add);
        confirmationProblem(password, again).ifPresent(found::add);
        return List.copyOf(found);
    }

    /** The password's length in UTF-8 bytes, counted without copying it. */
    static int utf8Length(char[] password) {
        int n = 0;
        for (char c : password) {
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair: 4 bytes
        }
        return n;
    }
}
