package com.synconfig.server.store;

import com.synconfig.server.wire.ErrorCode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One program's claim on an ISAM file: an operating-system lock that another program's claim fails on, so two
 * programs never both write a file (each would hold its own record locks, and clients of one could overwrite
 * records clients of the other have locked). The lock covers one byte far beyond any end of file: on Windows,
 * where such locks are mandatory, the data stays readable and writable through LMDB's own handles.
 * <p>
 * On POSIX systems closing any descriptor of a file drops every lock this process holds on it: nothing else in the
 * process may open the file while it is claimed ({@link OpenIsamFiles} sees to that).
 */
final class ExclusiveUse implements AutoCloseable {

    private static final long FAR = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private ExclusiveUse(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims {@code file}, which must exist unless {@code create}, then it must not.
     *
     * @throws StoreException {@code $ERR_FILUSE} when another program holds it
     * @throws IOException    when the file cannot be opened (missing, exists on create, no permission)
     */
    static ExclusiveUse claim(Path file, boolean create) throws IOException {
        FileChannel channel = create
                ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)
                : FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(FAR, 1, false);
        } catch (OverlappingFileLockException | IOException e) {
            channel.close();
            throw inUse(file, e);
        }
        if (lock == null) {
            channel.close();
            throw inUse(file, null);
        }
        return new ExclusiveUse(channel, lock);
    }

    private static StoreException inUse(Path file, Exception cause) {
        String info = StoreException.quotedName(file) + ": the ISAM file is in use by another "
                + "program (a running server keeps a file open for a while after its last client); close it there "
                + "and try again";
        return cause == null ? new StoreException(ErrorCode.FILUSE, info) : new StoreException(ErrorCode.FILUSE, info, cause);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException | RuntimeException ignored) {
            // closing the channel below releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through this channel
        }
    }
}
