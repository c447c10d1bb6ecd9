package com.synconfig.server.store;

import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The directory tree remote clients can reach. A client path is relative, has no {@code ..} segment, and after
 * following symbolic links still lies inside the root; anything else is refused with {@code $ERR_FILSPC}.
 */
public final class DataRoot {

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
        if (!resolved.startsWith(root) || !realLocation(resolved).startsWith(root)) {
            throw refused(clientPath, "it leads outside the data root");
        }
        return resolved;
    }

    /** The real location of a path: of the file itself when it exists, else of its nearest existing ancestor. */
    private Path realLocation(Path p) {
        for (Path at = p; at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                try {
                    return at.toRealPath();
                } catch (IOException e) {
                    return at;
                }
            }
            if (Files.isSymbolicLink(at)) {
                return at; // a dangling link: refused unless it is inside, which toRealPath cannot tell
            }
        }
        return p;
    }

    private static StoreException refused(String clientPath, String why) {
        return new StoreException(ErrorCode.FILSPC, "'" + ClientText.quote(clientPath) + "' refused: " + why);
    }
}
