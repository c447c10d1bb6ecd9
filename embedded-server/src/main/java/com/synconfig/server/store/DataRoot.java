package com.synconfig.server.store;

import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The directory tree remote clients can reach. A client path is relative, has no {@code ..} segment, and after
 * following symbolic links still lies inside the root; anything else is refused with {@code $ERR_FILSPC}.
 */
public final class DataRoot {

    /** Most symbolic links followed in a chain of dangling ones (Linux's limit). */
    static final int MAX_LINKS = 40;

    private final Path root;

    public DataRoot(Path root) throws IOException {
        Files.createDirectories(root);
        this.root = root.toRealPath();
    }

    public Path path() {
        return root;
    }

    public Path resolve(String clientPath) {
        if (clientPath == null || clientPath.isBlank()) {
            throw refused(clientPath, "the file name is empty");
        }
        if (clientPath.indexOf('\0') >= 0) {
            throw refused(clientPath, "the file name contains a NUL byte");
        }
        String p = clientPath.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*")) {
            throw refused(clientPath, "absolute paths are not allowed; name the file relative to the data root");
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                throw refused(clientPath, "'..' is not allowed in a file name");
            }
        }
        Path resolved;
        try {
            resolved = root.resolve(p).normalize();
        } catch (InvalidPathException e) {
            throw refused(clientPath, e.getReason());
        }
        Path real = realLocation(clientPath, resolved);
        if (!resolved.startsWith(root) || !real.startsWith(root)) {
            throw refused(clientPath, "it leads outside the data root");
        }
        checkSingleLink(clientPath, real);
        return resolved;
    }

    /**
     * Where a path really leads: the real path of the file when it exists, else of its nearest existing ancestor
     * with the missing rest appended. A dangling symbolic link is followed to its target (OUTPUT would create the
     * target), a chain of them at most {@value #MAX_LINKS} times, as the kernel does.
     */
    private Path realLocation(String clientPath, Path p) {
        Path at = p;
        for (int links = 0; links <= MAX_LINKS; links++) {
            Path existing = at;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return at;
            }
            Path rest = existing.relativize(at);
            try {
                if (!Files.isSymbolicLink(existing) || Files.exists(existing)) {
                    return existing.toRealPath().resolve(rest).normalize();
                }
                // a dangling link: where its target would be created
                at = existing.resolveSibling(Files.readSymbolicLink(existing)).resolve(rest).normalize();
            } catch (IOException e) {
                return existing; // cannot be read: treated as leading where it stands, then refused when opened
            }
        }
        throw refused(clientPath, "more than " + MAX_LINKS + " symbolic links in a chain");
    }

    /**
     * A regular file with a second name (a hard link) may be a file outside the data root linked into it; the
     * server cannot tell which name is the original, so it refuses such files.
     */
    private static void checkSingleLink(String clientPath, Path resolved) {
        try {
            if (Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)
                    && (Integer) Files.getAttribute(resolved, "unix:nlink", LinkOption.NOFOLLOW_LINKS) > 1) {
                throw refused(clientPath, "the file has more than one name (a hard link); the server serves only "
                        + "files whose single name lies in the data root");
            }
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            // Windows: no unix view; hard links to other volumes cannot exist there anyway
        } catch (IOException e) {
            // unreadable attributes: opening the file reports the problem
        }
    }

    private static StoreException refused(String clientPath, String why) {
        return new StoreException(ErrorCode.FILSPC, "'" + ClientText.quote(clientPath) + "' refused: " + why);
    }
}
