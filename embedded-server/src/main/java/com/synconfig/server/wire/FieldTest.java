package com.synconfig.server.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One comparison of a SELECT filter: the record's bytes at 1-based {@code position} for {@code length} bytes,
 * compared byte-wise (unsigned) with {@code value}.
 */
public record FieldTest(int position, int length, Op op, byte[] value) {

    public enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(int cmp) {
            return switch (this) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        }
    }

    public FieldTest {
        value = value.clone();
        if (position < 1 || length < 1 || value.length != length) {
            throw new IllegalArgumentException("field test " + position + ":" + length + " needs position >= 1 and a "
                    + length + "-byte value, got " + value.length + " bytes");
        }
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /**
     * Whether the record (its bytes from {@code record.position()} to its limit) passes, read in place: no copy,
     * and neither the buffer's position nor its limit moves. A record too short for the field fails.
     */
    public boolean matches(ByteBuffer record) {
        int from = record.position() + position - 1;
        if (record.remaining() < position - 1 + length) {
            return false;
        }
        return op.holds(compareUnsigned(record, from, value, length));
    }

    /** Compares {@code length} bytes of {@code b} at absolute index {@code at} with {@code v}, bytes unsigned. */
    static int compareUnsigned(ByteBuffer b, int at, byte[] v, int length) {
        for (int i = 0; i < length; i++) {
            int c = Byte.compareUnsigned(b.get(at + i), v[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Parses {@code POS:LEN<op>VALUE} with op one of {@code = != < <= > >=}; a shorter value is padded with
     * spaces (alpha field), a longer one refused.
     */
    public static FieldTest parse(String text) {
        int colon = text.indexOf(':');
        int opAt = -1;
        for (int i = Math.max(colon, 0); i < text.length(); i++) {
            if ("=!<>".indexOf(text.charAt(i)) >= 0) {
                opAt = i;
                break;
            }
        }
        if (colon < 0 || opAt < 0) {
            throw new IllegalArgumentException("condition '" + text + "' is not POS:LEN<op>VALUE, e.g. 1:8=SMITH");
        }
        int opEnd = opAt + 1;
        if (opEnd < text.length() && text.charAt(opEnd) == '=') {
            opEnd++;
        }
        String symbol = text.substring(opAt, opEnd);
        Op op = Arrays.stream(Op.values()).filter(o -> o.symbol.equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("condition '" + text + "': unknown operator '"
                        + symbol + "', use = != < <= > >="));
        int pos;
        int len;
        try {
            pos = Integer.parseInt(text.substring(0, colon).trim());
            len = Integer.parseInt(text.substring(colon + 1, opAt).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("condition '" + text + "': POS and LEN must be numbers");
        }
        byte[] raw = text.substring(opEnd).getBytes(StandardCharsets.ISO_8859_1);
        if (raw.length > len) {
            throw new IllegalArgumentException("condition '" + text + "': value is longer than the field (" + len + ")");
        }
        byte[] padded = Arrays.copyOf(raw, len);
        Arrays.fill(padded, raw.length, len, (byte) ' ');
        return new FieldTest(pos, len, op, padded);
    }
}
