package com.synconfig.server.store;

import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The ISAM files this process has open, by real path, each with how many {@link IsamFile} handles use it. A file is
 * opened once per process, whoever asks (two services over one data root, the Files screen, a test): LMDB forbids
 * opening one environment twice in a process, and one open file means one set of record locks. It is process-wide
 * state because the facts it guards are: LMDB's rule and the operating system's locks are per process.
 * <p>
 * Every look at a file's first bytes goes through here too, so that no descriptor of a file this process has open
 * is opened and closed behind its back (on POSIX that would drop the process's lock on it; see {@link ExclusiveUse}).
 */
final class OpenIsamFiles {

    private static final Map<Path, Users> OPEN = new HashMap<>();

    private static final class Users {
        final LmdbIsam file;
        int count = 1;

        Users(LmdbIsam file) {
            this.file = file;
        }
    }

    private OpenIsamFiles() {
    }

    /** Opens (or shares) an existing ISAM file, migrating it first when it is in the former format. */
    static synchronized LmdbIsam acquire(Path path) {
        Path real = real(path);
        Users u = OPEN.get(real);
        if (u != null) {
            u.count++;
            return u.file;
        }
        switch (IsamFormat.of(head(real))) {
            case MVSTORE -> IsamMigration.migrate(real);
            case OTHER -> throw new StoreException(ErrorCode.FILSPC, StoreException.quotedName(real)
                    + " is not an ISAM file");
            case LMDB -> { }
        }
        LmdbIsam file = LmdbIsam.open(real);
        OPEN.put(real, new Users(file));
        return file;
    }

    /** Makes a new ISAM file and opens it. */
    static synchronized LmdbIsam create(Path path, IsamDefinition def) {
        Path parent = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new StoreException(ErrorCode.FNF, "directory " + parent + " does not exist");
        }
        Path real;
        try {
            real = parent.toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            throw StoreException.io(ErrorCode.FNF, parent.toString(), e);
        }
        LmdbIsam file = LmdbIsam.create(real, def);
        OPEN.put(real, new Users(file));
        return file;
    }

    static synchronized void release(LmdbIsam file) {
        Users u = OPEN.get(file.path());
        if (u != null && u.file == file && --u.count == 0) {
            OPEN.remove(file.path());
            file.close();
        }
    }

    /** The format of a file by its first bytes; a file this process has open is ISAM without being read. */
    static synchronized IsamFormat formatOf(Path path) {
        if (!Files.isRegularFile(path)) {
            return IsamFormat.OTHER;
        }
        try {
            Path real = path.toRealPath();
            return OPEN.containsKey(real) ? IsamFormat.LMDB : IsamFormat.of(head(real));
        } catch (IOException | StoreException e) {
            return IsamFormat.OTHER;
        }
    }

    private static byte[] head(Path real) {
        try (InputStream in = Files.newInputStream(real)) {
            return in.readNBytes(IsamFormat.HEAD_BYTES);
        } catch (IOException e) {
            throw StoreException.io(ErrorCode.FNF, ClientText.quote(real.getFileName().toString()), e);
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new StoreException(ErrorCode.FNF, ClientText.quote(path.getFileName().toString()));
        } catch (IOException e) {
            throw StoreException.io(ErrorCode.FNF, ClientText.quote(path.getFileName().toString()), e);
        }
    }
}
