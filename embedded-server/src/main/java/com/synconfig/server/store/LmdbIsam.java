package com.synconfig.server.store;

import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Function;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;
import org.lmdbjava.LmdbException;
import org.lmdbjava.Txn;

/**
 * One ISAM file open in this process: an LMDB environment in a single data file (plus {@code NAME-lock}, LMDB's
 * reader table, while it is open) holding a header map, the records by id, and one index map per key
 * ({@link IndexEntry}). Reads run in their own read-only transactions, side by side with each other and with the
 * writer; writes go through a {@link GroupCommit}, so concurrent writers share one commit and one sync.
 * <p>
 * LMDB needs a map size. On Windows the file is allocated to it, so the map starts at the file's size (at least
 * 1 MB; a larger start would grow the file at every opening there) and grows when a write finds it full: the batch is aborted, every reader of this process is waited for (the map may only
 * change while no transaction is open), the map is doubled and the batch replayed.
 */
final class LmdbIsam {

    static final String HEADER = "header";
    /** LMDB's companion file of a data file opened without a subdirectory: {@code NAME-lock}. */
    static final String LOCK_SUFFIX = "-lock";
    static final String RECORDS = "records";
    /** Format of the header's {@code format} entry: 1 was the MVStore layout. */
    static final String FORMAT = "2";
    private static final byte[] NEXT_ID = "nextId".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_DBS = 2 + 255;
    /** Read transactions open at once; each channel's operation holds one only while it runs. */
    private static final int MAX_READERS = 1024;
    private static final long MIN_MAP = 1L << 20;
    private static final long MAX_GROWTH = 1L << 30;

    private final Path path;
    private final ExclusiveUse claim;
    private final Env<ByteBuffer> env;
    private final IsamDefinition definition;
    /** The main map, which holds each named map's record (its root page among them). */
    private final Dbi<ByteBuffer> main;
    private final int pageSize;
    private final Dbi<ByteBuffer> header;
    private final Dbi<ByteBuffer> records;
    private final List<Dbi<ByteBuffer>> indexes;
    private final RecordLocks locks = new RecordLocks();
    private final GroupCommit<Txn<ByteBuffer>> writer = new GroupCommit<>(this::commit);
    /** Read-held by every transaction, write-held to change the map size or to close. */
    private final StampedLock gate = new StampedLock();
    private final AtomicLong syncs = new AtomicLong();
    /** Each thread's reader on this file, kept between reads; all of them, to free them on close. */
    private final ThreadLocal<Reader> readers = new ThreadLocal<>();
    private final Set<Reader> allReaders = ConcurrentHashMap.newKeySet();
    private volatile boolean networkEncrypt;
    private boolean closed;

    private LmdbIsam(Path path, ExclusiveUse claim, Env<ByteBuffer> env, Txn<ByteBuffer> txn) {
        this.path = path;
        this.claim = claim;
        this.env = env;
        this.main = env.openDbi(txn, (byte[]) null, null, false);
        this.pageSize = env.stat().pageSize;
        this.header = env.openDbi(txn, HEADER.getBytes(StandardCharsets.US_ASCII), null, false);
        String keys = text(txn, "keys");
        String size = text(txn, "recordSize");
        if (keys == null || size == null) {
            throw damaged(path, "its header lacks the record size or the keys", null);
        }
        try {
            this.definition = new IsamDefinition(Integer.parseInt(size), KeySpec.parseList(keys),
                    Boolean.parseBoolean(text(txn, "networkEncrypt")));
        } catch (IllegalArgumentException e) {
            throw damaged(path, "its header is not valid (" + e.getMessage() + ")", e);
        }
        this.networkEncrypt = definition.networkEncrypt();
        this.records = env.openDbi(txn, RECORDS.getBytes(StandardCharsets.US_ASCII), null, false);
        List<Dbi<ByteBuffer>> idx = new ArrayList<>();
        for (int k = 0; k < definition.keys().size(); k++) {
            idx.add(env.openDbi(txn, indexName(k), null, false));
        }
        this.indexes = List.copyOf(idx);
    }

    private static byte[] indexName(int k) {
        return ("key" + k).getBytes(StandardCharsets.US_ASCII);
    }

    /** Opens an existing file in this layout; the caller has made sure no one in this process has it open. */
    static LmdbIsam open(Path path) {
        ExclusiveUse claim;
        try {
            claim = ExclusiveUse.claim(path, false);
        } catch (NoSuchFileException e) {
            throw new StoreException(ErrorCode.FNF, StoreException.quotedName(path));
        } catch (IOException e) {
            throw StoreException.io(ErrorCode.FILUSE, ClientText.quote(path.getFileName().toString()), e);
        }
        return start(path, claim, Math.max(MIN_MAP, sizeOf(path)), null);
    }

    /** Makes a new, empty file; refuses to replace one that exists. */
    static LmdbIsam create(Path path, IsamDefinition def) {
        ExclusiveUse claim;
        try {
            claim = ExclusiveUse.claim(path, true);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(ErrorCode.FILUSE, path.getFileName() + " already exists");
        } catch (NoSuchFileException e) {
            throw new StoreException(ErrorCode.FNF, "directory " + path.toAbsolutePath().getParent() + " does not exist");
        } catch (IOException e) {
            throw StoreException.io(ErrorCode.FILSPC, ClientText.quote(path.getFileName().toString()), e);
        }
        return start(path, claim, MIN_MAP, def);
    }

    /** Opens the environment on a claimed file, writing the header and empty maps first when {@code def} is given. */
    private static LmdbIsam start(Path path, ExclusiveUse claim, long mapSize, IsamDefinition def) {
        Env<ByteBuffer> env = null;
        try {
            env = Env.create(MappedBuffers.PROXY).setMapSize(mapSize).setMaxDbs(MAX_DBS).setMaxReaders(MAX_READERS)
                    .open(path.toFile(), EnvFlags.MDB_NOSUBDIR, EnvFlags.MDB_NOTLS);
            if (def != null) {
                writeHeader(env, def);
            }
            try (Txn<ByteBuffer> txn = env.txnRead()) {
                LmdbIsam file = new LmdbIsam(path, claim, env, txn);
                txn.commit(); // keeps the maps' handles open after the transaction
                return file;
            }
        } catch (LmdbException | StoreException e) {
            if (env != null) {
                env.close();
            }
            deleteLockFile(path);
            claim.close();
            throw e instanceof StoreException s ? s : damaged(path, ((LmdbException) e).getMessage(), e);
        }
    }

    private static void writeHeader(Env<ByteBuffer> env, IsamDefinition def) {
        try (Txn<ByteBuffer> txn = env.txnWrite()) {
            Dbi<ByteBuffer> h = env.openDbi(txn, HEADER.getBytes(StandardCharsets.US_ASCII), null, false,
                    DbiFlags.MDB_CREATE);
            put(h, txn, "format", FORMAT);
            put(h, txn, "recordSize", Integer.toString(def.recordSize()));
            put(h, txn, "keys", def.keysText());
            put(h, txn, "networkEncrypt", Boolean.toString(def.networkEncrypt()));
            env.openDbi(txn, RECORDS.getBytes(StandardCharsets.US_ASCII), null, false, DbiFlags.MDB_CREATE);
            for (int k = 0; k < def.keys().size(); k++) {
                env.openDbi(txn, indexName(k), null, false, DbiFlags.MDB_CREATE);
            }
            txn.commit();
        }
    }

    private static void put(Dbi<ByteBuffer> h, Txn<ByteBuffer> txn, String name, String value) {
        h.put(txn, DirectScratch.get().key(name.getBytes(StandardCharsets.UTF_8)),
                DirectScratch.get().value(value.getBytes(StandardCharsets.UTF_8)));
    }

    private String text(Txn<ByteBuffer> txn, String name) {
        ByteBuffer v = header.get(txn, DirectScratch.get().key(name.getBytes(StandardCharsets.UTF_8)));
        return v == null ? null : StandardCharsets.UTF_8.decode(v).toString();
    }

    static StoreException damaged(Path path, String why, Throwable cause) {
        String info = StoreException.quotedName(path) + ": the ISAM file is damaged or not an ISAM file of this version; "
                + "restore it from a backup (it was left unchanged)";
        return cause == null ? new StoreException(ErrorCode.FILSPC, info + " [" + why + "]")
                : new StoreException(ErrorCode.FILSPC, info, cause);
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    static Path lockFile(Path path) {
        return path.resolveSibling(path.getFileName() + LOCK_SUFFIX);
    }

    private static void deleteLockFile(Path path) {
        try {
            Files.deleteIfExists(lockFile(path));
        } catch (IOException ignored) {
            // a stale lock file is reset by the next program that opens the file
        }
    }

    Path path() {
        return path;
    }

    IsamDefinition definition() {
        return definition;
    }

    Dbi<ByteBuffer> records() {
        return records;
    }

    Dbi<ByteBuffer> index(int keyNumber) {
        return indexes.get(keyNumber);
    }

    /** Walk {@code slot} of the reader's thread, started on {@code map} in the reader's snapshot ({@link PageWalk}). */
    PageWalk pages(Reader reader, int slot, Dbi<ByteBuffer> map) {
        byte[] name = map.getName();
        ByteBuffer record = main.get(reader.txn(), DirectScratch.get().key(name));
        return reader.walk(slot).start(record, name.length, pageSize, env.info().lastPageNumber);
    }

    RecordLocks locks() {
        return locks;
    }

    boolean networkEncrypt() {
        return networkEncrypt;
    }

    void setNetworkEncrypt(boolean on) {
        write(txn -> {
            put(header, txn, "networkEncrypt", Boolean.toString(on));
            return null;
        });
        networkEncrypt = on;
    }

    /** The id the next record gets: above every id given so far (kept in the header as {@code nextId}). */
    long nextId(Txn<ByteBuffer> txn) {
        ByteBuffer v = header.get(txn, DirectScratch.get().key(NEXT_ID));
        return v == null ? 1 : v.getLong(0);
    }

    /** Records that {@code id} was given. */
    void usedId(Txn<ByteBuffer> txn, long id) {
        if (id >= nextId(txn)) {
            header.put(txn, DirectScratch.get().key(NEXT_ID), DirectScratch.get().id(id + 1));
        }
    }

    /** Commits (each with its sync) since the file was opened: fewer than the writes when writers shared them. */
    long syncs() {
        return syncs.get();
    }

    /** Runs {@code work} in a read-only snapshot; buffers it sees are valid only inside it. */
    <R> R read(Function<Reader, R> work) {
        long stamp = gate.readLock();
        try {
            requireOpen();
            Reader reader = readers.get();
            if (reader == null) {
                reader = new Reader(env, path);
                readers.set(reader);
                allReaders.add(reader);
            }
            reader.begin();
            try {
                return work.apply(reader);
            } finally {
                reader.end();
            }
        } catch (LmdbException e) {
            throw failed(e);
        } finally {
            gate.unlockRead(stamp);
        }
    }

    /**
     * Runs {@code work} in a write transaction that is committed and synced before this returns, shared with the
     * other writers queued meanwhile. {@code work} may run more than once (when its batch is replayed), so it must
     * have no effect outside the transaction; when it throws, its own changes are undone and the others' kept.
     */
    <R> R write(Function<Txn<ByteBuffer>, R> work) {
        return writer.run(work);
    }

    private void commit(List<GroupCommit.Change<Txn<ByteBuffer>, ?>> batch) {
        List<GroupCommit.Change<Txn<ByteBuffer>, ?>> todo = new ArrayList<>(batch);
        while (!todo.isEmpty()) {
            boolean full = false;
            long stamp = gate.readLock();
            try {
                requireOpen();
                GroupCommit.Change<Txn<ByteBuffer>, ?> refused = null;
                try (Txn<ByteBuffer> txn = env.txnWrite()) {
                    for (GroupCommit.Change<Txn<ByteBuffer>, ?> c : todo) {
                        try {
                            c.apply(txn);
                        } catch (Env.MapFullException e) {
                            throw e;
                        } catch (RuntimeException e) {
                            c.fail(e instanceof LmdbException l ? failed(l) : e);
                            refused = c;
                            break;
                        }
                    }
                    if (refused == null) {
                        txn.commit();
                        syncs.incrementAndGet();
                        todo.forEach(GroupCommit.Change::succeed);
                        return;
                    }
                } // an unfinished transaction is aborted here: the others' changes are replayed without the refused one
                todo.remove(refused);
            } catch (Env.MapFullException e) {
                full = true;
            } catch (LmdbException e) {
                StoreException f = failed(e);
                todo.forEach(c -> c.fail(f));
                return;
            } finally {
                gate.unlockRead(stamp);
            }
            if (full) {
                grow();
            }
        }
    }

    private void grow() {
        long stamp = gate.writeLock();
        try {
            requireOpen();
            long size = env.info().mapSize;
            env.setMapSize(size + Math.min(Math.max(size, MIN_MAP), MAX_GROWTH));
        } finally {
            gate.unlockWrite(stamp);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException(ErrorCode.FILUSE, StoreException.quotedName(path) + ": the file was closed");
        }
    }

    private StoreException failed(LmdbException e) {
        return new StoreException(ErrorCode.IOFAIL, StoreException.quotedName(path) + ": " + e.getMessage(), e);
    }

    /** Waits for running reads and writes, then closes the environment and gives the file up. */
    void close() {
        long stamp = gate.writeLock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            allReaders.forEach(Reader::close);
            allReaders.clear();
            env.close();
            deleteLockFile(path);
            claim.close();
        } finally {
            gate.unlockWrite(stamp);
        }
    }
}
