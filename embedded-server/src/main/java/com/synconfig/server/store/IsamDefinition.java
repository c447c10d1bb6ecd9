package com.synconfig.server.store;

import com.synconfig.server.wire.Frames;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What ISAMC is told when a file is made: record size (0 = variable length), keys (the first is the primary key)
 * and the network-encrypt flag.
 */
public record IsamDefinition(int recordSize, List<KeySpec> keys, boolean networkEncrypt) {

    public IsamDefinition {
        keys = List.copyOf(keys);
        if (recordSize < 0 || recordSize > Frames.MAX_RECORD) {
            throw new IllegalArgumentException("record size " + recordSize + " is not valid: use 1-"
                    + Frames.MAX_RECORD + ", or 0 for variable-length records");
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an ISAM file needs a primary key: give --key POS:LEN");
        }
        if (keys.size() > 255) {
            throw new IllegalArgumentException("at most 255 keys");
        }
        for (KeySpec k : keys) {
            if (recordSize > 0 && k.end() > recordSize) {
                throw new IllegalArgumentException("key " + k + " reaches byte " + k.end()
                        + " but records are only " + recordSize + " bytes long");
            }
        }
    }

    public boolean variableLength() {
        return recordSize == 0;
    }

    /** The shortest record every key fits in. */
    public int minimumRecordLength() {
        return variableLength() ? keys.stream().mapToInt(KeySpec::end).max().orElse(1) : recordSize;
    }

    String keysText() {
        return keys.stream().map(KeySpec::toString).collect(Collectors.joining(";"));
    }
}
