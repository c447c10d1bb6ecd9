package com.synconfig.server.store;

import java.nio.ByteBuffer;

/**
 * Per-thread direct buffers for the keys and values this process hands to LMDB (which reads them at their native
 * address): one for a record id, one for an index key or a position, one for a record. Each call returns the
 * same buffer refilled, so a caller uses it before asking for the same kind again.
 */
final class DirectScratch {

    /** An empty value (index entries carry everything in their key). */
    static final ByteBuffer EMPTY = ByteBuffer.allocateDirect(0);

    private static final ThreadLocal<DirectScratch> MINE = ThreadLocal.withInitial(DirectScratch::new);

    private final ByteBuffer id = ByteBuffer.allocateDirect(Long.BYTES);
    private ByteBuffer key = ByteBuffer.allocateDirect(512);
    private ByteBuffer value = ByteBuffer.allocateDirect(4096);

    static DirectScratch get() {
        return MINE.get();
    }

    /** A record id as LMDB keeps it (the records map's key, the header's nextId): 8 bytes big-endian, so unsigned byte order is number order. */
    ByteBuffer id(long recordId) {
        id.clear();
        id.putLong(0, recordId);
        return id;
    }

    /** {@code bytes} followed by {@code recordId} when it is not negative: an index entry or a search key. */
    ByteBuffer key(byte[] bytes, long recordId) {
        int n = bytes.length + (recordId < 0 ? 0 : Long.BYTES);
        if (key.capacity() < n) {
            key = ByteBuffer.allocateDirect(Math.max(n, key.capacity() * 2));
        }
        key.clear();
        key.put(bytes);
        if (recordId >= 0) {
            key.putLong(recordId);
        }
        return key.flip();
    }

    ByteBuffer key(byte[] bytes) {
        return key(bytes, -1);
    }

    ByteBuffer value(byte[] bytes) {
        if (value.capacity() < bytes.length) {
            value = ByteBuffer.allocateDirect(Math.max(bytes.length, value.capacity() * 2));
        }
        value.clear();
        return value.put(bytes).flip();
    }
}
