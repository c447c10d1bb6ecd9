package com.synconfig.server.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What a file is, by its first bytes: an ISAM file of today's layout, one of the former layout, or neither. */
enum IsamFormat {
    /** An LMDB data file: its first page is a meta page whose magic number follows the 16-byte page header. */
    LMDB,
    /** An H2 MVStore file (the layout before LMDB): its header block starts with {@code H:2,}. */
    MVSTORE,
    OTHER;

    /** Bytes {@link #of} needs. */
    static final int HEAD_BYTES = 24;
    private static final int META_MAGIC = 0xBEEFC0DE;
    private static final int META_VERSION = 1;
    private static final byte[] MVSTORE_HEAD = "H:2,".getBytes(StandardCharsets.US_ASCII);

    static IsamFormat of(byte[] head) {
        if (head.length >= MVSTORE_HEAD.length && Arrays.equals(head, 0, MVSTORE_HEAD.length, MVSTORE_HEAD, 0,
                MVSTORE_HEAD.length)) {
            return MVSTORE;
        }
        if (head.length >= HEAD_BYTES) {
            ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.nativeOrder());
            if (b.getInt(16) == META_MAGIC && b.getInt(20) == META_VERSION) {
                return LMDB;
            }
        }
        return OTHER;
    }
}
