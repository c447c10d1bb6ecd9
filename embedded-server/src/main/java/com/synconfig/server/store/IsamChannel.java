package com.synconfig.server.store;

import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.Match;
import com.synconfig.server.wire.OpenMode;
import java.util.Optional;

/**
 * A channel on an ISAM file: key of reference and position for sequential reads and the one record it has locked
 * (reads in update mode lock the record they return, as the original does). Its selects are {@link IsamSelect}s.
 */
final class IsamChannel implements RecordChannel {

    private final IsamFile file;
    private final OpenMode mode;
    private final Runnable onClose;
    private int keyOfReference;
    private byte[] position;
    private Long current;
    private Long locked;

    IsamChannel(IsamFile file, OpenMode mode, Runnable onClose) {
        this.file = file;
        this.mode = mode;
        this.onClose = onClose;
    }

    @Override
    public String kind() {
        return "ISAM";
    }

    @Override
    public int recordSize() {
        return file.definition().recordSize();
    }

    @Override
    public boolean networkEncrypt() {
        return file.networkEncrypt();
    }

    @Override
    public byte[] read(int keyNumber, byte[] key, Match match, boolean lock) {
        unlock();
        IsamFile.Hit hit = file.seek(keyNumber, key, match).orElseThrow(() -> new StoreException(ErrorCode.RNF));
        return land(keyNumber, hit, lock);
    }

    @Override
    public byte[] readSequential(boolean previous, boolean lock) {
        unlock();
        Optional<IsamFile.Hit> hit = previous ? file.previous(keyOfReference, position) : file.next(keyOfReference, position);
        return land(keyOfReference, hit.orElseThrow(() -> new StoreException(ErrorCode.EOF)), lock);
    }

    @Override
    public void find(int keyNumber, byte[] key, Match match) {
        unlock();
        IsamFile.Hit hit = file.seek(keyNumber, key, match).orElseThrow(() -> new StoreException(ErrorCode.RNF));
        keyOfReference = keyNumber;
        // FIND positions before the record, so the next READS returns it.
        position = file.previous(keyNumber, hit.position()).map(IsamFile.Hit::position).orElse(null);
        current = null;
    }

    private byte[] land(int keyNumber, IsamFile.Hit hit, boolean lock) {
        byte[] data = hit.data();
        if (lock && mode == OpenMode.UPDATE) {
            file.locks().lock(hit.id(), this);
            locked = hit.id();
            // Another channel may have written the record between finding and locking it: return what is stored now.
            data = file.get(hit.id()).orElse(null);
            if (data == null) {
                unlock();
                throw new StoreException(ErrorCode.RNF, "the record was deleted meanwhile");
            }
        }
        keyOfReference = keyNumber;
        position = hit.position();
        current = hit.id();
        return data;
    }

    @Override
    public void store(byte[] record) {
        requireWriting();
        file.insert(record);
    }

    @Override
    public void write(byte[] record) {
        long id = lockedCurrent();
        file.update(id, record);
        position = file.indexKeyOf(keyOfReference, id, record);
        unlock();
    }

    @Override
    public void delete() {
        long id = lockedCurrent();
        file.delete(id);
        current = null;
        unlock();
    }

    private long lockedCurrent() {
        if (mode != OpenMode.UPDATE) {
            throw new StoreException(ErrorCode.IOMODE, "open the file in update mode to WRITE or DELETE");
        }
        if (current == null || locked == null || !locked.equals(current)) {
            throw new StoreException(ErrorCode.NOCURR, "READ the record (with a lock) first");
        }
        return current;
    }

    private void requireWriting() {
        if (!mode.writes()) {
            throw new StoreException(ErrorCode.IOMODE, "the file is open for input");
        }
    }

    @Override
    public void unlock() {
        if (locked != null) {
            file.locks().unlock(locked, this);
            locked = null;
        }
    }

    @Override
    public SelectCursor select(SelectFilter filter) {
        file.requireKey(filter.keyNumber());
        return new IsamSelect(file, filter);
    }

    @Override
    public void close() {
        unlock();
        onClose.run();
    }
}
