package com.synconfig.server.wire;

/**
 * How READ and FIND match a key. {@link #EQUAL}: the record whose key starts with the given bytes (an exact
 * match when all the key's bytes are given, a partial/generic match when fewer are). {@link #GREATER_OR_EQUAL}:
 * the first record whose key is not less than the given bytes.
 */
public enum Match {
    EQUAL, GREATER_OR_EQUAL;

    static Match fromWire(int ordinal) {
        if (ordinal < 0 || ordinal >= values().length) {
            throw new ProtocolException("unknown match mode " + ordinal);
        }
        return values()[ordinal];
    }
}
