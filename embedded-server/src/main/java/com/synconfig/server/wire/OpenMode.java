package com.synconfig.server.wire;

/** How a channel opens a file (the original's OPEN modes I, O, U, A). */
public enum OpenMode {
    INPUT, OUTPUT, UPDATE, APPEND;

    public boolean writes() {
        return this != INPUT;
    }

    static OpenMode fromWire(int ordinal) {
        if (ordinal < 0 || ordinal >= values().length) {
            throw new ProtocolException("unknown open mode " + ordinal);
        }
        return values()[ordinal];
    }
}
