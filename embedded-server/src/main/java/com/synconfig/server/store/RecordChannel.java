package com.synconfig.server.store;

import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;

/**
 * One open channel on a file, with its own position, lock and select cursor. Operations a file kind does not
 * support answer {@code $ERR_FILOPT}.
 */
public interface RecordChannel extends AutoCloseable {

    /** {@code ISAM} or {@code SEQUENTIAL}. */
    String kind();

    /** 0 for variable-length records. */
    int recordSize();

    boolean networkEncrypt();

    default byte[] read(int keyNumber, byte[] key, Match match, boolean lock) {
        throw unsupported("READ by key");
    }

    byte[] readSequential(boolean previous, boolean lock);

    default void find(int keyNumber, byte[] key, Match match) {
        throw unsupported("FIND");
    }

    void store(byte[] record);

    default void write(byte[] record) {
        throw unsupported("WRITE");
    }

    default void delete() {
        throw unsupported("DELETE");
    }

    default void unlock() {
    }

    /**
     * Starts a select: a cursor before the first record the filter takes. Refused at once ({@code $ERR_BADKEY})
     * when the filter names a key the file lacks.
     */
    default SelectCursor select(SelectFilter filter) {
        throw unsupported("SELECT");
    }

    /** Releases the lock, closes the file when no channel uses it any more; never throws. */
    @Override
    void close();

    private StoreException unsupported(String what) {
        return new StoreException(ErrorCode.FILOPT, what + " is not supported on a " + kind().toLowerCase() + " file");
    }
}
