package com.synconfig.server.store;

import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files of one data root as remote clients see them. Channels on the same ISAM file share one open
 * {@link IsamFile} (and so its record locks). When its last channel closes the file stays open for
 * {@link #DEFAULT_IDLE} so that the next client finds its pages in memory, as long as at most
 * {@link #DEFAULT_MAX_IDLE} files are idle (the longest idle closes first); every file closes when the store does.
 * While it is open here, another program cannot open it ({@code $ERR_FILUSE}).
 */
public final class FileStore implements AutoCloseable {

    /** How long a file stays open after its last channel closed. */
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(60);
    /** How many files stay open without a channel. */
    public static final int DEFAULT_MAX_IDLE = 32;

    private final DataRoot root;
    private final Duration idleTime;
    private final int maxIdle;
    private final Map<Path, Shared> open = new HashMap<>();
    private final ScheduledExecutorService closer;

    private static final class Shared {
        final IsamFile file;
        int users;
        long idleSince;
        ScheduledFuture<?> closing;

        Shared(IsamFile file) {
            this.file = file;
        }
    }

    public FileStore(DataRoot root) {
        this(root, DEFAULT_IDLE, DEFAULT_MAX_IDLE);
    }

    /**
     * @param idleTime how long a file stays open after its last channel closed
     * @param maxIdle  how many files stay open without a channel (0: close with the last channel)
     */
    public FileStore(DataRoot root, Duration idleTime, int maxIdle) {
        this.root = root;
        this.idleTime = idleTime;
        this.maxIdle = maxIdle;
        this.closer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "isam-idle-close");
            t.setDaemon(true);
            return t;
        });
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
        if (IsamFile.isCompanion(realOrAsIs(path))) {
            throw new StoreException(ErrorCode.FILSPC, "'" + ClientText.quote(clientPath) + "' belongs to the ISAM file "
                    + "beside it and cannot be opened");
        }
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

    /** Where a path leads when it exists (through symbolic links), else the path itself. */
    private static Path realOrAsIs(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private synchronized IsamFile acquire(Path path) {
        Shared s = open.get(path);
        if (s == null) {
            s = new Shared(IsamFile.open(path));
            open.put(path, s);
        }
        if (s.closing != null) {
            s.closing.cancel(false);
            s.closing = null;
        }
        s.users++;
        return s.file;
    }

    private synchronized void release(Path path) {
        Shared s = open.get(path);
        if (s == null || --s.users > 0) {
            return;
        }
        s.idleSince = System.nanoTime();
        if (!closer.isShutdown()) {
            s.closing = closer.schedule(() -> closeIfIdle(path, s), idleTime.toNanos(), TimeUnit.NANOSECONDS);
        }
        while (idleFiles() > maxIdle) {
            open.entrySet().stream().filter(e -> e.getValue().users == 0)
                    .min(Comparator.comparingLong(e -> e.getValue().idleSince))
                    .ifPresent(e -> closeIfIdle(e.getKey(), e.getValue()));
        }
    }

    private synchronized void closeIfIdle(Path path, Shared s) {
        if (s.users == 0 && open.get(path) == s) {
            open.remove(path);
            if (s.closing != null) {
                s.closing.cancel(false);
            }
            s.file.close();
        }
    }

    private long idleFiles() {
        return open.values().stream().filter(s -> s.users == 0).count();
    }

    /** How many ISAM files channels have open (0 once every client has gone; idle files are not counted). */
    public synchronized int openIsamFiles() {
        return (int) (open.size() - idleFiles());
    }

    /** How many ISAM files are open without a channel, kept for the next client. */
    public synchronized int idleIsamFiles() {
        return (int) idleFiles();
    }

    /** Closes every file (graceful stop, after the channels are gone). */
    @Override
    public synchronized void close() {
        closer.shutdownNow();
        open.values().forEach(s -> s.file.close());
        open.clear();
    }
}
