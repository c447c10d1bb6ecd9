package com.synconfig.server.store;

import com.synconfig.server.wire.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/** Which channel holds which record of one file: a record has at most one holder. */
public final class RecordLocks {

    private final Map<Long, Object> holders = new HashMap<>();

    /** Locks a record for {@code owner}; $ERR_LOCKED when another owner holds it. */
    public synchronized void lock(long id, Object owner) {
        Object holder = holders.putIfAbsent(id, owner);
        if (holder != null && holder != owner) {
            throw new StoreException(ErrorCode.LOCKED);
        }
    }

    public synchronized void unlock(long id, Object owner) {
        holders.remove(id, owner);
    }

    public synchronized boolean isLockedBy(long id, Object owner) {
        return holders.get(id) == owner;
    }

    public synchronized int size() {
        return holders.size();
    }
}
