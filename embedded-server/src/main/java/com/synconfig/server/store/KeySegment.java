package com.synconfig.server.store;

/** One piece of a key: {@code length} bytes of the record starting at 1-based {@code position} (as ISAMC writes it). */
public record KeySegment(int position, int length) {

    public KeySegment {
        if (position < 1 || length < 1) {
            throw new IllegalArgumentException("key segment " + position + ":" + length
                    + " is not valid: position starts at 1 and length is at least 1");
        }
    }

    /** One past the last record byte this segment reads, 0-based. */
    public int end() {
        return position - 1 + length;
    }

    @Override
    public String toString() {
        return position + ":" + length;
    }
}
