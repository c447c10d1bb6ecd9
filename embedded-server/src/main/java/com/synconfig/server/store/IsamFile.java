package com.synconfig.server.store;

import com.synconfig.server.wire.ClientText;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Match;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * An ISAM file on one H2 MVStore file: a header map (record size, keys, network-encrypt flag), the records by id,
 * and one ordered index per key. An index entry is the key's bytes (ISO-8859-1, so string order is unsigned byte
 * order) followed by the record id as 16 hex digits, which keeps duplicates in insertion order. Every change is
 * committed before it returns, so an acknowledged write survives the process being killed.
 * Thread-safe: each operation holds the file's monitor.
 */
public final class IsamFile implements AutoCloseable {

    private static final String HEADER = "header";
    private static final String RECORDS = "records";
    private static final int ID_DIGITS = 16;
    /**
     * Page cache per open file, in MB. MVStore's default (16) holds the decoded pages of only about 60,000
     * records: beyond that, selects and keyed reads spent most of their time re-reading and decoding pages
     * (docs/benchmarks.md).
     */
    private static final int CACHE_MB = 64;

    private final Path path;
    private final MVStore store;
    private final MVMap<String, String> header;
    private final MVMap<Long, byte[]> records;
    private final List<MVMap<String, Long>> indexes = new ArrayList<>();
    private final IsamDefinition definition;
    private final RecordLocks locks = new RecordLocks();

    /** A record found through an index: where it sits in the index, its id and its bytes. */
    public record Hit(String indexKey, long id, byte[] data) {
    }

    private IsamFile(Path path, MVStore store) {
        this.path = path;
        this.store = store;
        this.header = store.openMap(HEADER);
        this.records = store.openMap(RECORDS);
        String keys = header.get("keys");
        if (keys == null) {
            store.close();
            throw new StoreException(ErrorCode.FILSPC, path.getFileName() + " is not an ISAM file (no header)");
        }
        this.definition = new IsamDefinition(Integer.parseInt(header.get("recordSize")), KeySpec.parseList(keys),
                Boolean.parseBoolean(header.get("networkEncrypt")));
        for (int i = 0; i < definition.keys().size(); i++) {
            indexes.add(store.openMap("key" + i));
        }
    }

    /** Makes a new, empty ISAM file (ISAMC); refuses to overwrite one that exists. */
    public static IsamFile create(Path path, IsamDefinition def) {
        if (Files.exists(path)) {
            throw new StoreException(ErrorCode.FILUSE, path.getFileName() + " already exists");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new StoreException(ErrorCode.FNF, "directory " + parent + " does not exist");
        }
        MVStore store = builder(path).open();
        MVMap<String, String> h = store.openMap(HEADER);
        h.put("format", "1");
        h.put("recordSize", Integer.toString(def.recordSize()));
        h.put("keys", def.keysText());
        h.put("networkEncrypt", Boolean.toString(def.networkEncrypt()));
        h.put("nextId", "1");
        store.commit();
        return new IsamFile(path, store);
    }

    public static IsamFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException(ErrorCode.FNF, path.getFileName().toString());
        }
        try {
            return new IsamFile(path, builder(path).open());
        } catch (MVStoreException e) {
            throw new StoreException(ErrorCode.FILUSE, "'" + ClientText.quote(path.getFileName().toString())
                    + "': the ISAM file is in use by another program or damaged", e);
        }
    }

    private static MVStore.Builder builder(Path path) {
        return new MVStore.Builder().fileName(path.toString()).autoCommitDisabled().cacheSize(CACHE_MB);
    }

    /** Whether a file on disk is an MVStore file (our ISAM format): its header block starts with {@code H:2,}. */
    public static boolean isIsam(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return Arrays.equals(head, "H:2,".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    public Path path() {
        return path;
    }

    public IsamDefinition definition() {
        return definition;
    }

    public synchronized boolean networkEncrypt() {
        return Boolean.parseBoolean(header.get("networkEncrypt"));
    }

    /** The {@code isutl -p -qfile=network_encrypt|nonetwork_encrypt} equivalent. */
    public synchronized void setNetworkEncrypt(boolean on) {
        header.put("networkEncrypt", Boolean.toString(on));
        store.commit();
    }

    public RecordLocks locks() {
        return locks;
    }

    public synchronized long count() {
        return records.sizeAsLong();
    }

    public synchronized Optional<byte[]> get(long id) {
        return Optional.ofNullable(records.get(id));
    }

    /** Finds by key: a prefix match for {@link Match#EQUAL}, the first key at or after for the other mode. */
    public synchronized Optional<Hit> seek(int keyNumber, byte[] key, Match match) {
        KeySpec spec = key(keyNumber);
        if (key.length > spec.length()) {
            throw new StoreException(ErrorCode.BADKEY, "key " + keyNumber + " is " + spec.length()
                    + " bytes long, " + key.length + " were given");
        }
        String prefix = latin1(key);
        String found = index(keyNumber).ceilingKey(prefix);
        if (found == null || (match == Match.EQUAL && !found.startsWith(prefix))) {
            return Optional.empty();
        }
        return Optional.of(hit(keyNumber, found));
    }

    /** The next record in key order after {@code indexKey}, or the first one when it is {@code null}. */
    public synchronized Optional<Hit> next(int keyNumber, String indexKey) {
        MVMap<String, Long> idx = index(keyNumber);
        String k = indexKey == null ? idx.firstKey() : idx.higherKey(indexKey);
        return k == null ? Optional.empty() : Optional.of(hit(keyNumber, k));
    }

    /**
     * Visits records in the order of key {@code keyNumber}: strictly after {@code after} (a position a previous scan
     * returned) or, when it is {@code null}, from the first record whose key is at or after {@code fromKey} (empty:
     * the first record). One walk of the index, the select path: the visitor must not call back into this file.
     */
    public synchronized ScanEnd scan(int keyNumber, byte[] fromKey, byte[] after, RecordVisitor visitor) {
        String start = after != null ? latin1(after) : fromKey.length == 0 ? null : latin1(fromKey);
        Cursor<String, Long> c = index(keyNumber).cursor(start);
        byte[] last = after;
        while (c.hasNext()) {
            String k = c.next();
            if (after != null && k.equals(start)) {
                continue;
            }
            byte[] entry = k.getBytes(StandardCharsets.ISO_8859_1);
            ByteBuffer key = ByteBuffer.wrap(entry, 0, entry.length - ID_DIGITS).slice().asReadOnlyBuffer();
            if (!visitor.visit(key, ByteBuffer.wrap(records.get(c.getValue())).asReadOnlyBuffer())) {
                return new ScanEnd(last, false);
            }
            last = entry;
        }
        return new ScanEnd(last, true);
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

    /** The record before {@code indexKey}, or the last one when it is {@code null}. */
    public synchronized Optional<Hit> previous(int keyNumber, String indexKey) {
        MVMap<String, Long> idx = index(keyNumber);
        String k = indexKey == null ? idx.lastKey() : idx.lowerKey(indexKey);
        return k == null ? Optional.empty() : Optional.of(hit(keyNumber, k));
    }

    /** The index position of a record under a key (to continue reading in key order after it). */
    public String indexKeyOf(int keyNumber, long id, byte[] data) {
        return indexKey(key(keyNumber).extract(data), id);
    }

    /** STORE: adds a record; refused when it breaks a no-duplicates key. */
    public synchronized long insert(byte[] data) {
        long id = add(data);
        store.commit();
        return id;
    }

    /**
     * STOREs many records with one commit (a commit per record writes a chunk each: slow, and the file grows
     * by kilobytes per record). All or nothing: when one record is refused, none of them is kept.
     */
    public synchronized void insertAll(List<byte[]> batch) {
        try {
            batch.forEach(this::add);
        } catch (RuntimeException e) {
            store.rollback();
            throw e;
        }
        store.commit();
    }

    private long add(byte[] data) {
        checkLength(data);
        for (int k = 0; k < indexes.size(); k++) {
            checkDuplicate(k, data, -1);
        }
        long id = Long.parseLong(header.get("nextId"));
        header.put("nextId", Long.toString(id + 1));
        records.put(id, data.clone());
        for (int k = 0; k < indexes.size(); k++) {
            indexes.get(k).put(indexKeyOf(k, id, data), id);
        }
        return id;
    }

    /** WRITE: replaces a record; the primary key may not change. */
    public synchronized void update(long id, byte[] data) {
        checkLength(data);
        byte[] old = records.get(id);
        if (old == null) {
            throw new StoreException(ErrorCode.NOCURR, "the record was deleted");
        }
        if (!Arrays.equals(key(0).extract(old), key(0).extract(data))) {
            throw new StoreException(ErrorCode.KEYNOT, "the primary key cannot change on WRITE; DELETE and STORE instead");
        }
        for (int k = 1; k < indexes.size(); k++) {
            checkDuplicate(k, data, id);
        }
        for (int k = 0; k < indexes.size(); k++) {
            indexes.get(k).remove(indexKeyOf(k, id, old));
            indexes.get(k).put(indexKeyOf(k, id, data), id);
        }
        records.put(id, data.clone());
        store.commit();
    }

    public synchronized void delete(long id) {
        byte[] old = records.remove(id);
        if (old == null) {
            throw new StoreException(ErrorCode.NOCURR, "the record was already deleted");
        }
        for (int k = 0; k < indexes.size(); k++) {
            indexes.get(k).remove(indexKeyOf(k, id, old));
        }
        store.commit();
    }

    @Override
    public synchronized void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }

    private void checkLength(byte[] data) {
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

    private void checkDuplicate(int k, byte[] data, long exceptId) {
        KeySpec spec = key(k);
        if (spec.duplicates()) {
            return;
        }
        String prefix = latin1(spec.extract(data));
        String found = index(k).ceilingKey(prefix);
        if (found != null && found.startsWith(prefix) && index(k).get(found) != exceptId) {
            throw new StoreException(ErrorCode.NODUPS, "key " + k + " value '" + prefix.trim() + "' exists already");
        }
    }

    private Hit hit(int keyNumber, String indexKey) {
        long id = index(keyNumber).get(indexKey);
        return new Hit(indexKey, id, records.get(id));
    }

    /** The definition of key {@code keyNumber}; {@code $ERR_BADKEY} when the file has no such key. */
    public KeySpec requireKey(int keyNumber) {
        return key(keyNumber);
    }

    private KeySpec key(int keyNumber) {
        if (keyNumber < 0 || keyNumber >= definition.keys().size()) {
            throw new StoreException(ErrorCode.BADKEY, "key " + keyNumber + " does not exist; this file has keys 0-"
                    + (definition.keys().size() - 1));
        }
        return definition.keys().get(keyNumber);
    }

    private MVMap<String, Long> index(int keyNumber) {
        key(keyNumber);
        return indexes.get(keyNumber);
    }

    private static String indexKey(byte[] key, long id) {
        String hex = Long.toHexString(id);
        return latin1(key) + "0".repeat(ID_DIGITS - hex.length()) + hex;
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
