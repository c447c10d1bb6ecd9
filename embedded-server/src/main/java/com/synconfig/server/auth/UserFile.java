package com.synconfig.server.auth;

import com.synconfig.model.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Secure mode's user file: one {@code user:bcrypt-hash} line per user (OpenBSD bcrypt, random 16-byte salt,
 * cost {@value #COST}). Rewritten atomically, readable by its owner only where the file system allows.
 * Keep it outside the data root.
 */
public final class UserFile {

    public static final int COST = 10;
    /** bcrypt reads only this many bytes of a password: a longer one would let in anyone who knows its start. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** A hash of nothing, checked when the user is unknown so that answer takes as long as a wrong password. */
    private static final String DUMMY = OpenBSDBCrypt.generate("x".toCharArray(), new byte[16], COST);

    private final Path path;
    private final SecureRandom random = new SecureRandom();

    public UserFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public synchronized void add(String user, char[] password) throws IOException {
        checkName(user);
        if (password.length < 8) {
            throw new IllegalArgumentException("the password is too short: use at least 8 characters");
        }
        int bytes = utf8Length(password);
        if (bytes > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("the password is " + bytes + " bytes long in UTF-8, but bcrypt uses "
                    + "only the first " + MAX_PASSWORD_BYTES + ": use at most " + MAX_PASSWORD_BYTES
                    + " bytes (72 ASCII characters, fewer with accented letters or other scripts)");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Map<String, String> users = read();
        users.put(user, OpenBSDBCrypt.generate("2b", password, salt, COST));
        write(users);
    }

    /** @return whether the user existed */
    public synchronized boolean remove(String user) throws IOException {
        Map<String, String> users = read();
        boolean existed = users.remove(user) != null;
        if (existed) {
            write(users);
        }
        return existed;
    }

    public synchronized List<String> list() throws IOException {
        return new ArrayList<>(read().keySet());
    }

    public boolean verify(String user, char[] password) {
        String hash;
        try {
            hash = read().get(user);
        } catch (IOException e) {
            hash = null;
        }
        // a password bcrypt would cut (none can be set) never matches; the check still runs, so it takes as long
        boolean usable = hash != null && utf8Length(password) <= MAX_PASSWORD_BYTES;
        boolean ok = OpenBSDBCrypt.checkPassword(usable ? hash : DUMMY, password);
        return ok && usable;
    }

    private Map<String, String> read() throws IOException {
        Map<String, String> users = new LinkedHashMap<>();
        if (!Files.exists(path)) {
            return users;
        }
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                users.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return users;
    }

    private void write(Map<String, String> users) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        StringBuilder sb = new StringBuilder("# SynConfig user file: user:bcrypt hash\n");
        users.forEach((u, h) -> sb.append(u).append(':').append(h).append('\n'));
        AtomicFiles.writeOwnerOnly(path, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The password's length in UTF-8 bytes, counted without copying it. */
    private static int utf8Length(char[] password) {
        int n = 0;
        for (char c : password) {
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair: 4 bytes
        }
        return n;
    }

    private static void checkName(String user) {
        if (user == null || !NAME.matcher(user).matches()) {
            throw new IllegalArgumentException("user name '" + user
                    + "' is not valid: use 1-64 letters, digits, '.', '_' or '-'");
        }
    }
}
