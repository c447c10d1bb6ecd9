package com.synconfig.server.store;

import java.nio.ByteBuffer;

/**
 * An entry of an index map: the key's bytes followed by the record id, 8 bytes big-endian. LMDB orders keys by
 * unsigned bytes, which is ISAM key order, and the id keeps records with equal keys in insertion order. The entry is
 * also a position: the place a sequential read or a select goes on from.
 */
final class IndexEntry {

    private IndexEntry() {
    }

    static long idOf(ByteBuffer entry) {
        return entry.getLong(entry.limit() - Long.BYTES);
    }

    static long idOf(byte[] entry) {
        return ByteBuffer.wrap(entry).getLong(entry.length - Long.BYTES);
    }

    static byte[] of(byte[] key, long id) {
        return ByteBuffer.allocate(key.length + Long.BYTES).put(key).putLong(id).array();
    }

    /** The bytes of an entry LMDB handed out (it is valid only until its cursor moves). */
    static byte[] copy(ByteBuffer entry) {
        byte[] b = new byte[entry.remaining()];
        entry.get(entry.position(), b);
        return b;
    }

    static boolean startsWith(ByteBuffer entry, byte[] prefix) {
        if (entry.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (entry.get(entry.position() + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean equals(ByteBuffer entry, byte[] other) {
        return entry.remaining() == other.length && startsWith(entry, other);
    }
}
