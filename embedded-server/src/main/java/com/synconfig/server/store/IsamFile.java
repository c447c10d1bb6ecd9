package com.synconfig.server.store;

import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Match;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lmdbjava.Cursor;
import org.lmdbjava.GetOp;
import org.lmdbjava.PutFlags;
import org.lmdbjava.SeekOp;
import org.lmdbjava.Txn;

/**
 * A handle on an ISAM file: records by id and one ordered index per key, in an LMDB file ({@link LmdbIsam} has the
 * layout). Reads see a consistent snapshot and hand out record views straight from the memory map; every change is
 * committed and synced before it returns (concurrent changes share a commit), so an acknowledged write survives
 * the process being killed. Handles on one file share its open file and its record locks ({@link OpenIsamFiles}).
 * Thread-safe.
 */
public final class IsamFile implements AutoCloseable {

    private final LmdbIsam file;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A record found through an index: its position in the index ({@link IndexEntry}), its id and its bytes. */
    public record Hit(byte[] position, long id, byte[] data) {
    }

    private IsamFile(LmdbIsam file) {
        this.file = file;
    }

    /** Makes a new, empty ISAM file (ISAMC); refuses to overwrite one that exists. */
    public static IsamFile create(Path path, IsamDefinition def) {
        return new IsamFile(OpenIsamFiles.create(path, def));
    }

    /**
     * Opens an ISAM file; one of the former (MVStore) layout is migrated first ({@link IsamMigration}).
     *
     * @throws StoreException {@code $ERR_FNF} when it is missing, {@code $ERR_FILUSE} when another program has it
     *                        open, {@code $ERR_FILSPC} when it is not an ISAM file or is damaged
     */
    public static IsamFile open(Path path) {
        return new IsamFile(OpenIsamFiles.acquire(path));
    }

    /** Whether a file on disk is an ISAM file (of today's layout or of the former one, which opening migrates). */
    public static boolean isIsam(Path path) {
        return OpenIsamFiles.formatOf(path) != IsamFormat.OTHER;
    }

    /**
     * Whether a file belongs to an ISAM file beside it: LMDB's lock file ({@code NAME-lock}, its reader table,
     * mapped into the server's memory) or a migration's new file ({@code NAME.migrating}). Clients may not open
     * them (truncating a mapped file would crash the server) and listings leave them out.
     */
    public static boolean isCompanion(Path path) {
        String name = path.getFileName().toString();
        for (String suffix : List.of(LmdbIsam.LOCK_SUFFIX, IsamMigration.TEMPORARY_SUFFIX)) {
            if (name.endsWith(suffix) && name.length() > suffix.length()
                    && isIsam(path.resolveSibling(name.substring(0, name.length() - suffix.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a file whose first bytes are {@code head} (all of them, when it is shorter than 24 bytes) is taken
     * for an ISAM file: a sequential file must never become one, since LMDB trusts the structure of what it maps.
     */
    public static boolean looksLikeIsam(byte[] head) {
        return IsamFormat.of(head) != IsamFormat.OTHER;
    }

    public Path path() {
        return file.path();
    }

    public IsamDefinition definition() {
        return file.definition();
    }

    public boolean networkEncrypt() {
        return file.networkEncrypt();
    }

    /** The {@code isutl -p -qfile=network_encrypt|nonetwork_encrypt} equivalent. */
    public void setNetworkEncrypt(boolean on) {
        file.setNetworkEncrypt(on);
    }

    public RecordLocks locks() {
        return file.locks();
    }

    /** Commits (each with its sync) since the file was opened in this process; writers share them under load. */
    public long syncs() {
        return file.syncs();
    }

    public long count() {
        return file.read(r -> file.records().stat(r.txn()).entries);
    }

    public Optional<byte[]> get(long id) {
        return file.read(r -> Optional.ofNullable(record(r.txn(), id)));
    }

    /** Finds by key: a prefix match for {@link Match#EQUAL}, the first key at or after for the other mode. */
    public Optional<Hit> seek(int keyNumber, byte[] key, Match match) {
        KeySpec spec = key(keyNumber);
        if (key.length > spec.length()) {
            throw new StoreException(ErrorCode.BADKEY, "key " + keyNumber + " is " + spec.length()
                    + " bytes long, " + key.length + " were given");
        }
        return file.read(r -> {
            Cursor<ByteBuffer> c = r.cursor(file.index(keyNumber));
            boolean found = key.length == 0 ? c.first() : c.get(DirectScratch.get().key(key), GetOp.MDB_SET_RANGE);
            if (!found || match == Match.EQUAL && !IndexEntry.startsWith(c.key(), key)) {
                return Optional.empty();
            }
            return Optional.of(hit(r.txn(), c.key()));
        });
    }

    /** The next record in key order after {@code position}, or the first one when it is {@code null}. */
    public Optional<Hit> next(int keyNumber, byte[] position) {
        key(keyNumber);
        return file.read(r -> {
            Cursor<ByteBuffer> c = r.cursor(file.index(keyNumber));
            boolean found = position == null ? c.first() : after(c, position);
            return found ? Optional.of(hit(r.txn(), c.key())) : Optional.empty();
        });
    }

    /** The record before {@code position}, or the last one when it is {@code null}. */
    public Optional<Hit> previous(int keyNumber, byte[] position) {
        key(keyNumber);
        return file.read(r -> {
            Cursor<ByteBuffer> c = r.cursor(file.index(keyNumber));
            boolean found;
            if (position == null) {
                found = c.last();
            } else {
                found = c.get(DirectScratch.get().key(position), GetOp.MDB_SET_RANGE) ? c.prev() : c.last();
            }
            return found ? Optional.of(hit(r.txn(), c.key())) : Optional.empty();
        });
    }

    /** Moves {@code c} to the first entry strictly after {@code position}. */
    private static boolean after(Cursor<ByteBuffer> c, byte[] position) {
        if (!c.get(DirectScratch.get().key(position), GetOp.MDB_SET_RANGE)) {
            return false;
        }
        return !IndexEntry.equals(c.key(), position) || c.next();
    }

    /** Moves {@code walk} to the first entry strictly after {@code position}. */
    private static boolean after(PageWalk walk, byte[] position) {
        return walk.seek(position) && (!IndexEntry.equals(walk.key(), position) || walk.next());
    }

    /**
     * Visits records in the order of key {@code keyNumber}: strictly after {@code after} (a position a previous scan
     * returned) or, when it is {@code null}, from the first record whose key is at or after {@code fromKey} (empty:
     * the first record). One walk of the index's pages in one snapshot ({@link PageWalk}), the select path: the
     * visitor sees the key and the record where they lie in the memory map, and must not call back into this file.
     */
    public ScanEnd scan(int keyNumber, byte[] fromKey, byte[] after, RecordVisitor visitor) {
        key(keyNumber);
        return file.read(r -> {
            PageWalk idx = file.pages(r, 0, file.index(keyNumber));
            RecordsInOrder records = new RecordsInOrder(file.pages(r, 1, file.records()));
            boolean found = after != null ? after(idx, after) : fromKey.length == 0 ? idx.first() : idx.seek(fromKey);
            // where the last taken entry lies in the map (it stays there until the read ends): copied once, at the end
            long taken = 0;
            int takenLength = -1;
            while (found) {
                ByteBuffer entry = idx.key();
                int length = entry.remaining();
                long at = MappedBuffers.address(entry);
                ByteBuffer record = records.find(IndexEntry.idOf(entry));
                entry.limit(length - Long.BYTES);
                if (!visitor.visit(entry, record)) {
                    return new ScanEnd(takenLength < 0 ? after : MappedBuffers.copy(taken, takenLength), false);
                }
                taken = at;
                takenLength = length;
                found = idx.next();
            }
            return new ScanEnd(takenLength < 0 ? after : MappedBuffers.copy(taken, takenLength), true);
        });
    }

    /** Receives the records of a {@link #scan}; its buffers are read-only views, valid only during the call. */
    @FunctionalInterface
    public interface RecordVisitor {
        /** @return {@code true} to take this record and go on; {@code false} to stop before it (it is not taken) */
        boolean visit(ByteBuffer key, ByteBuffer record);
    }

    /**
     * Where a scan stopped: the position of the last record taken (to resume after it; {@code null} when none was
     * taken from the start) and whether the index ran out.
     */
    public record ScanEnd(byte[] position, boolean exhausted) {
    }

    /**
     * Looks records up by id for a walk of an index. Records stored one after another have consecutive ids, so when
     * the index lists them in that order (key order = storing order, the usual bulk load) the next record is one
     * step of the walk, not a search from the root.
     */
    private static final class RecordsInOrder {
        private final PageWalk walk;
        private final byte[] wanted = new byte[Long.BYTES];
        private final ByteBuffer wantedId = ByteBuffer.wrap(wanted);
        private long at = -1;

        RecordsInOrder(PageWalk walk) {
            this.walk = walk;
        }

        ByteBuffer find(long id) {
            if (at < 0 || id != at + 1 || !walk.next() || !holds(id)) {
                wantedId.putLong(0, id); // a key walked out of storing order: one search per record
                if (!walk.seek(wanted) || !holds(id)) {
                    throw new StoreException(ErrorCode.IOFAIL, "an index lists record " + id
                            + ", which does not exist");
                }
            }
            at = id;
            return walk.value();
        }

        private boolean holds(long id) {
            return walk.key().remaining() == Long.BYTES && walk.key().getLong(0) == id;
        }
    }

    /** The index position of a record under a key (to continue reading in key order after it). */
    public byte[] indexKeyOf(int keyNumber, long id, byte[] data) {
        return IndexEntry.of(key(keyNumber).extract(data), id);
    }

    /** STORE: adds a record; refused when it breaks a no-duplicates key. */
    public long insert(byte[] data) {
        checkLength(data);
        byte[] copy = data.clone();
        return file.write(txn -> add(txn, nextId(txn), copy));
    }

    /**
     * STOREs many records in one transaction. All or nothing: when one record is refused, none of them is kept.
     */
    public void insertAll(List<byte[]> batch) {
        List<byte[]> copies = batch.stream().map(byte[]::clone).toList();
        copies.forEach(this::checkLength);
        file.write(txn -> {
            long id = nextId(txn);
            for (byte[] data : copies) {
                add(txn, id++, data);
            }
            return null;
        });
    }

    /** Puts records with the ids they had (a migration); ids must be above every id in the file, ascending. */
    void restore(long[] ids, List<byte[]> data) {
        data.forEach(this::checkLength);
        file.write(txn -> {
            for (int i = 0; i < ids.length; i++) {
                add(txn, ids[i], data.get(i));
            }
            return null;
        });
    }

    /**
     * The id the next record gets. Ids only grow and are never given twice, even after the record with the highest
     * id was deleted: index entries of equal keys stay in storing order, and a channel that found a record by id and
     * then locks it never gets another record that took over the id.
     */
    private long nextId(Txn<ByteBuffer> txn) {
        return file.nextId(txn);
    }

    private long add(Txn<ByteBuffer> txn, long id, byte[] data) {
        for (int k = 0; k < definition().keys().size(); k++) {
            checkDuplicate(txn, k, data, -1);
        }
        // ids only grow: appending fills each page instead of splitting it in half
        file.records().put(txn, DirectScratch.get().id(id), DirectScratch.get().value(data), PutFlags.MDB_APPEND);
        file.usedId(txn, id);
        for (int k = 0; k < definition().keys().size(); k++) {
            putEntry(txn, k, IndexEntry.of(key(k).extract(data), id));
        }
        return id;
    }

    /** Adds an index entry, appending when it sorts last (a load in key order then fills the pages). */
    private void putEntry(Txn<ByteBuffer> txn, int k, byte[] entry) {
        try (Cursor<ByteBuffer> c = file.index(k).openCursor(txn)) {
            boolean last = !c.last() || compareUnsigned(c.key(), entry) < 0;
            c.put(DirectScratch.get().key(entry), DirectScratch.EMPTY, last ? new PutFlags[] {PutFlags.MDB_APPEND}
                    : new PutFlags[0]);
        }
    }

    private static int compareUnsigned(ByteBuffer a, byte[] b) {
        int n = Math.min(a.remaining(), b.length);
        for (int i = 0; i < n; i++) {
            int d = Byte.compareUnsigned(a.get(a.position() + i), b[i]);
            if (d != 0) {
                return d;
            }
        }
        return a.remaining() - b.length;
    }

    /** WRITE: replaces a record; the primary key may not change. */
    public void update(long id, byte[] data) {
        checkLength(data);
        byte[] copy = data.clone();
        file.write(txn -> {
            byte[] old = record(txn, id);
            if (old == null) {
                throw new StoreException(ErrorCode.NOCURR, "the record was deleted");
            }
            if (!Arrays.equals(key(0).extract(old), key(0).extract(copy))) {
                throw new StoreException(ErrorCode.KEYNOT, "the primary key cannot change on WRITE; DELETE and STORE instead");
            }
            for (int k = 1; k < definition().keys().size(); k++) {
                checkDuplicate(txn, k, copy, id);
            }
            for (int k = 0; k < definition().keys().size(); k++) {
                file.index(k).delete(txn, DirectScratch.get().key(key(k).extract(old), id));
                putEntry(txn, k, IndexEntry.of(key(k).extract(copy), id));
            }
            file.records().put(txn, DirectScratch.get().id(id), DirectScratch.get().value(copy));
            return null;
        });
    }

    public void delete(long id) {
        file.write(txn -> {
            byte[] old = record(txn, id);
            if (old == null) {
                throw new StoreException(ErrorCode.NOCURR, "the record was already deleted");
            }
            file.records().delete(txn, DirectScratch.get().id(id));
            for (int k = 0; k < definition().keys().size(); k++) {
                file.index(k).delete(txn, DirectScratch.get().key(key(k).extract(old), id));
            }
            return null;
        });
    }

    /** Gives the file up; the last handle of this process closes it. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            OpenIsamFiles.release(file);
        }
    }

    private void checkLength(byte[] data) {
        IsamDefinition definition = definition();
        if (definition.variableLength()) {
            if (data.length < definition.minimumRecordLength() || data.length > Frames.MAX_RECORD) {
                throw new StoreException(ErrorCode.IRCSIZ, "records of this file are "
                        + definition.minimumRecordLength() + "-" + Frames.MAX_RECORD + " bytes, got " + data.length);
            }
        } else if (data.length != definition.recordSize()) {
            throw new StoreException(ErrorCode.IRCSIZ, "records of this file are " + definition.recordSize()
                    + " bytes, got " + data.length);
        }
    }

    private void checkDuplicate(Txn<ByteBuffer> txn, int k, byte[] data, long exceptId) {
        KeySpec spec = key(k);
        if (spec.duplicates()) {
            return;
        }
        byte[] key = spec.extract(data);
        try (Cursor<ByteBuffer> c = file.index(k).openCursor(txn)) {
            if (c.get(DirectScratch.get().key(key), GetOp.MDB_SET_RANGE) && IndexEntry.startsWith(c.key(), key)
                    && IndexEntry.idOf(c.key()) != exceptId) {
                throw new StoreException(ErrorCode.NODUPS, "key " + k + " value '"
                        + new String(key, StandardCharsets.ISO_8859_1).trim() + "' exists already");
            }
        }
    }

    private byte[] record(Txn<ByteBuffer> txn, long id) {
        ByteBuffer v = file.records().get(txn, DirectScratch.get().id(id));
        return v == null ? null : IndexEntry.copy(v);
    }

    private Hit hit(Txn<ByteBuffer> txn, ByteBuffer entry) {
        byte[] position = IndexEntry.copy(entry);
        long id = IndexEntry.idOf(entry);
        byte[] data = record(txn, id);
        if (data == null) {
            throw new StoreException(ErrorCode.IOFAIL, "an index lists record " + id + ", which does not exist");
        }
        return new Hit(position, id, data);
    }

    /** The definition of key {@code keyNumber}; {@code $ERR_BADKEY} when the file has no such key. */
    public KeySpec requireKey(int keyNumber) {
        return key(keyNumber);
    }

    private KeySpec key(int keyNumber) {
        List<KeySpec> keys = definition().keys();
        if (keyNumber < 0 || keyNumber >= keys.size()) {
            throw new StoreException(ErrorCode.BADKEY, "key " + keyNumber + " does not exist; this file has keys 0-"
                    + (keys.size() - 1));
        }
        return keys.get(keyNumber);
    }
}
