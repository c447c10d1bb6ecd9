package com.synconfig.server.wire;

import java.nio.charset.StandardCharsets;

/** Reads one frame payload written by {@link WireWriter}; any overrun is a {@link ProtocolException}. */
public final class WireReader {

    private final byte[] data;
    private int pos;

    public WireReader(byte[] data) {
        this.data = data;
    }

    private void need(int n) {
        if (n < 0 || data.length - pos < n) {
            throw new ProtocolException("frame ends early: need " + n + " more bytes at offset " + pos
                    + " of " + data.length);
        }
    }

    public int u8() {
        need(1);
        return data[pos++] & 0xFF;
    }

    public boolean bool() {
        return u8() != 0;
    }

    public int u16() {
        need(2);
        int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    public int i32() {
        return (u16() << 16) | u16();
    }

    public long i64() {
        return ((long) i32() << 32) | (i32() & 0xFFFFFFFFL);
    }

    public String string() {
        int n = u16();
        need(n);
        String s = new String(data, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public byte[] bytes() {
        int n = i32();
        need(n);
        byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    /** Rejects trailing garbage: a frame must be consumed exactly. */
    public void end() {
        if (pos != data.length) {
            throw new ProtocolException((data.length - pos) + " unexpected bytes at the end of the frame");
        }
    }
}
