package com.synconfig.server.store;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.lmdbjava.Cursor;
import org.lmdbjava.Dbi;
import org.lmdbjava.Env;
import org.lmdbjava.Txn;

/**
 * A thread's read-only transaction on one file, with a cursor per map and two page walks, kept from one read to the
 * next: between reads the transaction is reset (it holds no snapshot, so writers are free to reuse pages) and
 * renewed for the next read. Opening a transaction and cursors for each read cost several times the read itself.
 */
final class Reader implements AutoCloseable {

    private final Txn<ByteBuffer> txn;
    private final Map<Dbi<ByteBuffer>, Slot> cursors = new IdentityHashMap<>();
    private final PageWalk[] walks;
    /** Reads begun so far: a cursor last renewed in an earlier one is renewed before use. */
    private long round;
    private boolean reading;

    /** A map's cursor and the read it was last renewed for. */
    private static final class Slot {
        final Cursor<ByteBuffer> cursor;
        long round;

        Slot(Cursor<ByteBuffer> cursor, long round) {
            this.cursor = cursor;
            this.round = round;
        }
    }

    Reader(Env<ByteBuffer> env, Path file) {
        this.txn = env.txnRead();
        txn.reset();
        this.walks = new PageWalk[] {new PageWalk(file), new PageWalk(file)};
    }

    /** Starts a read on a fresh snapshot. */
    Txn<ByteBuffer> begin() {
        if (reading) {
            throw new IllegalStateException("a read of this file is already running in this thread");
        }
        txn.renew();
        round++;
        reading = true;
        return txn;
    }

    /** This read's cursor on {@code map}. */
    Cursor<ByteBuffer> cursor(Dbi<ByteBuffer> map) {
        Slot s = cursors.get(map);
        if (s == null) {
            s = new Slot(map.openCursor(txn), round);
            cursors.put(map, s);
        } else if (s.round != round) {
            s.cursor.renew(txn);
            s.round = round;
        }
        return s.cursor;
    }

    /** Page walk {@code slot} (0 or 1: a select walks an index and the records at once), kept between reads. */
    PageWalk walk(int slot) {
        return walks[slot];
    }

    Txn<ByteBuffer> txn() {
        return txn;
    }

    /** Ends the read: the snapshot is released, the transaction and cursors kept for the next one. */
    void end() {
        txn.reset();
        reading = false;
    }

    /** Frees the transaction and cursors (the file is closing; no read is running). */
    @Override
    public void close() {
        cursors.values().forEach(s -> s.cursor.close());
        if (!reading) {
            txn.renew(); // an LMDB transaction is freed by aborting it, which needs it active
        }
        txn.close();
    }
}
