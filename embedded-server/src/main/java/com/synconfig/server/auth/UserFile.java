package com.synconfig.server.auth;

import com.synconfig.model.check.Finding;
import com.synconfig.model.files.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Secure mode's user file: one {@code user:bcrypt-hash} line per user (OpenBSD bcrypt, random 16-byte salt,
 * cost {@value #COST}). Names and passwords follow {@link UserRules}. Every change reads, changes and rewrites the
 * file while holding {@code <file>.lock} (so the program and the command line never lose each other's changes),
 * through a temporary file renamed over the old one ({@link SecureFiles#writePrivate}): the file is always whole,
 * and readable by its owner only (0600, or an owner-only ACL). A file with a line SynConfig cannot read is
 * never rewritten: the change is refused, naming the line. Keep the file outside the data root.
 */
public final class UserFile {

    public static final int COST = 10;
    /** A hash of nothing, checked when the user is unknown so that answer takes as long as a wrong password. */
    private static final String DUMMY = OpenBSDBCrypt.generate("x".toCharArray(), new byte[16], COST);
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path path;
    private final SecureRandom random = new SecureRandom();

    public UserFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Adds a user or changes an existing user's password ({@code synconfig user add}). */
    public void add(String user, char[] password) throws IOException {
        change(user, password, users -> Optional.empty());
    }

    /** Adds a new user; refuses a name the file already has (change a password with {@link #resetPassword}). */
    public void create(String user, char[] password) throws IOException {
        change(user, password, users -> users.containsKey(user) ? Optional.of(Finding.error(UserRules.USER,
                "User " + user + " already exists.", "Reset their password instead, or choose another name."))
                : Optional.empty());
    }

    /** Gives an existing user a new password; refuses a user the file does not have. */
    public void resetPassword(String user, char[] password) throws IOException {
        change(user, password, users -> users.containsKey(user) ? Optional.empty() : Optional.of(Finding.error(
                UserRules.USER, "There is no user " + user + " in " + path + ".", "Add the user instead.")));
    }

    /** The check a change makes of the users as they are on disk before it writes. */
    @FunctionalInterface
    private interface Precondition {
        Optional<Finding> problem(Map<String, String> users);
    }

    private void change(String user, char[] password, Precondition precondition) throws IOException {
        Optional<Finding> problem = UserRules.nameProblem(user).or(() -> UserRules.passwordProblem(password));
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().messageAndFix());
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String hash = OpenBSDBCrypt.generate("2b", password, salt, COST); // slow on purpose: outside the lock
        locked(() -> {
            Map<String, String> users = readStrictly();
            Optional<Finding> refused = precondition.problem(users);
            if (refused.isPresent()) {
                throw new IllegalArgumentException(refused.get().messageAndFix());
            }
            users.put(user, hash);
            write(users);
            return null;
        });
    }

    /** @return whether the user existed */
    public boolean remove(String user) throws IOException {
        return locked(() -> {
            Map<String, String> users = readStrictly();
            boolean existed = users.remove(user) != null;
            if (existed) {
                write(users);
            }
            return existed;
        });
    }

    /** The users, in the file's order; refused (naming the line) when the file has a line SynConfig cannot read. */
    public List<String> list() throws IOException {
        return new ArrayList<>(readStrictly().keySet());
    }

    public boolean verify(String user, char[] password) {
        String hash;
        try {
            hash = read(false).get(user);
        } catch (IOException e) {
            hash = null;
        }
        // a password bcrypt would cut (none can be set) never matches; the check still runs, so it takes as long
        boolean usable = hash != null && UserRules.utf8Length(password) <= UserRules.MAX_PASSWORD_BYTES;
        boolean ok = OpenBSDBCrypt.checkPassword(usable ? hash : DUMMY, password);
        return ok && usable;
    }

    private Map<String, String> readStrictly() throws IOException {
        return read(true);
    }

    /** The users and their hashes; {@code strict}: a line that is not {@code user:hash} is an error, else skipped. */
    private Map<String, String> read(boolean strict) throws IOException {
        Map<String, String> users = new LinkedHashMap<>();
        if (!Files.exists(path)) {
            return users;
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String user = colon < 0 ? line : line.substring(0, colon);
            String hash = colon < 0 ? "" : line.substring(colon + 1).trim();
            if (UserRules.nameProblem(user).isEmpty() && !hash.isEmpty()) {
                users.put(user, hash);
            } else if (strict) {
                throw new IOException(path + ", line " + (i + 1) + ", is not a user:hash line, so SynConfig leaves"
                        + " the file as it is. Fix: correct or delete that line (each user is one line: the name, a"
                        + " colon and the bcrypt hash SynConfig wrote).");
            }
        }
        return users;
    }

    /** The whole new file, owner-only, through a temporary file renamed over the old one. */
    private void write(Map<String, String> users) throws IOException {
        StringBuilder sb = new StringBuilder("# SynConfig user file: user:bcrypt hash\n");
        users.forEach((u, h) -> sb.append(u).append(':').append(h).append('\n'));
        AtomicFiles.writeOwnerOnly(path, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What runs while the file is locked. */
    @FunctionalInterface
    private interface LockedChange<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code change} holding {@code <file>.lock} against other processes (released when the process dies) and,
     * since a file lock belongs to the whole process, a lock of this process's own against its other threads.
     */
    private <T> T locked(LockedChange<T> change) throws IOException {
        Path file = path.toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        ReentrantLock threads = IN_PROCESS_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        threads.lock();
        try (FileChannel lock = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lock.lock();
            return change.run();
        } finally {
            threads.unlock();
        }
    }
}
