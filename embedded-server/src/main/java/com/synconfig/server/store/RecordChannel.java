package com.synconfig.server.store;

import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;
import java.util.List;

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
     * Starts a select and returns its first batch: at most {@code batchSize} records and, unless its first record
     * alone is larger, at most {@code maxBytes} bytes of records (each counted with its 4-byte length field).
     */
    default Batch select(SelectFilter filter, int batchSize, int maxBytes) {
        throw unsupported("SELECT");
    }

    /** The next batch of the running select, bounded as {@link #select}'s. */
    default Batch fetch(int batchSize, int maxBytes) {
        throw unsupported("SELECT");
    }

    /** Releases the lock, closes the file when no channel uses it any more; never throws. */
    @Override
    void close();

    /** Records of a select batch and whether more may follow. */
    record Batch(List<byte[]> records, boolean more) {
    }

    private StoreException unsupported(String what) {
        return new StoreException(ErrorCode.FILOPT, what + " is not supported on a " + kind().toLowerCase() + " file");
    }
}
