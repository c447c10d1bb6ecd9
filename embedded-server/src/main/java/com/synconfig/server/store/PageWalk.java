package com.synconfig.server.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * A cursor over one LMDB map that reads the map's B-tree pages in the memory map itself, so a step to the next
 * entry is a few reads of a page instead of a native call. A select walked an index and looked each record up by
 * id through lmdbjava: two calls through jnr-ffi per record cost more than the rest of the select together.
 * <p>
 * It reads LMDB 0.9's page layout (lmdbjava 0.9.1 bundles LMDB 0.9.31): a page is a 16-byte header (page number,
 * flags, the bounds of its free space) followed by 2-byte offsets of its nodes; a node is 8 bytes (data size or
 * child page number, flags, key size) followed by the key and, on a leaf, the data, or the number of the overflow
 * page that holds it. Branch pages order their children as LMDB's cursors do; {@code PageWalkTest} compares every
 * step with lmdbjava's cursor. It is valid only inside the read transaction it was started in, whose snapshot
 * keeps its pages from being reused. It reads the pages by address, in the machine's byte order (LMDB's), with no
 * bounds check of a buffer: the layout checks here are what keep it inside the map. A page or node that does not
 * fit LMDB's layout, or points past the end of the file, is reported as a damaged file and never read past.
 */
final class PageWalk {

    /** Size of an LMDB map's record (MDB_db) in the main map, and the offsets of its fields used here. */
    private static final int DB_RECORD = 48;
    private static final int DB_DEPTH = 6;
    static final int DB_ROOT = 40;
    private static final long NO_PAGE = -1L;
    private static final int PAGE_HEADER = 16;
    private static final int PAGE_FLAGS = 10;
    private static final int PAGE_LOWER = 12;
    private static final int PAGE_UPPER = 14;
    private static final int BRANCH = 0x01;
    private static final int LEAF = 0x02;
    private static final int NODE_HEADER = 8;
    private static final int NODE_FLAGS = 4;
    private static final int NODE_KEY_SIZE = 6;
    /** A leaf node whose data lies in overflow pages. */
    private static final int BIG_DATA = 0x01;
    /** LMDB's own limit on a cursor's depth. */
    private static final int MAX_DEPTH = 32;

    private final Path file;
    /** The address of the page at each level from the root to the leaf, its entries, and the entry taken. */
    private final long[] pages = new long[MAX_DEPTH];
    private final int[] entries = new int[MAX_DEPTH];
    private final int[] at = new int[MAX_DEPTH];
    private final ByteBuffer key = MappedBuffers.view();
    private final ByteBuffer value = MappedBuffers.view();
    private long map;
    private int pageSize;
    private long lastPage;
    private long root = NO_PAGE;
    private int depth;
    /** Level of the leaf, or -1 when the walk stands on no entry. */
    private int leaf = -1;

    PageWalk(Path file) {
        this.file = file;
    }

    /**
     * Starts a walk of one map in the current snapshot.
     *
     * @param record   the map's record in the main map (MDB_db) as LMDB handed it out: a view into the map
     * @param nameSize the length of the map's name, the record's key
     * @param pageSize the environment's page size
     * @param lastPage the highest page number written to the file
     */
    PageWalk start(ByteBuffer record, int nameSize, int pageSize, long lastPage) {
        if (record == null || record.remaining() != DB_RECORD) {
            throw damaged("a map's record has " + (record == null ? "gone" : record.remaining() + " bytes"));
        }
        ByteBuffer db = record.duplicate().order(ByteOrder.nativeOrder());
        this.pageSize = pageSize;
        this.lastPage = lastPage;
        this.map = mapOf(MappedBuffers.address(record) - NODE_HEADER - nameSize);
        this.root = db.getLong(db.position() + DB_ROOT);
        this.depth = Short.toUnsignedInt(db.getShort(db.position() + DB_DEPTH));
        this.leaf = -1;
        if (root != NO_PAGE && (depth < 1 || depth > MAX_DEPTH)) {
            throw damaged("a map is " + depth + " pages deep");
        }
        return this;
    }

    /**
     * The memory map's address, from the address of a node in it. LMDB tells it only for a map at a fixed address,
     * but a page starts with its own number: the node's page is the one, among the 4 KiB boundaries before it
     * within a page's length (every supported system aligns a map to 4 KiB at least), that lists the node.
     */
    private long mapOf(long node) {
        for (long start = node & -4096L; start > node - pageSize; start -= 4096) {
            int before = (int) (node - start); // only what lies between the start and the node is read
            if (before < PAGE_HEADER) {
                continue;
            }
            int lower = MappedBuffers.u16(start + PAGE_LOWER);
            long pgno = MappedBuffers.i64(start);
            if (lower < PAGE_HEADER || lower > before || pgno < 2 || pgno > lastPage) {
                continue;
            }
            for (int i = 0; i < (lower - PAGE_HEADER) >> 1; i++) {
                if (MappedBuffers.u16(start + PAGE_HEADER + 2L * i) == before) {
                    return start - pgno * pageSize;
                }
            }
        }
        throw damaged("the page holding a map's record was not found");
    }

    /** Stands on the first entry; {@code false} when the map is empty. */
    boolean first() {
        return root != NO_PAGE && descend(root, 0, null);
    }

    /** Stands on the first entry whose key is at or after {@code target}; {@code false} when there is none. */
    boolean seek(byte[] target) {
        return root != NO_PAGE && descend(root, 0, target);
    }

    /** Steps to the next entry; {@code false} (and stands nowhere) after the last. */
    boolean next() {
        if (leaf < 0) {
            return false;
        }
        if (++at[leaf] < entries[leaf]) {
            return show();
        }
        for (int level = leaf - 1; level >= 0; level--) {
            if (++at[level] < entries[level]) {
                return descend(child(level, at[level]), level + 1, null);
            }
        }
        leaf = -1;
        return false;
    }

    /** The entry's key: a read-only view into the map, valid until the walk moves. */
    ByteBuffer key() {
        return key;
    }

    /** The entry's data: a read-only view into the map, valid until the walk moves. */
    ByteBuffer value() {
        return value;
    }

    /**
     * Goes down from page {@code pgno} at {@code level} to a leaf: to the first entry at or after {@code target}, or
     * along the first children when it is {@code null}; on to the next leaf when the target is past this one's end.
     */
    private boolean descend(long pgno, int level, byte[] target) {
        for (; ; level++) {
            if (level >= depth) {
                throw damaged("a branch page lies deeper than the map's " + depth + " levels");
            }
            long page = enter(level, pgno);
            int flags = MappedBuffers.u16(page + PAGE_FLAGS) & (BRANCH | LEAF);
            boolean last = level == depth - 1;
            if (flags != (last ? LEAF : BRANCH)) {
                throw damaged("page " + pgno + " is not the " + (last ? "leaf" : "branch") + " page the map leads to");
            }
            if (last) {
                leaf = level;
                at[level] = target == null ? 0 : firstAtOrAfter(level, target);
                if (at[level] < entries[level]) {
                    return show();
                }
                at[level] = entries[level] - 1; // past this leaf's end: the next entry is the next leaf's first
                return next();
            }
            at[level] = target == null ? 0 : childFor(level, target);
            pgno = child(level, at[level]);
        }
    }

    /** Points the key and value views at the leaf entry the walk stands on. */
    private boolean show() {
        long node = node(leaf, at[leaf]);
        int flags = MappedBuffers.u16(node + NODE_FLAGS);
        int keySize = MappedBuffers.u16(node + NODE_KEY_SIZE);
        long dataSize = MappedBuffers.u32(node);
        long data = node + NODE_HEADER + keySize;
        if ((flags & ~BIG_DATA) != 0) {
            throw damaged("an entry has flags " + flags + ", which ISAM files do not use");
        }
        if ((flags & BIG_DATA) == 0) {
            requireWithin(leaf, data + dataSize, "an entry runs past its page");
            MappedBuffers.point(value, data, (int) dataSize);
        } else {
            requireWithin(leaf, data + Long.BYTES, "an entry runs past its page");
            long overflow = MappedBuffers.i64(data);
            long pages = (PAGE_HEADER + dataSize + pageSize - 1) / pageSize;
            if (overflow < 0 || overflow + pages - 1 > lastPage || dataSize > Integer.MAX_VALUE) {
                throw damaged("an entry's data lies past the end of the file");
            }
            MappedBuffers.point(value, map + overflow * pageSize + PAGE_HEADER, (int) dataSize);
        }
        MappedBuffers.point(key, node + NODE_HEADER, keySize);
        return true;
    }

    /** Makes page {@code pgno} the one at {@code level}, once its number and free-space bounds are checked. */
    private long enter(int level, long pgno) {
        if (pgno < 0 || pgno > lastPage) {
            throw damaged("page " + pgno + " lies past the end of the file (its last page is " + lastPage + ")");
        }
        long page = map + pgno * pageSize;
        int lower = MappedBuffers.u16(page + PAGE_LOWER);
        int upper = MappedBuffers.u16(page + PAGE_UPPER);
        if (lower < PAGE_HEADER || lower > upper || upper > pageSize || (lower & 1) != 0) {
            throw damaged("page " + pgno + " has free space from " + lower + " to " + upper);
        }
        pages[level] = page;
        entries[level] = (lower - PAGE_HEADER) >> 1;
        return page;
    }

    /** Address of node {@code i} of the page at {@code level}; the node's 8-byte header lies inside the page. */
    private long node(int level, int i) {
        long page = pages[level];
        int node = MappedBuffers.u16(page + PAGE_HEADER + 2L * i);
        requireWithin(level, page + node + NODE_HEADER, "a node lies past its page");
        return page + node;
    }

    /** Child page {@code i} of the branch page at {@code level} (48 bits: the node's data-size fields and flags). */
    private long child(int level, int i) {
        long node = node(level, i);
        return MappedBuffers.u32(node) | (long) MappedBuffers.u16(node + NODE_FLAGS) << 32;
    }

    /** The child whose keys include {@code target}: the last whose first key is at or before it (child 0: none). */
    private int childFor(int level, byte[] target) {
        int low = 1;
        int high = entries[level] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (compareKey(level, mid, target) <= 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low - 1;
    }

    /** Index of the first entry of a leaf whose key is at or after {@code target}; the count when there is none. */
    private int firstAtOrAfter(int level, byte[] target) {
        int low = 0;
        int high = entries[level] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (compareKey(level, mid, target) < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Node {@code i}'s key against {@code target} in LMDB's default order: unsigned bytes, then the shorter first. */
    private int compareKey(int level, int i, byte[] target) {
        long node = node(level, i);
        int size = MappedBuffers.u16(node + NODE_KEY_SIZE);
        requireWithin(level, node + NODE_HEADER + size, "a key runs past its page");
        long start = node + NODE_HEADER;
        int n = Math.min(size, target.length);
        for (int k = 0; k < n; k++) {
            int d = MappedBuffers.u8(start + k) - Byte.toUnsignedInt(target[k]);
            if (d != 0) {
                return d;
            }
        }
        return size - target.length;
    }

    /** Refuses an address {@code end} past the end of the page at {@code level}. */
    private void requireWithin(int level, long end, String what) {
        if (end - pages[level] > pageSize) {
            throw damaged(what);
        }
    }

    private StoreException damaged(String why) {
        return LmdbIsam.damaged(file, why, null);
    }
}
