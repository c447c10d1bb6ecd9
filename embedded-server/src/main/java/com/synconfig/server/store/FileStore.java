package com.synconfig.server.store;

import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The files of one data root as remote clients see them. Channels on the same ISAM file share one open
 * {@link IsamFile} (and so its record locks); it is closed when the last channel closes.
 */
public final class FileStore implements AutoCloseable {

    private final DataRoot root;
    private final Map<Path, Shared> open = new HashMap<>();

    private static final class Shared {
        final IsamFile file;
        int users;

        Shared(IsamFile file) {
            this.file = file;
        }
    }

    public FileStore(DataRoot root) {
        this.root = root;
    }

    public DataRoot root() {
        return root;
    }

    /**
     * Opens a channel for a remote client.
     *
     * @param encryptedConnection whether the client's connection is encrypted: a file flagged network-encrypt
     *                            is refused ($ERR_NETCRYPT) otherwise
     */
    public RecordChannel open(String clientPath, OpenMode mode, OpenOptions options, boolean encryptedConnection) {
        Path path = root.resolve(clientPath);
        if (IsamFile.isIsam(path)) {
            IsamFile file = acquire(path);
            if (file.networkEncrypt() && !encryptedConnection) {
                release(path);
                throw new StoreException(ErrorCode.NETCRYPT, ClientText.quote(clientPath));
            }
            return new IsamChannel(file, mode, () -> release(path));
        }
        if (Files.isDirectory(path)) {
            throw new StoreException(ErrorCode.FILSPC, "'" + ClientText.quote(clientPath) + "' is a directory");
        }
        if (!mode.writes() && !Files.exists(path)) {
            throw new StoreException(ErrorCode.FNF, ClientText.quote(clientPath));
        }
        try {
            return new SequentialChannel(path, ClientText.quote(clientPath), mode, options.recordSize());
        } catch (IOException e) {
            throw StoreException.io(ErrorCode.FNF, ClientText.quote(clientPath), e);
        }
    }

    private synchronized IsamFile acquire(Path path) {
        Shared s = open.get(path);
        if (s == null) {
            s = new Shared(IsamFile.open(path));
            open.put(path, s);
        }
        s.users++;
        return s.file;
    }

    private synchronized void release(Path path) {
        Shared s = open.get(path);
        if (s != null && --s.users == 0) {
            open.remove(path);
            s.file.close();
        }
    }

    /** How many ISAM files are open (for leak checks and status). */
    public synchronized int openIsamFiles() {
        return open.size();
    }

    /** Closes every file (graceful stop, after the channels are gone). */
    @Override
    public synchronized void close() {
        open.values().forEach(s -> s.file.close());
        open.clear();
    }
}
