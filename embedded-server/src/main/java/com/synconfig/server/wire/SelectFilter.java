package com.synconfig.server.wire;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A server-side select: records in key order of {@code keyNumber} from key {@code from} (empty: the first) to
 * key {@code to} (empty: the last; compared on its own length, so a partial key takes in every key it starts),
 * that pass every field test.
 */
public record SelectFilter(int keyNumber, byte[] from, byte[] to, List<FieldTest> tests) {

    public static final int MAX_TESTS = 64;

    public SelectFilter {
        from = from.clone();
        to = to.clone();
        tests = List.copyOf(tests);
        if (tests.size() > MAX_TESTS) {
            throw new IllegalArgumentException("at most " + MAX_TESTS + " field tests");
        }
    }

    public static SelectFilter all() {
        return new SelectFilter(0, new byte[0], new byte[0], List.of());
    }

    @Override
    public byte[] from() {
        return from.clone();
    }

    /** Whether the record (from its position to its limit) passes every test, read in place. */
    public boolean matches(ByteBuffer record) {
        for (int i = 0; i < tests.size(); i++) { // indexed: no iterator per record
            if (!tests.get(i).matches(record)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a key (from its position to its limit) lies beyond the upper bound, read in place. */
    public boolean beyond(ByteBuffer key) {
        int n = Math.min(to.length, key.remaining());
        return to.length > 0 && FieldTest.compareUnsigned(key, key.position(), to, n) > 0;
    }

    public void writeTo(WireWriter w) {
        w.u8(keyNumber).bytes(from).bytes(to).u8(tests.size());
        for (FieldTest t : tests) {
            w.i32(t.position()).i32(t.length()).u8(t.op().ordinal()).bytes(t.value());
        }
    }

    public static SelectFilter readFrom(WireReader r) {
        int key = r.u8();
        byte[] from = r.bytes();
        byte[] to = r.bytes();
        int n = r.u8();
        if (n > MAX_TESTS) {
            throw new ProtocolException("select with " + n + " field tests; the limit is " + MAX_TESTS);
        }
        List<FieldTest> tests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int pos = r.i32();
            int len = r.i32();
            int op = r.u8();
            byte[] value = r.bytes();
            if (op >= FieldTest.Op.values().length) {
                throw new ProtocolException("unknown comparison " + op);
            }
            try {
                tests.add(new FieldTest(pos, len, FieldTest.Op.values()[op], value));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(e.getMessage());
            }
        }
        return new SelectFilter(key, from, to, tests);
    }
}
